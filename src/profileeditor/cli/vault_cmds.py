"""Commands about the vault itself: gui, init, demo, passwd, backup, check."""

from __future__ import annotations

import sys
from pathlib import Path

from profileeditor.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    CliError,
    kdf_for_new_slots,
    open_vault,
    read_new_passphrase,
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


def cmd_passwd(args) -> int:
    with open_vault(args.vault, auto_backup=False) as vault:
        new = read_new_passphrase(
            NEW_PASSPHRASE_ENV, "New passphrase: ", (vault.path.name, vault.path.stem)
        )
        vault.change_passphrase(new, kdf_for_new_slots())
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


def register(sub, add) -> None:
    """Add this module's commands to the parser (``add(name, handler, help)``)."""
    p = add("gui", cmd_gui, "start the desktop application")
    p.add_argument("vault", nargs="?")
    add("init", cmd_init, "create a new vault; prints the recovery key once").add_argument("vault")
    add("demo", cmd_demo, "create a vault filled with fictional sample profiles").add_argument(
        "vault"
    )
    add("passwd", cmd_passwd, "change the vault passphrase").add_argument("vault")
    p = add("backup", cmd_backup, "write an encrypted copy of the vault to a new folder")
    p.add_argument("vault")
    p.add_argument("dest")
    add("check", cmd_check, "check the key file and the database").add_argument("vault")
