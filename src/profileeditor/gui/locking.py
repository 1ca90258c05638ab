"""What makes the window lock on its own: idle time, the session's screen lock, and the
clipboard clean-up that goes with locking.

- ``IdleWatcher``: an application-wide event filter that restarts a timer on every key press,
  click, wheel or touch, and emits ``idle`` when it runs out.
- ``ScreenLockWatcher``: on Linux, listens on D-Bus for org.freedesktop.ScreenSaver
  ``ActiveChanged(true)`` (session bus) and logind's ``Session.Lock`` (system bus); where there is
  no D-Bus (Windows, macOS, a bare container) it does nothing, quietly.
- ``ClipboardGuard``: remembers (as hashes) the texts that were put on the clipboard while the
  application was active, so that locking clears the clipboard only if it still holds our text.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from profileeditor.gui.secret_clipboard import is_marked, marked_copy

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timeout_ms = timeout_ms
        self._last_restart = 0.0
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        """0 turns the idle lock off."""
        self._timeout_ms = timeout_ms
        if self._timer.isActive() or timeout_ms > 0:
            self.restart()

    def restart(self) -> None:
        if self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Cheap first test: this runs for every event of the application.
        if event.type() in _ACTIVITY and self._timer.isActive():
            now = time.monotonic()
            # One restart per 100 ms is plenty; a key held down sends many events.
            if now - self._last_restart > 0.1:
                self._last_restart = now
                self._timer.start(self._timeout_ms)
        return False

    def dispose(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()


def _logind_path_component(session_id: str) -> str:
    """systemd's bus path escaping: [A-Za-z0-9] kept (no leading digit), the rest as _xx."""
    out = []
    for index, char in enumerate(session_id):
        if char.isascii() and (char.isalpha() or (char.isdigit() and index > 0)):
            out.append(char)
        else:
            out.append(f"_{ord(char):02x}")
    return "".join(out)


class ScreenLockWatcher(QObject):
    """Emits ``screenLocked`` when the desktop session locks its screen (where it says so)."""

    screenLocked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sources: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        try:
            # Only where a bus is advertised: asking QtDBus for an absent bus has crashed here
            # (a bare container, repeated windows in one process).
            has_session = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
            has_system = os.path.exists("/run/dbus/system_bus_socket") or bool(
                os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")
            )
            session = QDBusConnection.sessionBus() if has_session else None
            if session is not None and session.isConnected():
                for service, path in (
                    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
                ):
                    if session.connect(
                        service,
                        path,
                        "org.freedesktop.ScreenSaver",
                        "ActiveChanged",
                        self,
                        SLOT("_on_active_changed(bool)"),
                    ):
                        self.sources.append(f"session:{path}")
            session_id = os.environ.get("XDG_SESSION_ID")
            system = QDBusConnection.systemBus() if has_system and session_id else None
            if system is not None and system.isConnected():
                path = "/org/freedesktop/login1/session/" + _logind_path_component(session_id)
                if system.connect(
                    "org.freedesktop.login1",
                    path,
                    "org.freedesktop.login1.Session",
                    "Lock",
                    self,
                    SLOT("_on_lock()"),
                ):
                    self.sources.append(f"system:{path}")
        except Exception:  # no D-Bus means no screen-lock signal: skip quietly
            self.sources = []

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screenLocked.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.screenLocked.emit()


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ClipboardGuard(QObject):
    """Knows whether the clipboard holds text that came from this application."""

    MAX_REMEMBERED = 50

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ours: list[bytes] = []
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._changed)

    def remember(self, text: str) -> None:
        """Note ``text`` as ours (for code that sets the clipboard itself)."""
        if text:
            self._ours.append(_digest(text))
            del self._ours[: -self.MAX_REMEMBERED]

    @Slot()
    def _changed(self) -> None:
        app = QGuiApplication.instance()
        active = (
            app is not None
            and QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if self._clipboard.ownsClipboard() or active:
            self.remember(self._clipboard.text())
            self._mark_secret()

    def _mark_secret(self) -> None:
        """Re-set our copy with the "secret" marks, so clipboard managers keep no history of
        it (setting it fires this handler again, which then finds it marked)."""
        mime = self._clipboard.mimeData()
        if mime is None or is_marked(mime) or not mime.formats():
            return
        self._clipboard.setMimeData(marked_copy(mime))

    def holds_our_text(self) -> bool:
        text = self._clipboard.text()
        return bool(text) and (self._clipboard.ownsClipboard() or _digest(text) in self._ours)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard when it holds our text; returns whether it did."""
        cleared = self.holds_our_text()
        if cleared:
            self._clipboard.clear()
        self._ours.clear()
        return cleared

    def dispose(self) -> None:
        self._clipboard.dataChanged.disconnect(self._changed)
