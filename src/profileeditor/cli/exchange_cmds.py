"""Command-line handlers for spreadsheet import, exchange bundles and duplicates (issue 5).

cli/common.py owns the contract (exit codes, one-line errors, passphrases); this module adds
``identity``, ``bundle export``, ``bundle import`` and ``duplicates`` through ``register`` and
gives ``import`` its .csv/.xlsx path through ``import_spreadsheet``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from profileeditor.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, CliError, open_vault


def import_spreadsheet(vault, path, mapping_path: Path | None, dry_run: bool) -> int:
    """Plan the import, print a summary and the problems; store unless refused or a dry run.
    ``path`` is a file, or a sheet already read (an Uwazi CSV of other templates)."""
    from profileeditor.importers.spreadsheet import (
        SpreadsheetRefused,
        apply_plan,
    )
    from profileeditor.importers.spreadsheet import (
        import_spreadsheet as plan_spreadsheet,
    )

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "store" or done == total:
            print(f"{'checked' if stage == 'check' else 'committed'} {done}/{total}", flush=True)

    plan, _ = plan_spreadsheet(
        vault.repository, path, mapping_path, dry_run=True, progress=progress
    )
    mapped = {h: t for h, t in plan.mapping.columns.items() if t}
    print("columns: " + ", ".join(f"{h} → {t}" for h, t in mapped.items()))
    for problem in plan.problems[:20]:
        print(f"{problem.severity}: {problem}")
    if len(plan.problems) > 20:
        print(f"… and {len(plan.problems) - 20} more problems")
    if dry_run:
        print(f"dry run: {plan.source}: {plan.summary()}")
        return EXIT_OK
    try:
        result = apply_plan(vault.repository, plan, progress=progress)
    except SpreadsheetRefused as exc:
        print(f"profileeditor: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"imported {plan.source}: {len(result.created)} added, {len(result.updated)} updated, "
        f"{len(result.unchanged)} unchanged"
    )
    return EXIT_OK


def cmd_identity(args) -> int:
    from profileeditor.export.bundle import public_key

    with open_vault(args.vault, auto_backup=False) as vault:
        print(public_key(vault.repository))
    return EXIT_OK


def _secret(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise CliError(f"{var} is not set or empty", EXIT_USAGE)
    return value


def cmd_bundle_export(args) -> int:
    from profileeditor.export.bundle import BundleError, write_bundle

    if bool(args.to) == bool(args.passphrase_env):
        raise CliError(
            "give --to AGE_PUBLIC_KEY... or --passphrase-env VAR (one of them)", EXIT_USAGE
        )
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"{out.parent}: no such folder", EXIT_USAGE)
    passphrase = _secret(args.passphrase_env) if args.passphrase_env else None
    with open_vault(args.vault) as vault:
        repository = vault.repository
        ids = list(args.id or []) or repository.ids(args.query or "")
        missing = set(args.id or []) - {
            p["id"] for p in repository.get_profiles(list(args.id or []), with_data=False)
        }
        if missing:
            raise CliError(f"no profile with id {sorted(missing)[0]}", EXIT_USAGE)
        try:
            count = write_bundle(vault, ids, out, recipients=args.to or None, passphrase=passphrase)
        except BundleError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
    print(f"wrote {out}: {count} profiles")
    return EXIT_OK


def cmd_bundle_import(args) -> int:
    from profileeditor.export.bundle import BundleError, import_bundle

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_BAD_INPUT)
    passphrase = _secret(args.passphrase_env) if args.passphrase_env else None
    with open_vault(args.vault) as vault:
        try:
            report = import_bundle(vault, path, passphrase=passphrase)
        except BundleError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
    print(
        f"imported {path}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.conflicted)} in conflict ({len(report.conflicts)} fields)"
    )
    return EXIT_OK


def cmd_duplicates(args) -> int:
    from profileeditor.core.duplicates import find_duplicates

    with open_vault(args.vault, auto_backup=False) as vault:
        pairs = find_duplicates(vault.repository)
    if args.json:
        print(json.dumps([p.to_json() for p in pairs], ensure_ascii=False, indent=1))
    else:
        for pair in pairs:
            print(f"{pair.score:5.1f}  {pair.a}  {pair.b}  {pair.name_a} | {pair.name_b}")
        print(f"{len(pairs)} likely duplicate pairs")
    return EXIT_OK


def register(sub, add) -> None:
    """Add this module's commands to cli.py's parser (``add(name, handler, help)``)."""
    p = add("identity", cmd_identity, "print this vault's public key (age1…) to share")
    p.add_argument("vault")

    bundle = add("bundle", None, "encrypted exchange bundles between vaults")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", parser_class=type(bundle))
    bundle_sub.required = True
    p = bundle_sub.add_parser("export", help="write an encrypted bundle of profiles")
    p.set_defaults(handler=cmd_bundle_export)
    p.add_argument("vault")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--to", action="append", metavar="AGE_PUBLIC_KEY", help="a recipient (repeatable)"
    )
    p.add_argument("--passphrase-env", metavar="VAR", help="environment variable with a passphrase")
    p.add_argument(
        "--id", action="append", help="a profile id (repeatable); default: all or --query"
    )
    p.add_argument("--query")
    p = bundle_sub.add_parser("import", help="merge an encrypted bundle into the vault")
    p.set_defaults(handler=cmd_bundle_import)
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--passphrase-env", metavar="VAR", help="environment variable with a passphrase")

    p = add("duplicates", cmd_duplicates, "list likely duplicate profiles")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true", help="print a JSON array of pairs")
