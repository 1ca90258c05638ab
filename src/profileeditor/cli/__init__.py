"""The command line (DESIGN §5 — a contract that tests and scripts rely on).

Passphrases come from PROFILEEDITOR_PASSPHRASE (and PROFILEEDITOR_NEW_PASSPHRASE for ``passwd``)
or are asked on the terminal without echo — never from an argument, which would sit in shell
history and the process list. Exit codes: 0 done, 2 usage, 3 wrong passphrase, 4 vault damaged or
missing, 5 bad input file, 1 anything else. Errors are one line on stderr, never a traceback.

Layout: ``common`` (exit codes, errors, passphrases), one module per group of commands, each with
``register(sub, add)``; this module builds the parser from them and runs ``main``. Commands import
``common``, never this module, so there is no cycle.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from profileeditor import __version__
from profileeditor.cli import agenda_cmds, data_cmds, exchange_cmds, vault_cmds
from profileeditor.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_OTHER,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    CliError,
    Parser,
)

__all__ = ["NEW_PASSPHRASE_ENV", "PASSPHRASE_ENV", "CliError", "build_parser", "main"]

# Each module adds its commands, in the order --help lists them.
COMMAND_MODULES = (vault_cmds, data_cmds, exchange_cmds, agenda_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="profileeditor", description="Encrypted profiles of detained people, offline."
    )
    parser.add_argument("--version", action="version", version=f"profileeditor {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="smoke-test this installation (vault, import, PDF and DOCX export, Qt) and exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def add(name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    for module in COMMAND_MODULES:
        module.register(sub, add)
    return parser


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from profileeditor.selftest import main as self_test

        return self_test()
    if not getattr(args, "handler", None):
        return vault_cmds.cmd_gui(args)
    return args.handler(args)


def main(argv: list[str] | None = None) -> int:
    from profileeditor.core.hardening import harden_process
    from profileeditor.core.vault import VaultError
    from profileeditor.importers.json_import import BadInputFile

    harden_process()  # no core dump may hold the key or a passphrase
    argv = sys.argv[1:] if argv is None else argv
    try:
        return _run(argv)
    except CliError as exc:
        code, message = exc.exit_code, str(exc)
    except VaultError as exc:
        code, message = exc.exit_code, str(exc)
    except BadInputFile as exc:
        code, message = EXIT_BAD_INPUT, str(exc)
    except KeyboardInterrupt:
        code, message = EXIT_OTHER, "interrupted"
    except BrokenPipeError:  # output piped into `head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    except Exception as exc:  # the contract: one line, never a traceback
        code, message = EXIT_OTHER, f"{type(exc).__name__}: {exc}"
    print(
        f"profileeditor: error: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr
    )
    return code
