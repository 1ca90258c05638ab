"""Duplicates (issue 5 item 2): find likely duplicate pairs on a worker, show a pair side by side
with a choice per differing field, merge (the kept profile's history records every change, the
other goes to the trash) or remember "not duplicates".

Finding, comparing and merging are core.duplicates'; ``DuplicatesController`` drives them and
``DuplicatesDialog`` is the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.duplicates import (
    DuplicatePair,
    differing_fields,
    find_duplicates,
    mark_not_duplicates,
    merge_profiles,
)
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.models.data_tables import PairsModel, field_label, show_field_value

FIRST, SECOND = "first", "second"


def _name(profile: dict) -> str:
    name = profile.get("name") or {}
    return " / ".join(v for v in (name.get("ar"), name.get("en")) if v) or profile["id"]


class DuplicatesDialog(QDialog):
    """The layout: the pairs on one side; the chosen pair's differing fields on the other."""

    FIELD, FIRST_VALUE, SECOND_VALUE = range(3)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(1200, 680)

        self.find_button = QPushButton(self.tr("Find duplicates"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.status_label, 1)

        self.pairs_model = PairsModel(self)
        self.pairs_view = QTableView(self)
        self.pairs_view.setObjectName("pairsTable")
        self.pairs_view.setModel(self.pairs_model)
        self.pairs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_view.verticalHeader().hide()
        self.pairs_view.setWordWrap(True)
        pairs_header = self.pairs_view.horizontalHeader()
        pairs_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pairs_header.setSectionResizeMode(PairsModel.REASONS, QHeaderView.ResizeMode.Stretch)

        compare = QWidget(self)
        self.first_caption = QLabel(self.tr("Kept"), compare)
        self.second_caption = QLabel(self.tr("Goes to the trash after merging"), compare)
        self.first_name = QLabel(compare)
        self.second_name = QLabel(compare)
        for label in (self.first_name, self.second_name):
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.swap_button = QPushButton(self.tr("Swap"), compare)
        self.swap_button.setToolTip(self.tr("Keep the other profile instead"))
        names = QGridLayout()
        names.addWidget(self.first_caption, 0, 0)
        names.addWidget(self.second_caption, 0, 2)
        names.addWidget(self.first_name, 1, 0)
        names.addWidget(self.swap_button, 1, 1)
        names.addWidget(self.second_name, 1, 2)
        names.setColumnStretch(0, 1)
        names.setColumnStretch(2, 1)
        self.fields_hint = QLabel(
            self.tr(
                "Choose, for each field both profiles fill differently, the value to keep. "
                "A field only one of them fills is kept; names that are not kept become aliases."
            ),
            compare,
        )
        self.fields_hint.setWordWrap(True)
        self.fields_table = QTableWidget(0, 3, compare)
        self.fields_table.setObjectName("fieldsTable")
        self.fields_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kept profile"), self.tr("Other profile")]
        )
        self.fields_table.verticalHeader().hide()
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        fields_header = self.fields_table.horizontalHeader()
        fields_header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        fields_header.setSectionResizeMode(self.FIRST_VALUE, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(self.SECOND_VALUE, QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge"), compare)
        self.merge_button.setObjectName("mergeButton")
        self.not_duplicates_button = QPushButton(self.tr("Not duplicates"), compare)
        self.not_duplicates_button.setObjectName("notDuplicatesButton")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.not_duplicates_button)
        actions.addWidget(self.merge_button)
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.addLayout(names)
        compare_layout.addWidget(self.fields_hint)
        compare_layout.addWidget(self.fields_table, 1)
        compare_layout.addLayout(actions)
        self.compare = compare

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.pairs_view)
        self.splitter.addWidget(compare)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.groups: dict[str, QButtonGroup] = {}
        self.show_pair(None, None, {})

    def show_pair(self, first: dict | None, second: dict | None, differing: dict) -> None:
        """Fill the side-by-side view; each field both fill differently gets two choices."""
        self.compare.setEnabled(first is not None)
        self.first_name.setText(_name(first) if first else "")
        self.second_name.setText(_name(second) if second else "")
        table = self.fields_table
        table.setRowCount(0)
        self.groups = {}
        table.setRowCount(len(differing))
        for row, (path, (mine, theirs)) in enumerate(differing.items()):
            label = QTableWidgetItem(field_label(path))
            label.setToolTip(path)
            table.setItem(row, self.FIELD, label)
            if mine is None or theirs is None:
                for column, value in ((self.FIRST_VALUE, mine), (self.SECOND_VALUE, theirs)):
                    text = show_field_value(path, value)
                    if value is not None:
                        text += "  " + self.tr("(kept)")
                    item = QTableWidgetItem(text)
                    item.setToolTip(show_field_value(path, value))
                    table.setItem(row, column, item)
                continue
            group = QButtonGroup(table)
            # An empty value on the kept side ("" or []) would win by default: offer the other.
            default = SECOND if mine in ("", [], {}) else FIRST
            for column, value, which in (
                (self.FIRST_VALUE, mine, FIRST),
                (self.SECOND_VALUE, theirs, SECOND),
            ):
                button = QRadioButton(show_field_value(path, value), table)
                button.setToolTip(show_field_value(path, value))
                button.setProperty("choice", which)
                button.setChecked(which == default)
                group.addButton(button)
                table.setCellWidget(row, column, button)
            self.groups[path] = group
        table.resizeRowsToContents()


class DuplicatesController(QObject):
    """Finds pairs on a worker; merges and marks on the GUI thread's repository."""

    changed = Signal(str, str)  # (kept id, trashed id) after a merge

    def __init__(self, vault, view: DuplicatesDialog):
        super().__init__(view)
        self.vault = vault
        self.view = view
        self.job: workers.Job | None = None
        self.pair: DuplicatePair | None = None
        self.first_id: str | None = None
        self.second_id: str | None = None
        self.differing: dict[str, tuple] = {}
        view.find_button.clicked.connect(lambda: self.find())
        view.pairs_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.select_pair(current.row())
        )
        view.swap_button.clicked.connect(self.swap)
        view.merge_button.clicked.connect(self.merge)
        view.not_duplicates_button.clicked.connect(self.not_duplicates)

    @property
    def repository(self):
        return self.vault.repository

    def find(self, among: list[str] | None = None) -> workers.Job:
        """Look for pairs (``among``: only pairs with one of these ids) on a worker."""
        looking = self.tr("Looking for duplicates…")

        def work(context):
            def progress(done: int, total: int) -> None:
                context.check()
                context.progress(done, total, looking)

            return find_duplicates(context.repository, among=among, progress=progress)

        self.view.status_label.setText(looking)
        self.job = workers.run_job(
            work,
            parent=self.view,
            vault=self.vault,
            label=looking,
            on_done=self._found,
            on_error=self._failed,
        )
        return self.job

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.view.pairs_model.set_items(pairs)
        self._say_count()
        self._select_first()

    def _select_first(self) -> None:
        model = self.view.pairs_model
        if not model.rowCount():
            self.select_pair(-1)
            return
        self.view.pairs_view.selectionModel().setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if self.pair is not model.item(0):
            self.select_pair(0)

    def _say_count(self) -> None:
        count = self.view.pairs_model.rowCount()
        self.view.status_label.setText(
            self.tr("%Ln likely duplicate pair(s).", "", count)
            if count
            else self.tr("No likely duplicates found.")
        )

    def _failed(self, error: BaseException) -> None:
        self.view.status_label.clear()
        if not isinstance(error, workers.Cancelled):
            dialog_service.service().error(
                self.view, self.tr("Duplicates"), messages.error_text(error)
            )

    # -- one pair ------------------------------------------------------------------------------
    def select_pair(self, row: int) -> None:
        model = self.view.pairs_model
        if not 0 <= row < model.rowCount():
            self.pair = self.first_id = self.second_id = None
            self.differing = {}
            self.view.show_pair(None, None, {})
            return
        self.pair = model.item(row)
        self.first_id, self.second_id = self.pair.a, self.pair.b
        self._show()

    def swap(self) -> None:
        if self.pair is None:
            return
        self.first_id, self.second_id = self.second_id, self.first_id
        self._show()

    def _show(self) -> None:
        first = self.repository.get_profile(self.first_id, with_data=False)
        second = self.repository.get_profile(self.second_id, with_data=False)
        self.differing = differing_fields(first, second)
        self.view.show_pair(first, second, self.differing)

    def choose(self, path: str, which: str) -> None:
        """Pick the value of one field ("first": the kept profile's, "second": the other's)."""
        for button in self.view.groups[path].buttons():
            if button.property("choice") == which:
                button.setChecked(True)

    def choices(self) -> dict[str, str]:
        """merge_profiles' choices: the fields where the other profile's value was chosen."""
        out = {}
        for path, group in self.view.groups.items():
            checked = group.checkedButton()
            if checked is not None and checked.property("choice") == SECOND:
                out[path] = "other"
        return out

    def merge(self) -> dict | None:
        if self.pair is None or self.first_id is None or self.second_id is None:
            return None
        kept, other = self.first_id, self.second_id
        try:
            merged = merge_profiles(self.repository, kept, other, self.choices())
        except Exception as exc:  # a vault error: say it, keep the dialog usable
            dialog_service.service().error(self.view, self.tr("Merge"), messages.error_text(exc))
            return None
        self.view.pairs_model.remove_where(lambda p: other in (p.a, p.b))
        self._refresh_names(kept, merged)
        self.changed.emit(kept, other)
        self._after_change()
        return merged

    def _refresh_names(self, profile_id: str, profile: dict) -> None:
        name = profile.get("name") or {}
        shown = name.get("ar") or name.get("en") or ""
        for pair in self.view.pairs_model.items():
            if pair.a == profile_id:
                pair.name_a = shown
            if pair.b == profile_id:
                pair.name_b = shown

    def not_duplicates(self) -> None:
        if self.pair is None:
            return
        pair = self.pair
        mark_not_duplicates(self.repository, pair.a, pair.b)
        self.view.pairs_model.remove_where(lambda p: p is pair)
        self._after_change()

    def _after_change(self) -> None:
        self.view.pairs_model.set_items(self.view.pairs_model.items())  # names may have changed
        self._say_count()
        self.pair = None
        self._select_first()


def open_duplicates(parent: QWidget, vault, among: list[str] | None = None):
    """Show the duplicates dialog and start looking (``among``: after an import, the new ids)."""
    view = DuplicatesDialog(parent)
    controller = DuplicatesController(vault, view)
    view.open()
    controller.find(among)
    return controller
