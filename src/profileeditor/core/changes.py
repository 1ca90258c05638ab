"""What changed in the vault, told to whoever listens (no Qt: the GUI adapts it in gui/).

Every write of the repository (an edit, an import, a merge, the trash, a bundle) queues a
``Change`` and the hub announces it once the outermost transaction has committed — never for a
write that was rolled back. One hub serves a vault: the repositories over the worker threads'
own connections share it, so an import in the background reaches the open editor too.
Subscribers are called on the thread that committed; the Qt adapter hops to the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

CREATED = "created"
UPDATED = "updated"
DELETED = "deleted"  # moved to the trash
RESTORED = "restored"
PURGED = "purged"
SETTINGS = "settings"


@dataclass(frozen=True)
class Change:
    """``kind`` of change to the profiles ``ids``; ``fields`` are the changed field paths of an
    update (empty when not known field by field)."""

    kind: str
    ids: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def touches(self, profile_id: str | None) -> bool:
        return profile_id is not None and profile_id in self.ids


Subscriber = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Call ``fn(change)`` after every committed change; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def publish(self, changes: list[Change]) -> None:
        """Tell every subscriber. The writes are committed already: a subscriber that fails must
        not make them look failed, nor stop the others hearing — its error goes to the
        exception hook (the GUI's shows it)."""
        with self._lock:
            subscribers = list(self._subscribers)
        for change in changes:
            for fn in subscribers:
                try:
                    fn(change)
                except Exception:
                    sys.excepthook(*sys.exc_info())
