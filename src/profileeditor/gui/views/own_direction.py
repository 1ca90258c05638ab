"""Cells whose lines read each in its own direction, whatever the window's.

Left to Qt, a cell takes the window's direction as a whole: in an Arabic window a Latin name cut
short showed as "-…Youssef Ibrahim El" (the hyphen and the ellipsis, having no direction of their
own, went to the left), a backup's "2026-12-02 12:47:03 UTC" as "UTC 12:47:03 2026-12-02" and its
size "336.78 KiB" as "KiB 336.78"; in an English window an Arabic name's ellipsis went to the
right. A line with Arabic letters reads right to left, any other left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from profileeditor.core.arabic import has_arabic


class OwnDirectionDelegate(QStyledItemDelegate):
    """Paints a cell a line at a time, each line in its own direction and cut short at its own
    end; the model's text (read by tests, accessibility, copying) is left as it is."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text = opt.text
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        opt.text = ""  # the background, selection and focus as Qt draws them; the text here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        # QCommonStyle's own text margins, so the text sits where Qt would put it.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect.adjust(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(opt.font)
        lines = text.replace("\u2028", "\n").split("\n")  # Qt's line separator for "\n"
        height = metrics.lineSpacing()
        top = rect.top() + (rect.height() - height * len(lines)) / 2
        # Where the cell asks (the start unless the model says otherwise), mirrored in Arabic as
        # Qt mirrors it.
        side = QStyle.visualAlignment(opt.direction, opt.displayAlignment) & (
            Qt.AlignmentFlag.AlignHorizontal_Mask
        )
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        for number, line in enumerate(lines):
            layout = QTextOption(side | Qt.AlignAbsolute | Qt.AlignVCenter)  # type: ignore[operator]
            layout.setWrapMode(QTextOption.WrapMode.NoWrap)
            layout.setTextDirection(
                Qt.LayoutDirection.RightToLeft
                if has_arabic(line)
                else Qt.LayoutDirection.LeftToRight
            )
            cut = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(rect.width(), 1))
            box = QRectF(rect.left(), top + number * height, rect.width(), height)
            painter.drawText(box, cut, layout)
        painter.restore()
