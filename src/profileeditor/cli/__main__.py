"""``python -m profileeditor.cli``."""

import sys

from profileeditor.cli import main

sys.exit(main())
