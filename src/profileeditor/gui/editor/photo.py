"""The profile photo: shown, replaced by dropping, pasting or choosing a file, or removed.

The panel only gathers bytes and shows results; the editor cleans them with
``core.photos.clean_photo`` (which re-encodes the pixels and drops every metadata segment) and
stores the attachment. ``describe_metadata`` says what the original carried, so that the user
sees what was removed (a GPS position, the camera, ...), not just that something was.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from profileeditor.gui import messages
from profileeditor.gui.editor.fields import mark

# EXIF tags (and the GPS sub-directory) worth naming to the user.
_EXIF_GPS_IFD = 0x8825
_EXIF_CAMERA = (0x010F, 0x0110, 0xA431)  # make, model, body serial number
_EXIF_TIME = (0x0132, 0x9003)
_EXIF_PEOPLE = (0x013B, 0x8298, 0xA430)  # artist, copyright, camera owner


def describe_metadata(data: bytes) -> list[str]:
    """Kinds of metadata in the original image bytes: "gps", "camera", "time", "author",
    "exif", "xmp", "icc", "comment". Best effort: unreadable metadata is simply not named."""
    found: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # malformed EXIF warns; it is thrown away anyway
        try:
            with Image.open(io.BytesIO(data)) as image:
                info = dict(image.info)
                exif = image.getexif()
                if exif.get_ifd(_EXIF_GPS_IFD) or _EXIF_GPS_IFD in exif:
                    found.append("gps")
                sub = exif.get_ifd(0x8769)
                merged = {**dict(exif), **dict(sub)}
                if any(tag in merged for tag in _EXIF_CAMERA):
                    found.append("camera")
                if any(tag in merged for tag in _EXIF_TIME):
                    found.append("time")
                if any(tag in merged for tag in _EXIF_PEOPLE):
                    found.append("author")
                if exif and not found:
                    found.append("exif")
        except Exception:  # an unreadable file fails in clean_photo, with a message
            return found
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found.append("xmp")
    if "icc_profile" in info:
        found.append("icc")
    if "comment" in info:
        found.append("comment")
    return found


class PhotoPanel(QWidget):
    """Photo preview with Choose, Paste and Remove; accepts a dropped image file."""

    photoData = Signal(bytes, str)  # original bytes, file name
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        mark(self, "photo")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setObjectName("photoPreview")
        self.preview.setFixedSize(150, 190)
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setStyleSheet("QLabel { border: 1px dashed palette(mid); }")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview, 0, Qt.AlignHCenter)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button in (self.choose_button, self.paste_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.report = QLabel(self)
        self.report.setObjectName("photoReport")
        self.report.setWordWrap(True)
        self.report.setMaximumWidth(230)
        layout.addWidget(self.report)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.removeRequested)
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        image = QImage.fromData(QByteArray(data)) if data else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo.\nDrop an image here."))
            self.remove_button.setEnabled(False)
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation
            )
        )
        self.remove_button.setEnabled(True)

    def show_removed(self, kinds: list[str]) -> None:
        """Say that the stored photo is a clean copy, and what the original carried."""
        names = {
            "gps": self.tr("GPS position"),
            "camera": self.tr("camera make, model or serial"),
            "time": self.tr("date and time taken"),
            "author": self.tr("author or owner"),
            "exif": self.tr("EXIF data"),
            "xmp": self.tr("XMP data"),
            "icc": self.tr("colour profile"),
            "comment": self.tr("comment"),
        }
        if kinds:
            text = self.tr("Metadata removed: %1").replace(
                "%1", self.tr(", ").join(names[k] for k in kinds)
            )
        else:
            text = self.tr("Metadata removed (the original carried none we could name).")
        self.report.setStyleSheet("color: #2e7d32;")
        self.report.setText(text)

    def show_error(self, message: str) -> None:
        self.report.setStyleSheet("color: #c0392b;")
        self.report.setText(message)

    def clear_report(self) -> None:
        self.report.clear()

    # -- sources of bytes --------------------------------------------------------------------
    def choose(self) -> None:
        from profileeditor.gui import dialog_service

        name = dialog_service.service().open_file(
            self, self.tr("Choose a photo"), self.tr("Images (*.jpg *.jpeg *.png *.webp *.heic)")
        )
        if name:
            self._take_file(name)

    def _take_file(self, name: str) -> None:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            self.show_error(
                messages.fill(self.tr("Could not read the file: %1"), exc.strerror or "")
            )
            return
        self.photoData.emit(data, Path(name).name)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self._take_file(mime.urls()[0].toLocalFile())
            return
        if mime.hasImage():
            image = QImage(mime.imageData())
            buffer = QBuffer()
            buffer.open(QIODevice.WriteOnly)
            image.save(buffer, "PNG")
            self.photoData.emit(bytes(buffer.data()), "pasted.png")
            return
        self.show_error(self.tr("The clipboard holds no image."))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self._take_file(mime.urls()[0].toLocalFile())
            event.acceptProposedAction()
