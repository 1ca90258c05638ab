"""``python -m profileeditor`` — the same as the ``profileeditor`` command."""

import sys

from profileeditor.cli import main

sys.exit(main())
