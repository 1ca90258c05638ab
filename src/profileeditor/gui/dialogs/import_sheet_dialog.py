"""Spreadsheet import (issue 5 item 1): choose a .csv/.xlsx, check the column mapping, preview
the plan (counts and every row's problem), then import on a worker with progress and Cancel.

A file with errors imports nothing unless the user ticks "import the good rows only". The
reading, planning and storing are importers.spreadsheet's; ``ImportSheetController`` drives
them through workers and the view; ``ImportSheetDialog`` is the layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.models.data_tables import ProblemsModel
from profileeditor.importers.mapping import TARGETS_BY_KEY, Mapping, MappingError, suggest
from profileeditor.importers.sheets import Sheet, read_sheet
from profileeditor.importers.values import cell_text

SHEET_FILTER = "*.csv *.xlsx *.xlsm *.tsv *.txt"
MAPPING_FILTER = "*.json"


def field_choices(arabic: bool) -> list[tuple[str, str]]:
    """(label, key) for every field a column can fill, in the importer's order."""
    return [(t.label_ar if arabic else t.label_en, key) for key, t in TARGETS_BY_KEY.items()]


def example_values(sheet: Sheet, limit: int = 3) -> list[str]:
    """The first few non-empty values of each column (shown beside the mapping)."""
    out = []
    for index in range(len(sheet.headers)):
        seen: list[str] = []
        for _row, cells in sheet.rows:
            text = cell_text(cells[index]) if index < len(cells) else ""
            if text and text not in seen:
                seen.append(text)
            if len(seen) >= limit:
                break
        out.append(" · ".join(seen))
    return out


class ImportSheetDialog(QDialog):
    """The layout: page 1 the file and its column mapping, page 2 the preview."""

    MAPPING_PAGE, PREVIEW_PAGE = range(2)
    HEADER, EXAMPLE, FIELD = range(3)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importSheetDialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(900, 620)

        # -- page 1: file and mapping ----------------------------------------------------------
        mapping_page = QWidget(self)
        self.file_label = QLabel(mapping_page)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose a file…"), mapping_page)
        self.mapping_hint = QLabel(
            self.tr(
                "Each column of the sheet fills the field chosen beside it. The suggestions come "
                "from the headers; correct them, or choose “Ignore” for a column to leave out."
            ),
            mapping_page,
        )
        self.mapping_hint.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3, mapping_page)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("Examples"), self.tr("Field")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.load_mapping_button = QPushButton(self.tr("Load a mapping…"), mapping_page)
        self.save_mapping_button = QPushButton(self.tr("Save the mapping…"), mapping_page)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        mapping_buttons = QHBoxLayout()
        mapping_buttons.addWidget(self.load_mapping_button)
        mapping_buttons.addWidget(self.save_mapping_button)
        mapping_buttons.addStretch(1)
        page1 = QVBoxLayout(mapping_page)
        page1.addLayout(file_row)
        page1.addWidget(self.mapping_hint)
        page1.addWidget(self.mapping_table, 1)
        page1.addLayout(mapping_buttons)

        # -- page 2: preview -------------------------------------------------------------------
        preview_page = QWidget(self)
        self.summary_label = QLabel(preview_page)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.counts_label = QLabel(preview_page)
        self.counts_label.setObjectName("importCounts")
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(preview_page)
        self.problems_view.setObjectName("problemsTable")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().hide()
        problems_header = self.problems_view.horizontalHeader()
        problems_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.no_problems_label = QLabel(self.tr("No problems found."), preview_page)
        self.good_rows_check = QCheckBox(preview_page)
        self.good_rows_check.setObjectName("goodRowsOnly")
        self.refusal_label = QLabel(preview_page)
        self.refusal_label.setWordWrap(True)
        page2 = QVBoxLayout(preview_page)
        page2.addWidget(self.counts_label)
        page2.addWidget(self.summary_label)
        page2.addWidget(self.problems_view, 1)
        page2.addWidget(self.no_problems_label)
        page2.addWidget(self.refusal_label)
        page2.addWidget(self.good_rows_check)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(mapping_page)
        self.pages.addWidget(preview_page)

        # -- buttons ---------------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("Back"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.show_page(self.MAPPING_PAGE)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == self.PREVIEW_PAGE)
        self.preview_button.setVisible(page == self.MAPPING_PAGE)
        self.import_button.setVisible(page == self.PREVIEW_PAGE)

    def set_mapping_rows(
        self, headers: list[str], examples: list[str], chosen: list[str | None]
    ) -> None:
        arabic = QLocale().language() == QLocale.Language.Arabic
        choices = field_choices(arabic)
        table = self.mapping_table
        table.setRowCount(0)
        rows = [(h, e, c) for h, e, c in zip(headers, examples, chosen, strict=True) if h]
        table.setRowCount(len(rows))
        for row, (header, example, key) in enumerate(rows):
            table.setItem(row, self.HEADER, QTableWidgetItem(header))
            example_item = QTableWidgetItem(example)
            example_item.setToolTip(example)
            table.setItem(row, self.EXAMPLE, example_item)
            combo = QComboBox(table)
            combo.addItem(self.tr("Ignore"), None)
            for label, choice in choices:
                combo.addItem(label, choice)
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
            table.setCellWidget(row, self.FIELD, combo)

    def mapping_combo(self, header: str) -> QComboBox | None:
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, self.HEADER).text() == header:
                widget = self.mapping_table.cellWidget(row, self.FIELD)
                return widget if isinstance(widget, QComboBox) else None
        return None

    def chosen_columns(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for row in range(self.mapping_table.rowCount()):
            header = self.mapping_table.item(row, self.HEADER).text()
            combo = self.mapping_table.cellWidget(row, self.FIELD)
            out[header] = combo.currentData() if isinstance(combo, QComboBox) else None
        return out


class ImportSheetController(QObject):
    """Reads the sheet, plans and stores the import on workers; says what happened."""

    imported = Signal(object)  # ImportResult: the main window refreshes its list
    duplicatesRequested = Signal(list)  # ids of the new profiles to check for duplicates

    def __init__(self, vault, view: ImportSheetDialog):
        super().__init__(view)
        self.vault = vault
        self.view = view
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.values: dict[str, dict[str, str]] = {}  # a loaded mapping's value overrides
        self.plan = None
        self.result = None
        self.job: workers.Job | None = None
        view.choose_button.clicked.connect(self.choose_file)
        view.load_mapping_button.clicked.connect(self.load_mapping)
        view.save_mapping_button.clicked.connect(self.save_mapping)
        view.preview_button.clicked.connect(self.preview)
        view.back_button.clicked.connect(lambda: view.show_page(view.MAPPING_PAGE))
        view.import_button.clicked.connect(self.start_import)
        view.good_rows_check.toggled.connect(self._update_import_button)
        self._set_sheet_ui(False)

    # -- file and mapping ----------------------------------------------------------------------
    def choose_file(self) -> workers.Job | None:
        path = dialog_service.service().open_file(
            self.view,
            self.tr("Import a spreadsheet"),
            self.tr("Spreadsheets (%1)").replace("%1", SHEET_FILTER),
        )
        return self.load(Path(path)) if path else None

    def load(self, path: Path) -> workers.Job:
        """Read the sheet on a worker and propose a mapping from its headers."""
        self.path = Path(path)
        self.view.file_label.setText(str(self.path))

        def work(_context):
            sheet = read_sheet(self.path)
            return sheet, suggest(sheet.headers, sheet.groups)

        self.job = workers.run_job(
            work,
            parent=self.view,
            label=self.tr("Reading the sheet…"),
            cancellable=False,
            on_done=self._loaded,
            on_error=lambda exc: self._failed(self.tr("The sheet cannot be read"), exc),
        )
        return self.job

    def _loaded(self, result) -> None:
        sheet, mapping = result
        self.sheet = sheet
        self.plan = None
        self._show_mapping(mapping)
        self.view.file_label.setText(
            messages.fill(self.tr("%1 — %Ln row(s)", "", len(sheet.rows)), self.path)
        )
        self._set_sheet_ui(True)
        self.view.show_page(self.view.MAPPING_PAGE)

    def _show_mapping(self, mapping: Mapping) -> None:
        assert self.sheet is not None
        self.values = dict(mapping.values)
        headers = self.sheet.headers
        self.view.set_mapping_rows(
            headers, example_values(self.sheet), [mapping.columns.get(h) for h in headers]
        )

    def _set_sheet_ui(self, loaded: bool) -> None:
        for button in (
            self.view.load_mapping_button,
            self.view.save_mapping_button,
            self.view.preview_button,
        ):
            button.setEnabled(loaded)

    def mapping(self) -> Mapping:
        return Mapping(self.view.chosen_columns(), self.values)

    def set_field(self, header: str, key: str | None) -> None:
        """Choose the field a column fills (what the user does with the combo)."""
        combo = self.view.mapping_combo(header)
        if combo is None:
            raise KeyError(header)
        combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)

    def load_mapping(self) -> bool:
        dialogs = dialog_service.service()
        path = dialogs.open_file(
            self.view,
            self.tr("Load a column mapping"),
            self.tr("Column mappings (%1)").replace("%1", MAPPING_FILTER),
        )
        if not path or self.sheet is None:
            return False
        try:
            loaded = Mapping.load(Path(path))
        except MappingError as exc:
            dialogs.error(self.view, self.tr("Load a column mapping"), messages.error_text(exc))
            return False
        self._show_mapping(loaded)
        return True

    def save_mapping(self) -> Path | None:
        dialogs = dialog_service.service()
        path = dialogs.save_file(
            self.view,
            self.tr("Save the column mapping"),
            self.tr("Column mappings (%1)").replace("%1", MAPPING_FILTER),
        )
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
        try:
            return self.mapping().save(target)
        except OSError as exc:
            dialogs.error(self.view, self.tr("Save the column mapping"), messages.error_text(exc))
            return None

    # -- preview -------------------------------------------------------------------------------
    def preview(self) -> workers.Job | None:
        """Plan the import (a dry run) on a worker; the preview page shows the result."""
        if self.sheet is None:
            return None
        from profileeditor.importers.spreadsheet import plan_import

        sheet, mapping = self.sheet, self.mapping()
        checking = self.tr("Checking rows…")

        def work(context):
            def progress(_stage: str, done: int, total: int) -> None:
                context.check()
                context.progress(done, total, checking)

            return plan_import(context.repository, sheet, mapping, progress)

        self.job = workers.run_job(
            work,
            parent=self.view,
            vault=self.vault,
            label=checking,
            on_done=self._planned,
            on_error=lambda exc: self._failed(self.tr("The sheet cannot be imported"), exc),
        )
        return self.job

    def _planned(self, plan) -> None:
        self.plan = plan
        view = self.view
        created, updated = len(plan.to_create), len(plan.to_update)
        bad_rows = len(plan.skipped_rows)
        warnings = sum(1 for p in plan.problems if p.severity == "warning")
        view.counts_label.setText(
            self.tr("New profiles: %1 · Updated: %2 · Rows with problems: %3 · Warnings: %4")
            .replace("%1", str(created))
            .replace("%2", str(updated))
            .replace("%3", str(bad_rows))
            .replace("%4", str(warnings))
        )
        view.summary_label.setText(
            self.tr("%Ln row(s) read from the sheet.", "", len(plan.rows))
            + " "
            + self.tr("Nothing has been stored yet.")
        )
        view.problems_model.set_items(plan.problems)
        view.problems_view.setVisible(bool(plan.problems))
        view.no_problems_label.setVisible(not plan.problems)
        view.good_rows_check.setChecked(False)
        view.good_rows_check.setVisible(plan.has_errors)
        view.good_rows_check.setText(
            self.tr("Import the good rows only (skip the %Ln row(s) with errors)", "", bad_rows)
        )
        view.refusal_label.setVisible(plan.has_errors)
        view.refusal_label.setText(
            self.tr(
                "Some rows have errors. Nothing is imported unless you choose to import the good "
                "rows only; a row with an error is always left out whole."
            )
        )
        view.show_page(view.PREVIEW_PAGE)
        self._update_import_button()

    def _update_import_button(self) -> None:
        plan = self.plan
        ready = (
            plan is not None
            and bool(plan.changed)
            and (not plan.has_errors or self.view.good_rows_check.isChecked())
        )
        self.view.import_button.setEnabled(ready)

    # -- import --------------------------------------------------------------------------------
    def start_import(self) -> workers.Job | None:
        plan = self.plan
        if plan is None or not self.view.import_button.isEnabled():
            return None
        from profileeditor.importers.spreadsheet import apply_plan

        good_rows_only = self.view.good_rows_check.isChecked()
        storing = self.tr("Importing…")

        def work(context):
            def progress(_stage: str, done: int, total: int) -> None:
                context.progress(done, total, storing)

            result = apply_plan(
                context.repository,
                plan,
                import_good_rows=good_rows_only,
                progress=progress,
                cancelled=context.cancelled,
            )
            return result, context.cancelled()

        self.job = workers.run_job(
            work,
            parent=self.view,
            vault=self.vault,
            label=storing,
            on_done=self._stored,
            on_error=lambda exc: self._failed(self.tr("Import failed"), exc),
        )
        return self.job

    def _stored(self, outcome) -> None:
        result, cancelled = outcome
        self.result = result
        self.plan = None
        self.imported.emit(result)
        dialogs = dialog_service.service()
        counts = (
            self.tr("New: %1. Updated: %2. Unchanged: %3.")
            .replace("%1", str(len(result.created)))
            .replace("%2", str(len(result.updated)))
            .replace("%3", str(len(result.unchanged)))
        )
        if cancelled:
            counts = self.tr("Import cancelled; what was stored before stopping stays.") + " "
            counts += self.tr("New: %1. Updated: %2. Unchanged: %3.")
            counts = (
                counts.replace("%1", str(len(result.created)))
                .replace("%2", str(len(result.updated)))
                .replace("%3", str(len(result.unchanged)))
            )
        dialogs.information(self.view, self.tr("Import finished"), counts)
        self.view.accept()
        if result.created and dialogs.confirm(
            self.view.parentWidget(),
            self.tr("Look for duplicates"),
            self.tr(
                "Look for duplicates of the %Ln new profile(s) among those already in the vault?",
                "",
                len(result.created),
            ),
        ):
            self.duplicatesRequested.emit(list(result.created))

    def _failed(self, title: str, error: BaseException) -> None:
        if isinstance(error, workers.Cancelled):
            return
        dialog_service.service().error(self.view, title, messages.error_text(error))


def open_import_sheet(parent: QWidget, vault, path: Path | None = None) -> ImportSheetController:
    """Show the import dialog (window-modal) and, with ``path``, start reading that file."""
    view = ImportSheetDialog(parent)
    controller = ImportSheetController(vault, view)
    view.open()
    if path is not None:
        controller.load(Path(path))
    return controller
