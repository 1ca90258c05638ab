"""The command line (DESIGN §5 — a contract that tests and scripts rely on).

Passphrases come from PROFILEEDITOR_PASSPHRASE (and PROFILEEDITOR_NEW_PASSPHRASE for ``passwd``)
or are asked on the terminal without echo — never from an argument, which would sit in shell
history and the process list. Exit codes: 0 done, 2 usage, 3 wrong passphrase, 4 vault damaged or
missing, 5 bad input file, 1 anything else. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from profileeditor import __version__

PASSPHRASE_ENV = "PROFILEEDITOR_PASSPHRASE"
NEW_PASSPHRASE_ENV = "PROFILEEDITOR_NEW_PASSPHRASE"
# TEST ONLY: makes new vaults (and new passphrase slots) with a trivially cheap KDF so that test
# suites can create many vaults. A real user must never set it; the CLI says so when it is set.
INSECURE_TEST_KDF_ENV = "PROFILEEDITOR_INSECURE_FAST_KDF_FOR_TESTS"

EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_WRONG_PASSPHRASE, EXIT_DAMAGED, EXIT_BAD_INPUT = (
    0,
    1,
    2,
    3,
    4,
    5,
)


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_OTHER):
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2."""

    def error(self, message: str):  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


def _kdf():
    from profileeditor.core.keyfile import KdfParams

    if os.environ.get(INSECURE_TEST_KDF_ENV) == "1":
        print(
            f"warning: {INSECURE_TEST_KDF_ENV}=1 — weak test-only key derivation", file=sys.stderr
        )
        return KdfParams.insecure_for_tests()
    return None  # tuned on this machine


def _ask(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"no passphrase: set {PASSPHRASE_ENV} or run in a terminal", EXIT_USAGE)
    return getpass.getpass(prompt)


def _passphrase(
    env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ", confirm: bool = False
) -> str:
    value = os.environ.get(env)
    if value is not None:
        if not value:
            raise CliError(f"{env} is set but empty", EXIT_USAGE)
        return value
    value = _ask(prompt)
    if confirm and _ask("Again: ") != value:
        raise CliError("the two passphrases differ", EXIT_USAGE)
    if not value:
        raise CliError("the passphrase is empty", EXIT_USAGE)
    return value


def open_vault(path: str, auto_backup: bool = True):
    """Open the vault at ``path`` with the passphrase from the environment or the terminal."""
    from profileeditor.core.vault import Vault

    folder = Path(path)
    if not (folder / "vault.key").exists():
        raise CliError(f"no vault at {folder}", EXIT_DAMAGED)
    return Vault.open(folder, _passphrase(), auto_backup=auto_backup)


# -- commands ------------------------------------------------------------------------------------
def cmd_gui(args) -> int:
    from profileeditor.gui.app import main as gui_main

    return gui_main([sys.argv[0], *([args.vault] if getattr(args, "vault", None) else [])])


def _create(path: str):
    from profileeditor.core.vault import Vault

    passphrase = _passphrase(confirm=True)
    return Vault.create(Path(path), passphrase, _kdf())


def _print_recovery_key(recovery_key: str) -> None:
    print("Recovery key (shown once — write it down and keep it apart from this laptop):")
    print(f"    {recovery_key}")


def cmd_init(args) -> int:
    vault, recovery_key = _create(args.vault)
    with vault:
        print(f"created vault {vault.path}")
        _print_recovery_key(recovery_key)
    return EXIT_OK


def cmd_demo(args) -> int:
    from profileeditor.importers.json_import import import_file
    from profileeditor.resources import resource

    vault, recovery_key = _create(args.vault)
    with vault:
        result = import_file(vault.repository, resource("samples", "profiles.sample.json"))
        print(f"created demo vault {vault.path} with {len(result.created)} fictional profiles")
        _print_recovery_key(recovery_key)
    return EXIT_OK


def cmd_import(args) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in {".json", ".csv", ".xlsx"}:
        raise CliError(f"{path}: unsupported file type (use .json, .csv or .xlsx)", EXIT_BAD_INPUT)
    if not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_BAD_INPUT)
    if suffix == ".json":
        from profileeditor.importers.json_import import import_document, read_file

        doc = read_file(path)  # refused whole before the vault is touched
        with open_vault(args.vault) as vault:
            if args.dry_run:
                ids = [p["id"] for p in doc["profiles"]]
                known = {p["id"] for p in vault.repository.get_profiles(ids, with_data=False)}
                new = sum(1 for pid in ids if pid not in known)
                print(
                    f"dry run: {path} is valid; would add {new} and update up to {len(ids) - new} profiles"
                )
                return EXIT_OK
            total = len(doc["profiles"])

            def progress(done: int) -> None:
                print(f"committed {done}/{total}", flush=True)

            result = import_document(vault.repository, doc, progress=progress, checked=True)
            print(
                f"imported {path}: {len(result.created)} added, {len(result.updated)} updated, {len(result.unchanged)} unchanged"
            )
        return EXIT_OK
    from profileeditor.cli_exchange import import_spreadsheet

    with open_vault(args.vault) as vault:
        return import_spreadsheet(
            vault, path, Path(args.mapping) if args.mapping else None, args.dry_run
        )


def _filters(args):
    from profileeditor.core.repository import Filters

    return Filters(status=args.status)


def cmd_list(args) -> int:
    from profileeditor.core.vocab import label

    with open_vault(args.vault) as vault:
        repo = vault.repository
        rows = []
        offset = 0
        while True:  # page through: the list may hold 100,000 profiles
            page = repo.search(args.query or "", _filters(args), limit=1000, offset=offset)
            rows += page
            offset += len(page)
            if len(page) < 1000:
                break
        if args.json:
            out = [
                {
                    "id": r.id,
                    "name": {
                        k: v for k, v in (("ar", r.name_ar), ("en", r.name_en)) if v is not None
                    },
                    "status": r.status,
                    "profession": r.profession,
                    "days_detained": r.days_detained,
                    "facility": {
                        k: v for k, v in (("ar", r.facility_ar), ("en", r.facility_en)) if v
                    },
                    "case_numbers": r.case_numbers,
                    "beyond_legal_limit": r.beyond_limit,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
            json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return EXIT_OK
        for r in rows:
            days = "" if r.days_detained is None else f"{r.days_detained} days"
            flag = "  ⚠ beyond legal limit" if r.beyond_limit else ""
            print(
                f"{r.id}  {r.name_en or ''} | {r.name_ar or ''}  [{label('status', r.status)}] {days}{flag}"
            )
        print(f"{len(rows)} profiles")
    return EXIT_OK


def cmd_export(args) -> int:
    out = Path(args.out)
    if not out.parent.exists():
        raise CliError(f"{out.parent}: no such folder", EXIT_USAGE)
    password = None
    if args.pdf_password_env:
        password = os.environ.get(args.pdf_password_env)
        if not password:
            raise CliError(f"{args.pdf_password_env} is not set or empty", EXIT_USAGE)
        if args.format != "pdf":
            raise CliError("--pdf-password-env goes with --format pdf", EXIT_USAGE)
    with open_vault(args.vault) as vault:
        repo = vault.repository
        ids = list(args.id) if args.id else repo.ids(args.query or "")
        profiles = repo.get_profiles(ids)
        missing = set(ids) - {p["id"] for p in profiles}
        if missing:
            raise CliError(f"no profile with id {sorted(missing)[0]}", EXIT_USAGE)
        if args.format == "json":
            from profileeditor.export.jsonfile import write

            write(out, profiles, args.level, args.include_unconsented)
            print(f"wrote {out}")
            return EXIT_OK
        from profileeditor.export import ExportError, export_profiles
        from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE

        # The campaign line on covers and cards: the default, the vault's setting, the flags.
        campaign = {**DEFAULT_CAMPAIGN_LINE, **(repo.get_setting("campaign_line") or {})}
        if args.campaign_line_ar is not None:
            campaign["ar"] = args.campaign_line_ar
        if args.campaign_line_en is not None:
            campaign["en"] = args.campaign_line_en
        try:
            written = export_profiles(
                profiles,
                args.format,
                out,
                lang=args.lang,
                level=args.level,
                include_unconsented=args.include_unconsented,
                pdf_password=password,
                legal_limit_days=repo.legal_limit_days,
                campaign_line=campaign,
            )
        except ExportError as exc:
            raise CliError(str(exc)) from exc
        for path in written:
            print(f"wrote {path}")
    return EXIT_OK


def cmd_passwd(args) -> int:
    with open_vault(args.vault, auto_backup=False) as vault:
        new = _passphrase(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        vault.change_passphrase(new, _kdf())
        print("passphrase changed (the recovery key is unchanged)")
    return EXIT_OK


def cmd_backup(args) -> int:
    with open_vault(args.vault, auto_backup=False) as vault:
        dest = vault.backup(Path(args.dest))
        print(
            f"encrypted backup written to {dest} (opens with this vault's passphrase or recovery key)"
        )
    return EXIT_OK


def cmd_check(args) -> int:
    with open_vault(args.vault, auto_backup=False) as vault:
        problems = vault.check()
        if problems:
            raise CliError(
                f"vault damaged: {problems[0]}"
                + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""),
                EXIT_DAMAGED,
            )
        print(f"ok: key file and database intact ({vault.repository.count()} profiles)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="profileeditor", description="Encrypted profiles of detained people, offline."
    )
    parser.add_argument("--version", action="version", version=f"profileeditor {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="smoke-test this installation (vault, import, PDF and DOCX export, Qt) and exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("gui", cmd_gui, "start the desktop application")
    p.add_argument("vault", nargs="?")
    add("init", cmd_init, "create a new vault; prints the recovery key once").add_argument("vault")
    add("demo", cmd_demo, "create a vault filled with fictional sample profiles").add_argument(
        "vault"
    )
    p = add("import", cmd_import, "import profiles from .json, .csv or .xlsx")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--mapping", help="column mapping (JSON) for .csv/.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    p = add("list", cmd_list, "list profiles")
    p.add_argument("vault")
    p.add_argument("--query", help="search names, aliases, bio, cases, charges, facilities, tags")
    p.add_argument("--status", help="status code, e.g. detained")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add("export", cmd_export, "export profiles")
    p.add_argument("vault")
    p.add_argument(
        "--format", required=True, choices=["json", "docx", "pdf", "csv", "xlsx", "card"]
    )
    p.add_argument("--out", required=True)
    p.add_argument(
        "--id", action="append", help="a profile id (repeatable); default: all or --query"
    )
    p.add_argument("--query")
    p.add_argument("--lang", default="ar+en", choices=["ar", "en", "ar+en"])
    p.add_argument("--level", default="public", choices=["public", "partner", "internal"])
    p.add_argument(
        "--pdf-password-env", metavar="VAR", help="environment variable holding a PDF password"
    )
    p.add_argument("--campaign-line-ar", help="the campaign line on covers and cards, in Arabic")
    p.add_argument("--campaign-line-en", help="the campaign line on covers and cards, in English")
    p.add_argument(
        "--include-unconsented",
        action="store_true",
        help="public level: include profiles without full consent",
    )
    add("passwd", cmd_passwd, "change the vault passphrase").add_argument("vault")
    p = add("backup", cmd_backup, "write an encrypted copy of the vault to a new folder")
    p.add_argument("vault")
    p.add_argument("dest")
    add("check", cmd_check, "check the key file and the database").add_argument("vault")
    _register_extensions(sub, add)
    return parser


def _register_extensions(sub, add) -> None:
    """Commands that live beside their feature (exchange bundles, duplicates)."""
    if importlib.util.find_spec("profileeditor.cli_exchange") is None:
        return
    from profileeditor import cli_exchange

    cli_exchange.register(sub, add)


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from profileeditor.selftest import main as self_test

        return self_test()
    if not getattr(args, "handler", None):
        return cmd_gui(args)
    return args.handler(args)


def main(argv: list[str] | None = None) -> int:
    from profileeditor.core.vault import VaultError
    from profileeditor.importers.json_import import BadInputFile

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


if __name__ == "__main__":
    # Run the package's own module, not this __main__ copy: its exception classes are the ones
    # every other module raises (a second copy of CliError would not be caught).
    from profileeditor.cli import main as package_main

    sys.exit(package_main())
