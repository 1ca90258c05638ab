"""What every command shares: exit codes, the one error type, passphrases, opening a vault."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

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


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2."""

    def error(self, message: str):  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


def kdf_for_new_slots():
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


def read_passphrase(
    env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ", confirm: bool = False
) -> str:
    # Taken out of the environment once read: child processes (a PDF viewer, a crash
    # reporter) must not inherit it.
    value = os.environ.pop(env, None)
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


def read_new_passphrase(
    env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ", user_inputs: tuple[str, ...] = ()
) -> str:
    """A passphrase being chosen (asked twice on a terminal), held to the passphrase policy."""
    from profileeditor.core.passphrase_policy import assess

    value = read_passphrase(env, prompt, confirm=True)
    verdict = assess(value, user_inputs)
    if not verdict.ok:
        raise CliError(verdict.message, EXIT_USAGE)
    return value


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def open_vault(path: str, auto_backup: bool = True, passphrase: str | None = None):
    """Open the vault at ``path`` with the passphrase from the environment or the terminal;
    what opening found (a failed automatic backup, a lost log) is printed as warnings."""
    from profileeditor.core.vault import Vault

    folder = Path(path)
    if not (folder / "vault.key").exists():
        raise CliError(f"no vault at {folder}", EXIT_DAMAGED)
    vault = Vault.open(folder, passphrase or read_passphrase(), auto_backup=auto_backup)
    for message in vault.warnings:
        warn(message)
    return vault
