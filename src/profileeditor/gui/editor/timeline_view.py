"""The person's timeline in the editor's Facts tab (issue 14 item 2): export/timeline.py's layout
— the picture the website and the dossiers draw — painted with QPainter.

The layout measures each label with this widget's own fonts (``measure``), so the boxes it sets
apart are the ones painted; it is laid out again at the widget's width when the profile or the
width changes. Time runs right to left in Arabic (the layout's), and Arabic labels are painted
with a right-to-left paragraph direction so that dates inside them read in order.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from profileeditor.export import timeline as tl_mod

MIN_WIDTH = 320
_ARABIC = ("Noto Naskh Arabic", "Noto Sans")
_LATIN = ("Noto Sans", "Noto Naskh Arabic")


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


class TimelineView(QWidget):
    """Paints ``timeline`` (an export.timeline.Timeline) or nothing when the record has no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        # The heading the Facts tab shows above the picture; hidden with it.
        self.heading = QLabel(self.tr("Timeline"), parent)
        self.heading.setObjectName("timelineHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.hide()
        self.setAccessibleName(self.tr("Timeline"))
        self.setToolTip(
            self.tr(
                "The timeline of the record: arrest, detention places, cases, sessions, events "
                "and release."
            )
        )
        # Set before any size is: setting one may resize the view at once (resizeEvent).
        self.timeline: tl_mod.Timeline | None = None
        self.today: date | None = None  # tests fix the day; None is today
        self._profile: dict | None = None
        self._lang = "en"
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_WIDTH)
        self.setFixedHeight(0)

    # -- fonts: the same for measuring and painting -------------------------------------------
    def font_for(self, text: str, size: int) -> QFont:
        key = (size, _arabic(text))
        if key not in self._fonts:
            font = QFont()
            font.setFamilies(list(_ARABIC if key[1] else _LATIN))
            font.setPixelSize(size)
            self._fonts[key] = font
        return self._fonts[key]

    def measure(self, text: str, size: int) -> float:
        return QFontMetricsF(self.font_for(text, size)).horizontalAdvance(text)

    # -- data ----------------------------------------------------------------------------------
    def show_profile(self, profile: dict | None, lang: str) -> None:
        self._profile = profile
        self._lang = lang
        self._relayout()

    def clear(self) -> None:
        self.show_profile(None, self._lang)

    def _relayout(self) -> None:
        width = max(MIN_WIDTH, self.width())
        self.timeline = (
            tl_mod.layout(
                self._profile, self._lang, self.today or date.today(), self.measure, width
            )
            if self._profile
            else None
        )
        self.setFixedHeight(self.timeline.height if self.timeline else 0)
        self.heading.setVisible(self.timeline is not None)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # getattr: an editor page left for deletion after a change of language may still be
        # resized through a wrapper that never ran __init__ (its first one is gone).
        timeline = getattr(self, "timeline", None)
        if timeline is not None and event.size().width() != event.oldSize().width():
            self._relayout()

    # -- painting ------------------------------------------------------------------------------
    def label_rect(self, label: tl_mod.Label) -> QRectF:
        """The ground painted under a label: its row's height, over its width, so that the
        dashed leaders running down to lower rows never cross its letters."""
        top = label.baseline - label.size - tl_mod.LEADER_CLEARANCE
        return QRectF(label.left, top, label.right - label.left, tl_mod.ROW)

    def paintEvent(self, event) -> None:
        """Draws ``Timeline.shapes`` back to front, as every other renderer does; the GUI adds
        only the window's ground under each marker's label."""
        tl = self.timeline
        if tl is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # Arabic labels read right to left, so that the dates inside them read in order.
        p.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if tl.lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        ground = self.palette().window()
        for shape in tl.shapes:
            if isinstance(shape, tl_mod.Line):
                style = Qt.PenStyle.DashLine if shape.dashed else Qt.PenStyle.SolidLine
                p.setPen(QPen(QColor(shape.color), 1, style))
                p.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
            elif isinstance(shape, tl_mod.Box):
                rect = QRectF(shape.left, shape.top, shape.width, shape.height)
                p.fillRect(rect, QColor(shape.color))
            else:
                if shape.size == tl_mod.LABEL_SIZE:  # a marker's label, not a year
                    p.fillRect(self.label_rect(shape), ground)
                font = self.font_for(shape.text, shape.size)
                p.setFont(font)
                p.setPen(QColor(shape.color))
                # A rect whose top is one ascent above the baseline puts the text on it.
                top = shape.baseline - QFontMetricsF(font).ascent()
                rect = QRectF(shape.left, top, shape.right - shape.left, tl_mod.ROW)
                p.drawText(
                    rect, int(_ALIGN[shape.align] | Qt.AlignmentFlag.AlignAbsolute), shape.text
                )
        p.end()


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
    "center": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
}
