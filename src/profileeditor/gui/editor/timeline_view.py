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
YEAR_SIZE = 12
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
    def label_rect(self, marker: tl_mod.Marker) -> QRectF:
        """Where a marker's label is painted: inside its layout box, on its row."""
        left, right = marker.box
        baseline = 126 + marker.row * tl_mod.ROW
        return QRectF(left, baseline - tl_mod.LABEL_SIZE - 2, right - left, tl_mod.ROW)

    def paintEvent(self, event) -> None:
        tl = self.timeline
        if tl is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rtl = tl.lang == "ar"
        m = tl_mod.MARGIN
        p.setPen(QPen(QColor("#d5d0c8"), 1))
        p.drawLine(QPointF(m, 24), QPointF(tl.width - m, 24))
        grey = QColor("#4a5360")
        for x, year in tl.years:
            p.setPen(QPen(grey, 1))
            p.drawLine(QPointF(x, 18), QPointF(x, 30))
            p.setFont(self.font_for(year, YEAR_SIZE))
            p.drawText(QRectF(x - 30, 0, 60, 16), Qt.AlignmentFlag.AlignCenter, year)
        for span in tl.spans:
            y = tl_mod.LANES[span.lane]
            left, right = sorted((span.start, span.end))
            height = 10 if span.lane == "disappearance" else 16
            p.fillRect(QRectF(left, y, max(2.0, right - left), height), QColor(span.color))
        p.setPen(QPen(QColor(tl_mod.COLORS["session"]), 1))
        for tick in tl.ticks:
            p.drawLine(QPointF(tick, 100), QPointF(tick, 108))
        p.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # Leader lines first, labels over them on the ground colour: a line running down to a
        # lower row never crosses a label's letters.
        for marker in tl.markers:
            p.setPen(QPen(QColor(marker.color), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(marker.x, 30), QPointF(marker.x, self.label_rect(marker).top()))
        ground = self.palette().window()
        for marker in tl.markers:
            rect = self.label_rect(marker)
            p.fillRect(rect, ground)
            p.setPen(QColor(marker.color))
            p.setFont(self.font_for(marker.text, tl_mod.LABEL_SIZE))
            # The label starts at the box's reading-side edge, as in the SVG (2 px in).
            inner = rect.adjusted(2, 0, -2, 0)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            )
            p.drawText(inner, int(align | Qt.AlignmentFlag.AlignAbsolute), marker.text)
        p.end()
