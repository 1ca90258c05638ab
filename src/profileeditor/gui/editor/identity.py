"""The Identity and Biography tabs: who the person is, their photo, consent and life story."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.gui import i18n
from profileeditor.gui.editor.countries import countries
from profileeditor.gui.editor.fields import ComboField, TextAreaField, ui_lang
from profileeditor.gui.editor.form import Form
from profileeditor.gui.editor.photo import PhotoPanel
from profileeditor.gui.editor.places import place_field
from profileeditor.gui.editor.rows import add_rows

# Below this width the Identity tab puts the photo above the form rather than beside it.
NARROW_WIDTH = 640
# The order of the sex choices in the form (their labels are core/vocab.py's).
SEX_CHOICES = ("female", "male", "other", "unknown")
CONSENT_CHOICES = ("full", "partial", "none", "unknown")


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

        # The rows come from the field catalogue (gui/editor/rows.py), group by group; the tab
        # builds only the fixed choices and the country list.
        def choice(options: list[tuple[str, str]]):
            return lambda e, rel: ComboField(rel, e.path, options)

        # Sex is a schema enum: its labels are core/vocab.py's, in the interface language.
        lang = i18n.language()
        sex = [(code, vocab.label("sex", code, lang)) for code in SEX_CHOICES]
        add_rows(
            self.form,
            "profiles",
            supplied={
                "sex": choice(sex),
                "nationality": lambda e, rel: ComboField(rel, e.path, countries(ui_lang())),
                "governorate": place_field("governorates"),
            },
        )

        consent_box = QGroupBox(self.tr("Consent to publish"), self)
        self.consent = Form("", consent_box)
        # Consent levels are a schema enum too: core/vocab.py's labels, as everywhere else.
        consent = [(code, vocab.label("consent_level", code, lang)) for code in CONSENT_CHOICES]
        add_rows(self.consent, "profiles", "consent", supplied={"consent.level": choice(consent)})
        QVBoxLayout(consent_box).addWidget(self.consent)

        record_box = QGroupBox(self.tr("Record"), self)
        self.record = Form("", record_box)
        add_rows(self.record, "profiles", "record")
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
        body = QWidget(self)
        QVBoxLayout(body).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Scrolls like the other pages, so the editor fits a 700-pixel-high window.
        layout.addWidget(scrolling(body))
        self.form.edited.connect(self.edited)
        self.form.levelRequested.connect(self.levelRequested)

    def refresh(self, profile: dict, full: bool) -> None:
        if full:
            self.form.show_record("", profile, profile)
        else:
            self.form.update_levels(profile)
