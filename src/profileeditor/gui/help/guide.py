"""Help → User guide: the guide shipped with the program (resources/guide/guide_<lang>.md),
shown offline in a QTextBrowser, in the interface language with a button for the other one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from profileeditor.resources import resource

GUIDE_LANGUAGES = ("en", "ar")
# The button names the other language in that language: a reader of it finds it.
OTHER_LANGUAGE_BUTTON = {"en": "العربية", "ar": "English"}


def guide_text(lang: str) -> str:
    return resource("guide", f"guide_{lang}.md").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("guideOtherLanguage")
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(lambda: self.show_language(self._other()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.lang = ""
        self.show_language(lang if lang in GUIDE_LANGUAGES else "en")

    def _other(self) -> str:
        return "en" if self.lang == "ar" else "ar"

    def show_language(self, lang: str) -> None:
        self.lang = lang
        direction = (
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.browser.setLayoutDirection(direction)
        option = self.browser.document().defaultTextOption()
        option.setTextDirection(direction)
        self.browser.document().setDefaultTextOption(option)
        self.browser.setMarkdown(guide_text(lang))
        self.other_button.setText(OTHER_LANGUAGE_BUTTON[lang])
