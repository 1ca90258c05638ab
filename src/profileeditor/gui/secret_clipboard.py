"""Clipboard text marked as secret, so that clipboard managers and history tools do not keep it:
KDE's Klipper (and others that follow it) skip data carrying ``x-kde-passwordManagerHint:
secret``; Windows' clipboard history and cloud sync skip data carrying the registered format
``ExcludeClipboardContentFromMonitorProcessing``. Elsewhere the marks are harmless extra formats.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from shiboken6 import Shiboken

KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
# How Qt names a registered Windows clipboard format in a QMimeData.
WINDOWS_EXCLUDE_MIME = f'application/x-qt-windows-mime;value="{WINDOWS_EXCLUDE}"'


def mark(mime: QMimeData) -> QMimeData:
    mime.setData(KDE_HINT, b"secret")
    mime.setData(WINDOWS_EXCLUDE_MIME, b"\0\0\0\0")
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and bytes(mime.data(KDE_HINT).data()) == b"secret"


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mark(mime)


def copy_secret(text: str) -> None:
    QGuiApplication.clipboard().setMimeData(secret_mime(text))


def marked_copy(source: QMimeData) -> QMimeData:
    """A marked copy of everything ``source`` holds."""
    mime = QMimeData()
    for fmt in source.formats():
        mime.setData(fmt, source.data(fmt))
    return mark(mime)


def release_in_process_copy() -> None:
    """Clear the clipboard when it is Qt's in-process one and holds a QMimeData made here.

    The clipboard owns the QMimeData handed to it; the wrapper of one made in Python calls
    back into Python when it is deleted. On platforms without a system clipboard (offscreen —
    the tests, CI and screenshots — minimal, eglfs, vnc) Qt keeps that data in a C++ global
    freed by the C library's exit() after Python has finalized: the call back then segfaults.
    Where the clipboard is the system's (X11, Wayland, Windows, macOS) it is freed with the
    QApplication while Python still runs, and other programs may still want it, so it stays.
    There clipboard.mimeData() gives our object only while we own the clipboard; the
    in-process clipboard never reports ownership.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and Shiboken.createdByPython(mime) and not clipboard.ownsClipboard():
        clipboard.clear()


# Registered after PySide's own exit handler (PySide6 is imported above), so it runs before
# that handler destroys the QApplication.
atexit.register(release_in_process_copy)
