"""The Detention tab: arrest and detention episodes, each with the facilities where the person
was held."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.gui.editor.fields import ui_lang
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.places import place_field
from profileeditor.gui.editor.records import RecordList
from profileeditor.gui.editor.rows import add_rows


def text_in_ui(value: dict | None) -> str:
    """A bilingual text in the interface language, else in the other one."""
    value = value or {}
    lang = ui_lang()
    return value.get(lang) or value.get("en" if lang == "ar" else "ar") or ""


class DetentionsTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.episodes = RecordList(
            "detentions",
            [self.tr("Arrested"), self.tr("Released"), self.tr("Manner"), self.tr("Last facility")],
            self._summary,
            add_text=self.tr("Add episode"),
        )
        # The rows come from the field catalogue (gui/editor/rows.py): a new field of detention
        # episodes appears here without an edit to this tab.
        add_rows(self.episodes.form, "detentions")
        self.facilities = RecordList(
            "detentions.facilities",
            [self.tr("Facility"), self.tr("From"), self.tr("To")],
            lambda item: [
                text_in_ui(item.get("name")),
                item.get("from", ""),
                item.get("to", ""),
            ],
            new_item=lambda: {"name": {}},
            add_text=self.tr("Add facility"),
            with_id=False,
        )
        add_rows(
            self.facilities.form,
            "facilities",
            supplied={"detentions.facilities.name": place_field("facilities")},
        )
        self.episodes.form.add_widget(self.tr("Facilities"), self.facilities)
        self.episodes.currentChanged.connect(self._episode_shown)
        for records in (self.episodes, self.facilities):
            records.edited.connect(self.edited)
            records.levelRequested.connect(self.levelRequested)
        body = QWidget(self)
        QVBoxLayout(body).addWidget(self.episodes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self._profile: dict = {}
        self._full = True

    @staticmethod
    def _summary(item: dict) -> list[str]:
        facilities = item.get("facilities") or []
        return [
            item.get("arrest_date", ""),
            item.get("release_date", ""),
            vocab.label("arrest_manner", item.get("arrest_manner"), ui_lang()),
            text_in_ui(facilities[-1].get("name")) if facilities else "",
        ]

    def _episode_shown(self, address: str, _item) -> None:
        self.facilities.show_items(
            f"{address}.facilities" if address else "", self._profile, self._full
        )

    def refresh(self, profile: dict, full: bool) -> None:
        self._profile, self._full = profile, full
        self.episodes.show_items("detentions", profile, full)
