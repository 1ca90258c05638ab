"""QUndoCommands of the editor: every edit is a change of one or more addressed values.

A command holds the old and the new value of each address it touches; redo and undo hand them to
the editor, which writes them into its profile dict and saves it (one transaction, one revision
row per changed field). Adding or removing a sub-record is a change of the list that holds it,
so one command type covers every edit and undo can never leave a half-applied change behind.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class Applier(Protocol):
    def apply_changes(self, changes: list[tuple[str, Any]], *, from_undo_stack: bool) -> None: ...


class SetValuesCommand(QUndoCommand):
    """Set ``address → new`` for each change; undo sets the old values back."""

    def __init__(self, editor: Applier, changes: list[tuple[str, Any, Any]], text: str):
        super().__init__(text)
        self._editor = editor
        self._changes = [(a, copy.deepcopy(o), copy.deepcopy(n)) for a, o, n in changes]
        self._first = True

    @property
    def addresses(self) -> list[str]:
        return [address for address, _, _ in self._changes]

    def redo(self) -> None:
        # The first redo happens on push, while the widget that made the edit already shows it:
        # the editor must save without repainting that widget (the cursor would jump).
        self._editor.apply_changes(
            [(a, n) for a, _, n in self._changes], from_undo_stack=not self._first
        )
        self._first = False

    def undo(self) -> None:
        self._editor.apply_changes(
            [(a, o) for a, o, _ in reversed(self._changes)], from_undo_stack=True
        )
