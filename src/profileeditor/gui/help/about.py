"""Help → About: the program's version and licence, and every bundled component with its
version and licence (gui/help/components.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from profileeditor import __version__
from profileeditor.gui.help.components import COMPONENTS, version_of


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Profile Editor"))
        self.resize(620, 560)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("aboutText")
        self.browser.setOpenExternalLinks(False)  # offline: nothing here reaches the network
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def html(self) -> str:
        title = self.tr("Profile Editor")
        version = self.tr("Version %1").replace("%1", __version__)
        what = self.tr(
            "Profiles of detained people, encrypted on this computer. It works offline: nothing "
            "leaves the computer unless you export or send it."
        )
        licence = self.tr("Licence: GNU General Public License, version 3 or later.")
        bundled = self.tr("Bundled components")
        heads = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        lgpl = self.tr(
            "The LGPL components (Qt, PySide6, fpdf2, python-bidi) are used as separate "
            "libraries; you may replace them with your own builds. The fonts come with their "
            "licence, OFL.txt, in the fonts folder."
        )
        # Qt's rich text lays table columns out left to right whatever the direction: in Arabic
        # the columns are given in reverse so that the component's name comes first, on the right.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        order = (lambda cells: cells[::-1]) if rtl else (lambda cells: cells)
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td dir='ltr'>{escape(cell)}</td>"
                for cell in order([c.name, version_of(c), c.licence])
            )
            + "</tr>"
            for c in COMPONENTS
        )
        head = "".join(f"<th>{escape(h)}</th>" for h in order(list(heads)))
        align = "right" if rtl else "left"
        return (
            f"<h2>{escape(title)}</h2><p>{escape(version)}</p><p>{escape(what)}</p>"
            f"<p>{escape(licence)}</p><h3>{escape(bundled)}</h3>"
            f"<table align='{align}' cellspacing='0' cellpadding='3' border='1'>"
            f"<tr>{head}</tr>{rows}</table>"
            f"<p>{escape(lgpl)}</p>"
        )
