"""The profile list's table view: row layout for a thumbnail and two-line names, sorting by the
header, several rows selectable (Ctrl/Shift-click, for exports); the current row is the one the
editor shows. Lazy fetching is the model's (the view asks as it scrolls).

Columns can be hidden (the header's context menu), moved and resized; ``column_state`` is the
arrangement as plain numbers for the settings file (never a name or any other cell text). The
name column takes the width left over, so the table never needs a horizontal scroll bar at the
default columns: a right-to-left list once cut the days figure "2620" to "620".
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from profileeditor.gui.models import profile_list as cols
from profileeditor.gui.views.own_direction import OwnDirectionDelegate

ROW_HEIGHT = 46
# Shown unless the user chose otherwise; the rest are one right-click on the header away.
DEFAULT_HIDDEN = (cols.PROFESSION, cols.FACILITY, cols.CASES, cols.UPDATED)
# Columns that can never be hidden (the list would say nothing).
ALWAYS_SHOWN = (cols.NAME,)


class ProfileTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSortingEnabled(True)
        self.setIconSize(QSize(cols.THUMBNAIL_SIZE, cols.THUMBNAIL_SIZE))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(cols.NAME, Qt.SortOrder.AscendingOrder)

        self.setItemDelegateForColumn(cols.NAME, OwnDirectionDelegate(self))
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(28)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(lambda *_a: self.columnsChanged.emit())
        header.sectionResized.connect(self._section_resized)

    columnsChanged = Signal()

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for column, width in self.default_widths().items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(cols.PHOTO, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(cols.BEYOND, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(cols.ATTENTION, QHeaderView.ResizeMode.Fixed)
        # The contradiction mark sits right after the name it is about.
        header.moveSection(header.visualIndex(cols.ATTENTION), header.visualIndex(cols.NAME) + 1)
        header.setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        for column in DEFAULT_HIDDEN:
            header.hideSection(column)

    def default_widths(self) -> dict[int, int]:
        """Widths that show their contents whole: the days column fits a five-digit figure
        grouped ("~12,345") with its "~" and its title, whatever the language and font."""
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        titles = cols.header_texts()
        pad = 24  # cell margins and the sort arrow

        def fit(column: int, sample: str, least: int) -> int:
            text = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance("0") * 3)
            title = header_metrics.horizontalAdvance(titles[column])
            return max(least, text + pad, title + pad)

        return {
            cols.PHOTO: cols.THUMBNAIL_SIZE + 8,
            cols.STATUS: fit(cols.STATUS, "Serving a sentence", 110),
            cols.PROFESSION: 130,
            cols.DAYS: fit(cols.DAYS, "~00,000", 60),
            cols.FACILITY: 150,
            cols.CASES: 120,
            cols.BEYOND: 32,  # one mark each: what is left goes to the names
            cols.ATTENTION: 30,
            cols.UPDATED: fit(cols.UPDATED, "0000-00-00", 80),
        }

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != cols.NAME:  # the name column follows the window, not the user
            self.columnsChanged.emit()

    # -- choosing columns ----------------------------------------------------------------------
    def set_column_shown(self, column: int, shown: bool) -> None:
        if column in ALWAYS_SHOWN:
            return
        self.horizontalHeader().setSectionHidden(column, not shown)
        self.columnsChanged.emit()

    def column_menu(self) -> QMenu:
        """One checkable entry per column (the header's context menu)."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        header = self.horizontalHeader()
        for column, title in enumerate(cols.column_titles()):
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in ALWAYS_SHOWN)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
            menu.addAction(action)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    # -- remembering ---------------------------------------------------------------------------
    def column_state(self) -> str:
        """ "order;hidden;widths" as numbers only, e.g. "0,1,2,4,3,5,6,7,8;3,6,8;48,0,130,…"."""
        header = self.horizontalHeader()
        count = header.count()
        order = [header.logicalIndex(visual) for visual in range(count)]
        hidden = [c for c in range(count) if header.isSectionHidden(c)]
        widths = [header.sectionSize(c) if c != cols.NAME else 0 for c in range(count)]
        return ";".join(",".join(str(n) for n in part) for part in (order, hidden, widths))

    def restore_column_state(self, state: str) -> bool:
        """Apply a ``column_state``; anything malformed is ignored (defaults stay)."""
        header = self.horizontalHeader()
        count = header.count()
        try:
            order_text, hidden_text, widths_text = state.split(";")
            order = [int(n) for n in order_text.split(",") if n]
            hidden = {int(n) for n in hidden_text.split(",") if n}
            widths = [int(n) for n in widths_text.split(",") if n]
        except ValueError:
            return False
        if len(order) == count - 1 and cols.ATTENTION not in order and len(widths) == count - 1:
            # Saved before the attention column existed: keep the user's choice, mark beside name.
            order.insert(order.index(cols.NAME) + 1 if cols.NAME in order else 0, cols.ATTENTION)
            widths.append(0)
        if sorted(order) != list(range(count)) or len(widths) != count:
            return False
        if not hidden <= set(range(count)) - set(ALWAYS_SHOWN):
            return False
        blocked = self.blockSignals(True)
        try:
            for visual, logical in enumerate(order):
                header.moveSection(header.visualIndex(logical), visual)
            for column in range(count):
                header.setSectionHidden(column, column in hidden)
                fixed = (cols.NAME, cols.PHOTO, cols.BEYOND, cols.ATTENTION)
                if column not in fixed and widths[column] > 0:
                    header.resizeSection(column, max(widths[column], header.minimumSectionSize()))
        finally:
            self.blockSignals(blocked)
        return True
