"""The Sources tab: where each piece of information comes from, and how far it may travel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from profileeditor.core import vocab
from profileeditor.core.levels import source_level
from profileeditor.gui.editor.fields import ComboField, ui_lang
from profileeditor.gui.editor.form import level_text
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.records import RecordList
from profileeditor.gui.editor.rows import add_rows


def level_options() -> list[tuple[str, str]]:
    return [(level, level_text(level)) for level in ("public", "partner", "internal")]


class SourcesTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sources = RecordList(
            "sources",
            [self.tr("Title"), self.tr("Kind"), self.tr("Date"), self.tr("Level")],
            lambda item: [
                item.get("title", ""),
                vocab.label("source_kind", item.get("kind"), ui_lang()),
                item.get("date", ""),
                level_text(source_level(item)),
            ],
            add_text=self.tr("Add source"),
        )
        # The rows come from the field catalogue (gui/editor/rows.py); the reliability choice is
        # core/vocab.py's.
        made = add_rows(
            self.sources.form,
            "sources",
            supplied={
                "sources.reliability": lambda e, rel: ComboField(
                    rel,
                    e.path,
                    # A schema enum: core/vocab.py's labels, in the interface language.
                    [
                        (code, vocab.label("reliability", code, ui_lang()))
                        for code in vocab.SCHEMA_ENUMS["reliability"]
                    ],
                )
            },
        )
        url = made["sources.url"]
        url.edit.setLayoutDirection(Qt.LeftToRight)  # addresses read left to right
        self.sources.edited.connect(self.edited)
        self.sources.levelRequested.connect(self.levelRequested)
        body = QWidget(self)
        QVBoxLayout(body).addWidget(self.sources)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

    def refresh(self, profile: dict, full: bool) -> None:
        self.sources.show_items("sources", profile, full)
