"""The Attachments tab: documents and images kept inside the vault, each with its own level.

Files are read whole into the profile (the vault stores them as encrypted BLOBs). Images are
cleaned like the profile photo, since a scan or screenshot can carry a GPS position too; other
files are stored as they are. "Export a copy" writes the stored bytes where the user chooses.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from profileeditor.core.levels import attachment_level
from profileeditor.core.photos import PhotoError, clean_photo
from profileeditor.core.repository import now_iso
from profileeditor.gui import messages
from profileeditor.gui.editor.fields import (
    BilingualField,
    ComboField,
    FieldWidget,
    LineField,
    ReadOnlyField,
    mark,
)
from profileeditor.gui.editor.form import level_text
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.records import RecordList
from profileeditor.gui.editor.sources import level_options

_IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic"}


def human_size(size: int) -> str:
    """A size in bytes as the interface language writes it ("1.5 MB", "١٫٥ م.ب")."""
    locale = QLocale()
    if size < 1024:
        return QCoreApplication.translate("EditorSize", "%1 B").replace("%1", locale.toString(size))
    if size < 1024 * 1024:
        text, value = QCoreApplication.translate("EditorSize", "%1 KB"), size / 1024
    else:
        text, value = QCoreApplication.translate("EditorSize", "%1 MB"), size / (1024 * 1024)
    return text.replace("%1", locale.toString(value, "f", 1))


def make_attachment(data: bytes, filename: str, kind: str, level: str | None) -> dict:
    """An attachment record for ``data`` (images cleaned of metadata first)."""
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if media_type in _IMAGE_TYPES or kind == "photo":
        clean = clean_photo(data)  # raises PhotoError for what is no readable image
        data, media_type = clean.data, clean.media_type
        suffix = ".png" if media_type == "image/png" else ".jpg"
        filename = str(Path(filename).with_suffix(suffix))
    record = {
        "id": str(uuid.uuid4()),
        "kind": kind,
        "filename": filename,
        "media_type": media_type,
        "sha256": hashlib.sha256(data).hexdigest(),
        "data": base64.b64encode(data).decode("ascii"),
        "added_at": now_iso(),
    }
    if level:
        record["level"] = level
    return record


class DataField(FieldWidget):
    """The stored bytes: their size, and a button to export a copy."""

    exportRequested = Signal()

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent)
        self.size = mark(QLabel(self), schema_path)
        self.export = QPushButton(self.tr("Export a copy…"), self)
        self.export.clicked.connect(self.exportRequested)
        self._layout.addWidget(self.size)
        self._layout.addWidget(self.export)
        self._layout.addStretch(1)

    def set_value(self, value) -> None:
        size = len(base64.b64decode(value)) if value else 0
        self.size.setText(human_size(size) if value else self.tr("no content"))
        self.export.setEnabled(bool(value))


class AttachmentsTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._profile: dict = {}
        self.attachments = RecordList(
            "attachments",
            [self.tr("File"), self.tr("Kind"), self.tr("Level"), self.tr("Size")],
            self._row,
            add_text=self.tr("Add file…"),
        )
        # Adding needs a file, not an empty record.
        self.attachments.add_button.clicked.disconnect()
        self.attachments.add_button.clicked.connect(self.add_file)
        f = self.attachments.form
        f.add(self.tr("File name"), LineField("filename", "attachments.filename"))
        f.add(
            self.tr("Kind"),
            ComboField(
                "kind",
                "attachments.kind",
                [
                    ("photo", self.tr("Photo")),
                    ("document", self.tr("Document")),
                    ("other", self.tr("Other")),
                ],
            ),
        )
        f.add(self.tr("Caption"), BilingualField("caption", "attachments.caption"))
        f.add(self.tr("Credit"), LineField("credit", "attachments.credit"))
        f.add(
            self.tr("Export level"),
            ComboField("level", "attachments.level", level_options()),
            level=False,
        )
        self.data = f.add(self.tr("Content"), DataField("data", "attachments.data"), level=False)
        self.data.exportRequested.connect(self.export_copy)
        f.add(self.tr("Type"), ReadOnlyField("media_type", "attachments.media_type"), level=False)
        f.add(self.tr("SHA-256"), ReadOnlyField("sha256", "attachments.sha256"), level=False)
        f.add(self.tr("Added"), ReadOnlyField("added_at", "attachments.added_at"), level=False)
        f.add(self.tr("Id"), ReadOnlyField("id", "attachments.id"), level=False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.attachments.edited.connect(self.edited)
        self.attachments.levelRequested.connect(self.levelRequested)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.attachments)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        column.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

    def _row(self, item: dict) -> list[str]:
        kinds = {
            "photo": self.tr("Photo"),
            "document": self.tr("Document"),
            "other": self.tr("Other"),
        }
        data = item.get("data")
        return [
            item.get("filename", ""),
            kinds.get(item.get("kind", ""), item.get("kind", "")),
            level_text(attachment_level(self._profile, item)),
            human_size(len(base64.b64decode(data))) if data else "",
        ]

    def refresh(self, profile: dict, full: bool) -> None:
        self._profile = profile
        self.attachments.show_items("attachments", profile, full)

    def add_file(self) -> None:
        from profileeditor.gui import dialog_service

        name = dialog_service.service().open_file(
            self, self.tr("Add a file"), self.tr("All files (*)")
        )
        if name:
            self.add_path(name)

    def add_path(self, name: str) -> None:
        try:
            data = Path(name).read_bytes()
            record = make_attachment(data, Path(name).name, "document", None)
        except OSError as exc:
            self.message.setText(messages.fill(self.tr("Could not read the file: %1"), exc))
            return
        except PhotoError as exc:
            self.message.setText(
                self.tr("Could not take in this image: %1").replace("%1", messages.error_text(exc))
            )
            return
        self.message.clear()
        self.attachments.flush()
        items = list(self._profile.get("attachments") or [])
        self.attachments.expect(record["id"])
        self.edited.emit("attachments", [*items, record])

    def export_copy(self) -> None:
        from profileeditor.gui import dialog_service

        item = self.attachments.current_item()
        if not item or not item.get("data"):
            return
        target = dialog_service.service().save_file(
            self, self.tr("Export a copy"), "", item.get("filename") or "attachment"
        )
        if target:
            Path(target).write_bytes(base64.b64decode(item["data"]))
