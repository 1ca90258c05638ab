"""The Events tab: the timeline of what happened to the person (hunger strikes, visit bans,
transfers, ...), each event linked to the sources that report it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.gui.editor.detentions import text_in_ui
from profileeditor.gui.editor.fields import (
    BilingualField,
    DateField,
    ReadOnlyField,
    ReferencesField,
    VocabField,
    ui_lang,
)
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.records import RecordList


class EventsTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.events = RecordList(
            "events",
            [self.tr("Date"), self.tr("Until"), self.tr("Event"), self.tr("Description")],
            lambda item: [
                item.get("date", ""),
                item.get("end_date", ""),
                vocab.label("event_type", item.get("type"), ui_lang()),
                text_in_ui(item.get("description")),
            ],
            # The schema requires a type; "other" until the user picks one.
            new_item=lambda: {"type": "other"},
            add_text=self.tr("Add event"),
        )
        f = self.events.form
        f.add(self.tr("Id"), ReadOnlyField("id", "events.id"), level=False)
        f.add(self.tr("Type"), VocabField("type", "events.type", "event_type"))
        f.add(self.tr("Date"), DateField("date", "events.date"))
        f.add(self.tr("Until"), DateField("end_date", "events.end_date"))
        f.add(
            self.tr("Description"),
            BilingualField("description", "events.description", multiline=True),
        )
        self.sources = f.add(self.tr("Sources"), ReferencesField("sources", "events.sources"))
        self.events.edited.connect(self.edited)
        self.events.levelRequested.connect(self.levelRequested)
        body = QWidget(self)
        QVBoxLayout(body).addWidget(self.events)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

    def refresh(self, profile: dict, full: bool) -> None:
        self.sources.set_options(
            [(s["id"], s.get("title") or s["id"]) for s in profile.get("sources") or []]
        )
        self.events.show_items("events", profile, full)
