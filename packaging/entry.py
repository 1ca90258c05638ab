"""PyInstaller's entry script: the frozen program's ``main``.

``--self-test`` is dispatched here, not by the command line's parser, so that a build made from
any revision of cli.py has the smoke mode; everything else goes to ``profileeditor.cli.main``
(no arguments → the desktop application).
"""

import sys


def run() -> int:
    if sys.argv[1:2] == ["--self-test"]:
        from profileeditor import selftest

        return selftest.main()
    from profileeditor.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
