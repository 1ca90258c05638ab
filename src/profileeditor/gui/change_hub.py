"""The vault's change hub (core/changes.py) as a Qt signal, always delivered on the GUI thread.

The list, the open editor and the facility filter connect to ``changed``; whatever wrote the
change — the editor, an import or a bundle merge in a worker, the duplicates dialog, the trash —
they hear it the same way. A write on a worker thread reaches them through Qt's queued
connection (the adapter lives on the GUI thread), one on the GUI thread at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from profileeditor.core.changes import Change


class ChangeHubAdapter(QObject):
    changed = Signal(object)  # a core.changes.Change

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = None

    def attach(self, repository) -> None:
        """Listen to ``repository.changes`` (and no longer to the one before)."""
        self.detach()
        if repository is not None:
            self._unsubscribe = repository.changes.subscribe(self._heard)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _heard(self, change: Change) -> None:
        # Emitted from the thread that committed; Qt queues it to this object's (GUI) thread.
        self.changed.emit(change)
