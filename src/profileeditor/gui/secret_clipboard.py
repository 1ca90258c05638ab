"""Clipboard text marked as secret, so that clipboard managers and history tools do not keep it:
KDE's Klipper (and others that follow it) skip data carrying ``x-kde-passwordManagerHint:
secret``; Windows' clipboard history and cloud sync skip data carrying the registered format
``ExcludeClipboardContentFromMonitorProcessing``. Elsewhere the marks are harmless extra formats.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

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
