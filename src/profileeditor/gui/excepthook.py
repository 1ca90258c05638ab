"""The GUI's exception hook: an error nobody caught is shown, never swallowed and never fatal.

Without it PySide prints the traceback and carries on as if the slot had worked — a save that
failed would look saved — or, under some Qt builds, aborts. The hook shows one error dialog
(storage errors in plain words: the vault is busy, the disk is full), prints the traceback to
stderr for a bug report (never to a file: it may hold profile text), and keeps the window open.
A second error while the dialog is up is printed only, so a failing timer cannot stack dialogs.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from profileeditor.core.errors import StorageError, describe
from profileeditor.gui import dialog_service


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExceptionHook", text)


def message(error: BaseException) -> str:
    if isinstance(error, StorageError):
        reason = describe(error)
        if error.known:
            return _tr("The vault could not be read or written: %1.").replace("%1", reason)
        return _tr("A storage error that is a bug in Profile Editor: %1").replace("%1", reason)
    return _tr("Something went wrong: %1").replace("%1", f"{type(error).__name__}: {error}")


def install(parent_of_dialog: Callable[[], object]) -> Callable[[], None]:
    """Make the hook the process's; ``parent_of_dialog()`` gives the window to show it over.
    Returns a function that puts the previous hook back."""
    previous = sys.excepthook
    showing = False

    def hook(kind, error, tb) -> None:
        nonlocal showing
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if showing or not isinstance(error, Exception):
            return
        showing = True
        try:
            dialog_service.service().error(
                parent_of_dialog(), _tr("Profile Editor — error"), message(error)
            )
        finally:
            showing = False

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
