"""The cards' size, template and variant in the export dialog (issue 14 item 4): the same
choices as the command line's ``--card-size``, ``--card-template`` and ``--card-variant``,
from export/dispatch.py. A widget of its own, so that the export dialog only places it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from profileeditor.export.dispatch import CARD_SIZES, CARD_TEMPLATES, CARD_VARIANTS


def choice_names() -> dict[str, str]:
    """Each choice's name in the interface language (the agenda's card menu shows them too)."""

    # QCoreApplication.translate spelled out with its context, so that pyside6-lupdate finds it.
    return {
        "portrait": QCoreApplication.translate("CardChoices", "Portrait 1080×1350"),
        "square": QCoreApplication.translate("CardChoices", "Square 1080×1080"),
        "link": QCoreApplication.translate("CardChoices", "Link preview 1200×675 (X/Twitter)"),
        "photo": QCoreApplication.translate("CardChoices", "Photo first"),
        "figure": QCoreApplication.translate("CardChoices", "Figure first"),
        "days": QCoreApplication.translate("CardChoices", "Days in detention"),
        "years": QCoreApplication.translate("CardChoices", "Years in detention"),
    }


class CardChoices(QWidget):
    """Three boxes in a row; ``options()`` gives ``export_from_vault``'s card keywords."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardChoices")
        self.label = QLabel(self.tr("Card:"), parent)
        names = choice_names()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for key, choices in (
            ("size", CARD_SIZES),
            ("template", CARD_TEMPLATES),
            ("variant", CARD_VARIANTS),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"card_{key}")
            for choice in choices:
                combo.addItem(names[choice], choice)
            self.combos[key] = combo
            row.addWidget(combo)

    def options(self) -> dict[str, str]:
        return {f"card_{key}": combo.currentData() for key, combo in self.combos.items()}

    def choose(self, **chosen: str) -> None:
        """Pick choices by key (``size="link"``), as the tests and a remembered setting do."""
        for key, value in chosen.items():
            combo = self.combos[key]
            combo.setCurrentIndex(combo.findData(value))

    def show_for(self, fmt: str) -> None:
        self.setVisible(fmt == "card")
        self.label.setVisible(fmt == "card")
