"""The profile list: a QAbstractTableModel that fetches pages lazily from the repository.

Only the rows the view asks for are loaded (``canFetchMore``/``fetchMore``, a page at a time), so
a vault of 100,000 profiles opens to a filled first page at the cost of one count and one page.
Thumbnails are made in memory from the stored photo when a row is first painted, and kept in a
small cache that ``clear()`` empties on lock.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from profileeditor.core import photos, vocab, wording
from profileeditor.core.repository import Filters, Summary
from profileeditor.gui import i18n

PAGE_SIZE = 200
THUMBNAIL_SIZE = 40
THUMBNAIL_CACHE = 300
ATTENTION_ICON_SIZE = 18

# The invalid index that stands for the table's root (a module-level default, not a call).
_ROOT = QModelIndex()

# Column constants: the only place that knows the column order. ATTENTION came last so that a
# remembered column arrangement keeps its numbers; the view shows it beside the name.
PHOTO, NAME, STATUS, PROFESSION, DAYS, FACILITY, CASES, BEYOND, UPDATED, ATTENTION = range(10)
COLUMN_COUNT = 10

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

# Columns the repository can sort by, and its name for each.
SORT_KEYS = {NAME: "name", DAYS: "days", UPDATED: "updated"}

# Left-to-right embedding: keeps "1300/2019, 640/2020" in order inside a right-to-left view.
_LRE, _PDF = "\u202a", "\u202c"


def column_titles() -> list[str]:
    """Each column's full name (tooltips, the column menu)."""
    return [
        QCoreApplication.translate("ProfileListModel", "Photo"),
        QCoreApplication.translate("ProfileListModel", "Name"),
        QCoreApplication.translate("ProfileListModel", "Status"),
        QCoreApplication.translate("ProfileListModel", "Profession"),
        QCoreApplication.translate("ProfileListModel", "Days detained"),
        QCoreApplication.translate("ProfileListModel", "Current facility"),
        QCoreApplication.translate("ProfileListModel", "Case numbers"),
        QCoreApplication.translate("ProfileListModel", "Beyond limit"),
        QCoreApplication.translate("ProfileListModel", "Last update"),
        QCoreApplication.translate("ProfileListModel", "Needs attention"),
    ]


def header_texts() -> list[str]:
    """What the header shows: short where the column is narrow (the full name in its tooltip),
    so that no title is cut."""
    titles = column_titles()
    titles[PHOTO] = ""
    titles[DAYS] = QCoreApplication.translate("ProfileListModel", "Days")
    titles[BEYOND] = "⚠"
    titles[ATTENTION] = "!"
    return titles


class ProfileListModel(QAbstractTableModel):
    """Rows are ``Summary`` objects; ``set_search`` and ``sort`` re-query from the first page."""

    totalChanged = Signal(int)

    def __init__(self, repository=None, lang: str = "en", parent=None):
        super().__init__(parent)
        self._repository = repository
        self._lang = lang
        self._query = ""
        self._filters = Filters()
        self._sort = "name"
        self._descending = False
        self._rows: list[Summary] = []
        self._total = 0
        self._thumbnails: OrderedDict[str, QImage | None] = OrderedDict()
        self._titles = column_titles()
        self._headers = header_texts()
        self._icon: QPixmap | None = None
        if repository is not None:
            self._requery()

    # -- state ---------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many profiles match, loaded or not."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_repository(self, repository) -> None:
        self._repository = repository
        self.reload()

    def set_search(self, query: str | None = None, filters: Filters | None = None) -> None:
        if query is not None:
            self._query = query
        if filters is not None:
            self._filters = filters
        self.reload()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self._sort, self._descending = key, descending
        self.reload()

    def clear(self) -> None:
        """Forget every row, the search and the thumbnails (the vault is being locked)."""
        self.beginResetModel()
        self._repository = None
        self._rows = []
        self._total = 0
        self._query = ""
        self._filters = Filters()
        self._thumbnails.clear()
        self.endResetModel()
        self.totalChanged.emit(0)

    def reload(self, keep_loaded: bool = False) -> None:
        """Query again from the first page; ``keep_loaded`` refetches as many rows as were
        loaded, so a view scrolled far down stays where it was after an edit."""
        wanted = max(len(self._rows), PAGE_SIZE) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        self._thumbnails.clear()
        self._requery(wanted)
        self.endResetModel()
        self.totalChanged.emit(self._total)

    # Edited fields that can move a row under each sort (the updated sort moves it always).
    _SORT_FIELDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "name": ("name",),
        "days": ("detentions", "status", "cases"),
    }

    def refresh_rows(self, ids: tuple[str, ...], fields: tuple[str, ...]) -> bool:
        """Show the rows of an edit in place, if it cannot have moved them or changed what the
        list holds: every row loaded, still matching, the edit touching nothing the sort reads.
        Returns False when the list must be reloaded instead. At 100,000 profiles a reload
        re-counts and re-sorts the whole list and resets the view for every keystroke's save."""
        if self._repository is None or not ids or not fields or self._sort == "updated":
            return False
        moving = self._SORT_FIELDS.get(self._sort, ())
        if any(f == m or f.startswith(m + ".") for f in fields for m in moving):
            return False
        rows = {profile_id: self.row_of(profile_id) for profile_id in ids}
        if min(rows.values()) < 0:
            return False
        fresh = self._repository.search(
            self._query,
            self._filters,
            sort=self._sort,
            descending=self._descending,
            lang=self._lang,
            limit=len(ids),
            ids=ids,
        )
        if len(fresh) != len(ids):
            return False  # one no longer matches the search or filters
        for summary in fresh:
            row = rows[summary.id]
            self._rows[row] = summary
            self._thumbnails.pop(summary.id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def _requery(self, wanted: int = PAGE_SIZE) -> None:
        if self._repository is None:
            self._rows, self._total = [], 0
            return
        self._total = self._repository.count(self._query, self._filters)
        self._rows = self._fetch(0, wanted)

    def _fetch(self, offset: int, limit: int) -> list[Summary]:
        return self._repository.search(
            self._query,
            self._filters,
            sort=self._sort,
            descending=self._descending,
            lang=self._lang,
            limit=limit,
            offset=offset,
        )

    def row_of(self, profile_id: str) -> int:
        """The loaded row of a profile, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == profile_id:
                return row
        return -1

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    # -- lazy fetching -------------------------------------------------------------------------
    def canFetchMore(self, parent=_ROOT) -> bool:
        if parent.isValid() or self._repository is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or self._repository is None:
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        if not more:
            # The vault shrank under us (another window, a worker): stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[section]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.DecorationRole and column == PHOTO:
            return self._thumbnail(summary)
        if role == Qt.ItemDataRole.DecorationRole and column == ATTENTION:
            return self._attention_icon() if summary.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == ATTENTION:
                return " — ".join(self.warning_texts(summary)) or None
            text = self._display(summary, column)
            return text.replace("\n", " — ") if text else None
        return None

    # -- cell contents -------------------------------------------------------------------------
    def _names(self, summary: Summary) -> tuple[str, str]:
        first, second = (
            (summary.name_ar, summary.name_en)
            if self._lang == "ar"
            else (summary.name_en, summary.name_ar)
        )
        first, second = first or "", second or ""
        return (first, second) if first else (second, "")

    def _display(self, summary: Summary, column: int) -> str:
        if column == NAME:
            first, second = self._names(summary)
            # The other language's name beneath, as the issue asks.
            return f"{first}\n{second}" if second and second != first else first
        if column == STATUS:
            return vocab.label("status", summary.status, self._lang, summary.sex)
        if column == PROFESSION:
            return vocab.label("profession", summary.profession, self._lang, summary.sex)
        if column == DAYS:
            if summary.days_detained is None:
                return ""
            # As core/wording.py writes a count everywhere else (the editor's facts and header,
            # the dossiers): "2,361" in English, "2361" or "٢٣٦١" in Arabic, the digits the
            # vault asks for. Only the text: the list sorts by the number (the repository).
            days = wording.number(summary.days_detained, self._lang, i18n.arabic_digits())
            return f"~{days}" if summary.approximate else days
        if column == FACILITY:
            if self._lang == "ar":
                return summary.facility_ar or summary.facility_en or ""
            return summary.facility_en or summary.facility_ar or ""
        if column == CASES:
            return f"{_LRE}{summary.case_numbers}{_PDF}" if summary.case_numbers else ""
        if column == BEYOND:
            return "⚠" if summary.beyond_limit else ""
        if column == UPDATED:
            return (summary.updated_at or "")[:10]
        return ""

    def warning_texts(self, summary: Summary) -> list[str]:
        """The record's contradictions in the interface language (core/wording.py words them,
        as in the editor's header)."""
        lang = "ar" if self._lang == "ar" else "en"
        return [
            wording.warning(code, lang) for code in summary.warnings if code in wording.WARNINGS
        ]

    def _attention_icon(self) -> QPixmap:
        # A small pixmap, not the icon: the view's icon size is the thumbnails', and a mark that
        # large would outshout the row it marks.
        if self._icon is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._icon = icon.pixmap(ATTENTION_ICON_SIZE, ATTENTION_ICON_SIZE)
        return self._icon

    def _tooltip(self, summary: Summary, column: int) -> str | None:
        if column == ATTENTION and summary.warnings:
            return "\n".join(self.warning_texts(summary))
        if column == BEYOND and summary.beyond_limit:
            return QCoreApplication.translate(
                "ProfileListModel", "Pretrial detention beyond the legal limit"
            )
        if column == DAYS and summary.approximate:
            return QCoreApplication.translate(
                "ProfileListModel", "Approximate: some dates are known only to the month or year"
            )
        if column == NAME:
            return self._display(summary, NAME).replace("\n", " — ")
        return None

    def _thumbnail(self, summary: Summary) -> QImage | None:
        if not summary.has_photo or self._repository is None:
            return None
        if summary.id in self._thumbnails:
            self._thumbnails.move_to_end(summary.id)
            return self._thumbnails[summary.id]
        image = None
        data = self._repository.photo(summary.id)
        if data:
            try:
                small = photos.thumbnail(data, THUMBNAIL_SIZE)
            except photos.PhotoError:
                small = None
            if small:
                image = QImage()
                if not image.loadFromData(small):
                    image = None
        self._thumbnails[summary.id] = image
        while len(self._thumbnails) > THUMBNAIL_CACHE:
            self._thumbnails.popitem(last=False)
        return image
