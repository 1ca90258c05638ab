"""Command-line handlers for spreadsheet import, exchange (identity, contacts, bundles, sync) and
duplicates.

cli/common.py owns the contract (exit codes, one-line errors, passphrases); this module adds
``identity``, ``contact``, ``bundle export``, ``bundle import``, ``sync`` and ``duplicates`` through ``register`` and
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
            print(f"{'checked' if stage == 'check' else 'written'} {done}/{total}", flush=True)

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
    from profileeditor.core.exchange import contacts
    from profileeditor.core.exchange.keys import group, own_keys, safety_number

    with open_vault(args.vault, auto_backup=False) as vault:
        own = own_keys(vault.repository).public
        print(own.text)
        if args.contact:
            contact = _contact(contacts, vault, args.contact)
            print(f"safety number with {contact.name}: {safety_number(own, contact.identity)}")
        else:
            print(f"your half of every safety number: {group(own.code())}")
    return EXIT_OK


def _contact(contacts, vault, name):
    try:
        return contacts.get(vault.repository, name)
    except contacts.ContactError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc


def cmd_contact_add(args) -> int:
    from profileeditor.core.exchange import contacts
    from profileeditor.core.exchange.keys import IdentityError, own_keys, safety_number

    with open_vault(args.vault) as vault:
        try:
            contact = contacts.add(vault.repository, args.name, args.identity, args.verified)
        except (contacts.ContactError, IdentityError) as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        number = safety_number(own_keys(vault.repository).public, contact.identity)
    state = "verified" if contact.verified else "not verified"
    print(f"added {contact.name} ({state}); safety number: {number}")
    return EXIT_OK


def cmd_contact_list(args) -> int:
    from profileeditor.core.exchange import contacts
    from profileeditor.core.exchange.keys import own_keys, safety_number

    with open_vault(args.vault, auto_backup=False) as vault:
        own = own_keys(vault.repository).public
        rows = [
            {
                "name": c.name,
                "identity": c.identity.text,
                "verified": c.verified,
                "added_at": c.added_at,
                "safety_number": safety_number(own, c.identity),
            }
            for c in contacts.list_contacts(vault.repository)
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    for row in rows:
        mark = "verified" if row["verified"] else "NOT verified"
        print(f"{row['name']}\t{mark}\t{row['added_at']}\t{row['identity']}")
        print(f"\tsafety number: {row['safety_number']}")
    print(f"{len(rows)} contacts")
    return EXIT_OK


def cmd_contact_verify(args) -> int:
    from profileeditor.core.exchange import contacts

    with open_vault(args.vault) as vault:
        try:
            contacts.set_verified(vault.repository, args.name, True)
        except contacts.ContactError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
    print(f"{args.name}: verified")
    return EXIT_OK


def cmd_contact_remove(args) -> int:
    from profileeditor.core.exchange import contacts

    with open_vault(args.vault) as vault:
        try:
            contacts.remove(vault.repository, args.name)
        except contacts.ContactError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
    print(f"removed {args.name}")
    return EXIT_OK


def _secret(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise CliError(f"{var} is not set or empty", EXIT_USAGE)
    return value


def cmd_bundle_export(args) -> int:
    from profileeditor.core.exchange.bundle import BundleError, write_bundle

    if bool(args.to or args.to_contact) == bool(args.passphrase_env):
        raise CliError(
            "give --to-contact NAME / --to KEY... or --passphrase-env VAR (one of them)",
            EXIT_USAGE,
        )
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"{out.parent}: no such folder", EXIT_USAGE)
    passphrase = _secret(args.passphrase_env) if args.passphrase_env else None
    with open_vault(args.vault) as vault:
        repository = vault.repository
        ids = list(args.id or []) or (repository.ids(args.query) if args.query else None)
        missing = set(args.id or []) - {
            p["id"] for p in repository.get_profiles(list(args.id or []), with_data=False)
        }
        if missing:
            raise CliError(f"no profile with id {sorted(missing)[0]}", EXIT_USAGE)
        try:
            count = write_bundle(
                vault,
                ids,
                out,
                recipients=args.to or None,
                passphrase=passphrase,
                contacts=args.to_contact or None,
            )
        except BundleError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
    print(f"wrote {out}: {count} profiles")
    return EXIT_OK


def _print_changes(report) -> None:
    for change in report.changes:
        old = json.dumps(change.old, ensure_ascii=False)
        new = json.dumps(change.new, ensure_ascii=False)
        print(f"  {change.profile_id} {change.name}: {change.path}: {old[:80]} → {new[:80]}")


def cmd_bundle_import(args) -> int:
    from profileeditor.core.exchange.bundle import BundleError, NeedsReview, import_bundle

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_BAD_INPUT)
    passphrase = _secret(args.passphrase_env) if args.passphrase_env else None
    with open_vault(args.vault) as vault:
        try:
            report = import_bundle(
                vault, path, passphrase=passphrase, accept_unverified=args.accept_unverified
            )
        except NeedsReview as exc:
            print(f"changes this bundle would make ({len(exc.report.changes)}):")
            _print_changes(exc.report)
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
        except BundleError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
    print(
        f"imported {path} from {report.peer}: {len(report.added)} added, "
        f"{len(report.updated)} updated, {len(report.trashed)} moved to the trash, "
        f"{len(report.conflicted)} in conflict ({len(report.conflicts)} fields)"
    )
    return EXIT_OK


def cmd_sync(args) -> int:
    from profileeditor.core.exchange import sync

    with open_vault(args.vault) as vault:
        try:
            if args.folder:
                sync.tie(vault.repository, Path(args.folder))
            result = sync.run(vault, accept_unverified=args.accept_unverified)
        except sync.SyncError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
    for line in result.lines():
        print(line)
    return EXIT_BAD_INPUT if result.refused else EXIT_OK


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
    p = add("identity", cmd_identity, "print this vault's identity line and safety number")
    p.add_argument("vault")
    p.add_argument("--contact", metavar="NAME", help="the safety number with this contact")

    contact = add("contact", None, "the contacts whose bundles this vault accepts")
    contact_sub = contact.add_subparsers(dest="contact_command", parser_class=type(contact))
    contact_sub.required = True
    p = contact_sub.add_parser("add", help="add a contact from their identity line")
    p.set_defaults(handler=cmd_contact_add)
    p.add_argument("vault")
    p.add_argument("name")
    p.add_argument("identity", help="the line `profileeditor identity` prints (pe1:…)")
    p.add_argument("--verified", action="store_true", help="the safety number was compared")
    p = contact_sub.add_parser("list", help="list contacts with their safety numbers")
    p.set_defaults(handler=cmd_contact_list)
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p = contact_sub.add_parser("verify", help="mark verified after comparing the safety number")
    p.set_defaults(handler=cmd_contact_verify)
    p.add_argument("vault")
    p.add_argument("name")
    p = contact_sub.add_parser("remove", help="remove a contact")
    p.set_defaults(handler=cmd_contact_remove)
    p.add_argument("vault")
    p.add_argument("name")

    bundle = add("bundle", None, "signed, encrypted exchange bundles between vaults")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", parser_class=type(bundle))
    bundle_sub.required = True
    p = bundle_sub.add_parser("export", help="write a signed, encrypted bundle of profiles")
    p.set_defaults(handler=cmd_bundle_export)
    p.add_argument("vault")
    p.add_argument("--out", required=True)
    p.add_argument("--to-contact", action="append", metavar="NAME", help="a contact (repeatable)")
    p.add_argument(
        "--to", action="append", metavar="AGE_PUBLIC_KEY", help="a recipient key (repeatable)"
    )
    p.add_argument("--passphrase-env", metavar="VAR", help="environment variable with a passphrase")
    p.add_argument(
        "--id", action="append", help="a profile id (repeatable); default: all or --query"
    )
    p.add_argument("--query")
    p = bundle_sub.add_parser("import", help="check the sender, then merge a bundle")
    p.set_defaults(handler=cmd_bundle_import)
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--passphrase-env", metavar="VAR", help="environment variable with a passphrase")
    p.add_argument(
        "--accept-unverified",
        metavar="NAME",
        help="accept a sender who is no contact (added, unverified, as NAME), or merge the "
        "listed changes from the unverified contact NAME",
    )

    p = add("sync", cmd_sync, "exchange through the sync folder (Syncthing, a drive, a stick)")
    p.add_argument("vault")
    p.add_argument("--folder", help="tie the vault to this folder first")
    p.add_argument("--accept-unverified", metavar="NAME", help="merge waiting bundles from NAME")

    p = add("duplicates", cmd_duplicates, "list likely duplicate profiles")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true", help="print a JSON array of pairs")
