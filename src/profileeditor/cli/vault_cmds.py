"""Commands about the vault itself: gui, init, demo, passwd, backup, check."""

from __future__ import annotations

import sys
from pathlib import Path

from profileeditor.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    EXIT_USAGE,
    NEW_PASSPHRASE_ENV,
    CliError,
    kdf_for_new_slots,
    open_vault,
    read_new_passphrase,
    read_passphrase,
    warn,
)


def cmd_gui(args) -> int:
    from profileeditor.gui.app import main as gui_main

    return gui_main([sys.argv[0], *([args.vault] if getattr(args, "vault", None) else [])])


def _create(path: str):
    from profileeditor.core.vault import Vault

    passphrase = read_new_passphrase(user_inputs=(Path(path).name, Path(path).stem))
    return Vault.create(Path(path), passphrase, kdf_for_new_slots())


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


ELSEWHERE_WARNING = (
    "copies of this vault made elsewhere (backup DEST folders, USB sticks, synced or cloud "
    "copies) keep their own key file: they still open with the old passphrase"
)


def cmd_passwd(args) -> int:
    compromised = args.compromised
    rotate = args.rotate_data_key or compromised
    current = read_passphrase()
    with open_vault(args.vault, auto_backup=False, passphrase=current) as vault:
        new = read_new_passphrase(
            NEW_PASSPHRASE_ENV, "New passphrase: ", (vault.path.name, vault.path.stem)
        )
        if compromised and new == current:
            raise CliError("after a compromise the passphrase must change", EXIT_USAGE)
        if rotate:
            recovery_key, problems = vault.rotate_data_key(new, kdf_for_new_slots())
            backups = len(vault.list_backups()) - len(problems)
            print(
                f"passphrase changed and data key rotated: the database and {backups} "
                "backup(s) re-encrypted under a new key; the old recovery key opens nothing now"
            )
            _print_recovery_key(recovery_key)
            for problem in problems:
                warn(f"backup not re-encrypted (still under the old key — delete it): {problem}")
            warn(ELSEWHERE_WARNING.replace("the old passphrase", "the old key") + " — erase them")
        else:
            problems = vault.change_passphrase(new, kdf_for_new_slots())
            print("passphrase changed (the recovery key and the data key are unchanged)")
            for problem in problems:
                warn(f"backup not updated (it still opens with the old passphrase): {problem}")
            warn(
                ELSEWHERE_WARNING
                + "; if the old passphrase or a copy of vault.key may be known to someone, "
                "run passwd --rotate-data-key"
            )
    return EXIT_OK


def cmd_new_recovery_key(args) -> int:
    with open_vault(args.vault, auto_backup=False) as vault:
        recovery_key, problems = vault.new_recovery_key()
        print("new recovery key made: the old one opens nothing in this folder any more")
        _print_recovery_key(recovery_key)
        for problem in problems:
            warn(f"backup not updated (it still opens with the old recovery key): {problem}")
        warn(
            "copies of vault.key made elsewhere still open with the old recovery key; "
            "run passwd --rotate-data-key if that matters"
        )
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
        for message in vault.check_warnings():
            warn(message)
        problems = vault.check()
        if problems:
            raise CliError(
                f"vault damaged: {problems[0]}"
                + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""),
                EXIT_DAMAGED,
            )
        print(f"ok: key file and database intact ({vault.repository.count()} profiles)")
    return EXIT_OK


def register(sub, add) -> None:
    """Add this module's commands to the parser (``add(name, handler, help)``)."""
    p = add("gui", cmd_gui, "start the desktop application")
    p.add_argument("vault", nargs="?")
    add("init", cmd_init, "create a new vault; prints the recovery key once").add_argument("vault")
    add("demo", cmd_demo, "create a vault filled with fictional sample profiles").add_argument(
        "vault"
    )
    p = add("passwd", cmd_passwd, "change the vault passphrase (optionally rotate the data key)")
    p.add_argument("vault")
    p.add_argument(
        "--rotate-data-key",
        action="store_true",
        help="also re-encrypt the database and its backups under a new data key, with a new "
        "recovery key (printed once): old copies of vault.key open nothing written after",
    )
    p.add_argument(
        "--compromised",
        action="store_true",
        help="the passphrase, the recovery key or a copy of the vault was exposed: rotates "
        "the data key and refuses the same passphrase",
    )
    add(
        "new-recovery-key",
        cmd_new_recovery_key,
        "replace the recovery key (printed once); the old one stops opening this vault",
    ).add_argument("vault")
    p = add("backup", cmd_backup, "write an encrypted copy of the vault to a new folder")
    p.add_argument("vault")
    p.add_argument("dest")
    add("check", cmd_check, "check the key file and the database").add_argument("vault")
