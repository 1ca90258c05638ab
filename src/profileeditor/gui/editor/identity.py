"""The Identity and Biography tabs: who the person is, their photo, consent and life story."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from profileeditor.gui.editor.countries import countries
from profileeditor.gui.editor.fields import (
    BilingualField,
    ComboField,
    DateField,
    LineField,
    ReadOnlyField,
    StringListField,
    TextAreaField,
    VocabField,
    ui_lang,
)
from profileeditor.gui.editor.form import Form
from profileeditor.gui.editor.photo import PhotoPanel

# Below this width the Identity tab puts the photo above the form rather than beside it.
NARROW_WIDTH = 640


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, so long forms fit small laptop screens."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidget(widget)
    return area


class IdentityTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = Form("", self)
        f = self.form
        f.add(self.tr("Name"), BilingualField("name", "name"))
        f.add(self.tr("Other names"), StringListField("aliases", "aliases"))
        f.add(
            self.tr("Sex"),
            ComboField(
                "sex",
                "sex",
                [
                    ("female", self.tr("Female")),
                    ("male", self.tr("Male")),
                    ("other", self.tr("Other")),
                    ("unknown", self.tr("Unknown")),
                ],
            ),
        )
        f.add(self.tr("Born"), DateField("birth_date", "birth_date"))
        f.add(
            self.tr("Nationality"), ComboField("nationality", "nationality", countries(ui_lang()))
        )
        f.add(self.tr("Governorate"), BilingualField("governorate", "governorate"))
        f.add(self.tr("Profession"), VocabField("profession", "profession", "profession"))
        f.add(self.tr("Occupation"), BilingualField("occupation", "occupation"))
        f.add(self.tr("Affiliation"), BilingualField("affiliation", "affiliation"))
        f.add(self.tr("Status"), VocabField("status", "status", "status"))
        f.add(self.tr("Tags"), StringListField("tags", "tags"))

        consent_box = QGroupBox(self.tr("Consent to publish"), self)
        self.consent = Form("", consent_box)
        c = self.consent
        c.add(
            self.tr("Level"),
            ComboField(
                "consent.level",
                "consent.level",
                [
                    ("full", self.tr("Full")),
                    ("partial", self.tr("Partial")),
                    ("none", self.tr("None")),
                    ("unknown", self.tr("Unknown")),
                ],
            ),
        )
        c.add(self.tr("Given by"), LineField("consent.given_by", "consent.given_by"))
        c.add(self.tr("Date"), DateField("consent.date", "consent.date"))
        c.add(self.tr("Notes"), LineField("consent.notes", "consent.notes"))
        QVBoxLayout(consent_box).addWidget(self.consent)

        record_box = QGroupBox(self.tr("Record"), self)
        self.record = Form("", record_box)
        self.record.add(self.tr("Id"), ReadOnlyField("id", "id"), level=False)
        self.record.add(self.tr("Created"), ReadOnlyField("created_at", "created_at"), level=False)
        self.record.add(self.tr("Updated"), ReadOnlyField("updated_at", "updated_at"), level=False)
        QVBoxLayout(record_box).addWidget(self.record)

        content = QWidget(self)
        self.photo = PhotoPanel(content)
        left = QWidget(content)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(consent_box)
        column.addWidget(record_box)
        column.addStretch(1)
        # The photo beside the form, or above it when the window is too narrow for both.
        self._columns = QBoxLayout(QBoxLayout.LeftToRight, content)
        self._columns.addWidget(left, 1)
        self._columns.addWidget(self.photo, 0, Qt.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        for form in (self.form, self.consent, self.record):
            form.edited.connect(self.edited)
            form.levelRequested.connect(self.levelRequested)

    def resizeEvent(self, event) -> None:
        # BottomToTop puts the photo (added last) first, above the form.
        narrow = event.size().width() < NARROW_WIDTH
        wanted = QBoxLayout.BottomToTop if narrow else QBoxLayout.LeftToRight
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)
        super().resizeEvent(event)

    def refresh(self, profile: dict, full: bool) -> None:
        for form in (self.form, self.consent, self.record):
            if full:
                form.show_record("", profile, profile)
            else:
                form.update_levels(profile)
        if not full:  # the bookkeeping fields change on every save
            for field in self.record.fields:
                field.set_value(profile.get(field.rel))


class BiographyTab(QWidget):
    """The life story, Arabic right-to-left above English left-to-right."""

    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = Form("", self)
        self.form.layout_.setRowWrapPolicy(self.form.layout_.RowWrapPolicy.WrapAllRows)
        # Both sides are one field ("bio") for levels: one badge, not one per language.
        self.form.add(
            self.tr("Arabic"),
            TextAreaField("bio.ar", "bio.ar", Qt.RightToLeft),
            level_path="bio",
        )
        self.form.add(
            self.tr("English"), TextAreaField("bio.en", "bio.en", Qt.LeftToRight), level=False
        )
        for field in self.form.fields:
            field.edit.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.form.edited.connect(self.edited)
        self.form.levelRequested.connect(self.levelRequested)

    def refresh(self, profile: dict, full: bool) -> None:
        if full:
            self.form.show_record("", profile, profile)
        else:
            self.form.update_levels(profile)
