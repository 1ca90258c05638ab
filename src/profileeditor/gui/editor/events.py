"""The Events tab: the timeline of what happened to the person (hunger strikes, visit bans,
transfers, ...), each event linked to the sources that report it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.gui.editor.detentions import text_in_ui
from profileeditor.gui.editor.fields import ReferencesField, ui_lang
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.records import RecordList
from profileeditor.gui.editor.rows import add_rows


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
        # The rows come from the field catalogue (gui/editor/rows.py); the source picker is the
        # tab's own.
        made = add_rows(
            self.events.form,
            "events",
            supplied={"events.sources": lambda e, rel: ReferencesField(rel, e.path)},
        )
        self.sources = made["events.sources"]
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
