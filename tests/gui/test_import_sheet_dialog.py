"""The spreadsheet import dialog driven as a user: a CSV with Arabic headers and one bad row is
previewed (the problem listed, nothing stored), imported only when "good rows only" is chosen,
the mapping saved and loaded as JSON, and duplicates offered among the new profiles."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from profileeditor.gui.dialogs.duplicates_dialog import DuplicatesController
from profileeditor.gui.dialogs.import_sheet_dialog import ImportSheetController
from profileeditor.gui.models.data_tables import ProblemsModel

SHEET = (
    "الاسم,تاريخ الميلاد,الحالة,ملاحظة خاصة\n"
    "أحمد محمد عبد الله,1990-05-01,محتجز,أ\n"
    "سارة علي,31/2/1991,محتجز,ب\n"
    "منى حسن,٣/٣/١٩٨٥,محتجز,ج\n"
)


def _write(tmp_path, text=SHEET, name="people.csv"):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Excel's "CSV UTF-8"
    return path


def _wait(qtbot, controller):
    job = controller.job
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None, job.error


def _open(qtbot, window, vault, dialogs, path) -> ImportSheetController:
    window.open_vault(vault)
    dialogs.files.append(str(path))
    window.data_actions.import_sheet_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, ImportSheetController)
    _wait(qtbot, controller)
    return controller


def test_preview_lists_the_bad_row_and_stores_nothing_until_good_rows_only(
    qtbot, window, vault, dialogs, tmp_path
):
    controller = _open(qtbot, window, vault, dialogs, _write(tmp_path))
    view = controller.view
    assert view.mapping_table.rowCount() == 4
    assert view.mapping_combo("الاسم").currentData() == "name"
    assert view.mapping_combo("تاريخ الميلاد").currentData() == "birth_date"
    assert view.mapping_combo("الحالة").currentData() == "status"

    view.preview_button.click()
    _wait(qtbot, controller)
    assert view.pages.currentIndex() == view.PREVIEW_PAGE
    counts = view.counts_label.text()
    assert "New profiles: 2" in counts and "Rows with problems: 1" in counts
    model = view.problems_model
    errors = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
        if model.item(r).severity == "error"
    ]
    assert len(errors) == 1
    row, column, value, _kind, message = errors[0]
    assert (row, column, value) == ("3", "تاريخ الميلاد", "31/2/1991")
    assert "1991-02-31" in message
    assert model.headerData(ProblemsModel.MESSAGE, Qt.Orientation.Horizontal) == "Problem"

    # Errors: nothing can be imported until the user chooses the good rows.
    assert view.good_rows_check.isVisibleTo(view)
    assert not view.import_button.isEnabled()
    assert controller.start_import() is None
    assert vault.repository.count() == 0

    view.good_rows_check.setChecked(True)
    assert view.import_button.isEnabled()
    dialogs.confirmations.append(False)  # no duplicate search this time
    view.import_button.click()
    _wait(qtbot, controller)
    assert vault.repository.count() == 2
    assert window.model.total == 2
    assert dialogs.messages[-1][0] == "information"
    assert "New: 2" in dialogs.messages[-1][2]
    assert view.result() == QDialog.DialogCode.Accepted
    names = sorted(s.name_ar for s in vault.repository.search())
    assert names == ["أحمد محمد عبد الله", "منى حسن"]
    births = {p["birth_date"] for p in vault.repository.get_profiles(vault.repository.ids())}
    assert births == {"1990-05-01", "1985-03-03"}


def test_a_clean_sheet_imports_without_asking(qtbot, window, vault, dialogs, tmp_path):
    text = "الاسم,تاريخ الميلاد\nأحمد علي,1990-05-01\nمنى حسن,1985-03-03\n"
    controller = _open(qtbot, window, vault, dialogs, _write(tmp_path, text))
    controller.view.preview_button.click()
    _wait(qtbot, controller)
    assert not controller.view.good_rows_check.isVisibleTo(controller.view)
    assert controller.view.no_problems_label.isVisibleTo(controller.view)
    assert controller.view.import_button.isEnabled()
    dialogs.confirmations.append(False)
    controller.view.import_button.click()
    _wait(qtbot, controller)
    assert vault.repository.count() == 2


def test_mapping_is_edited_saved_and_loaded(qtbot, window, vault, dialogs, tmp_path):
    controller = _open(qtbot, window, vault, dialogs, _write(tmp_path))
    controller.set_field("ملاحظة خاصة", "notes")
    controller.set_field("الحالة", None)
    saved = tmp_path / "mapping.json"
    dialogs.files.append(str(saved))
    controller.view.save_mapping_button.click()
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["format"] == "profileeditor.mapping"
    assert doc["columns"]["ملاحظة خاصة"] == "notes"
    assert doc["columns"]["الحالة"] is None

    controller.set_field("ملاحظة خاصة", None)
    dialogs.files.append(str(saved))
    controller.view.load_mapping_button.click()
    assert controller.view.mapping_combo("ملاحظة خاصة").currentData() == "notes"
    assert controller.mapping().columns["الحالة"] is None

    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    dialogs.files.append(str(bad))
    controller.view.load_mapping_button.click()
    assert dialogs.messages[-1][0] == "error" and "bad.json" in dialogs.messages[-1][2]


def test_after_import_duplicates_are_looked_for_among_the_new(
    qtbot, window, vault, dialogs, tmp_path
):
    vault.repository.create_profile(
        {"name": {"ar": "احمد محمد عبدالله", "en": ""}, "birth_date": "1990-05-01"}
    )
    text = "الاسم,تاريخ الميلاد\nAhmed Mohamed Abdallah,1990-05-01\nمنى حسن,1985-03-03\n"
    controller = _open(qtbot, window, vault, dialogs, _write(tmp_path, text))
    controller.view.preview_button.click()
    _wait(qtbot, controller)
    dialogs.confirmations.append(True)
    controller.view.import_button.click()
    _wait(qtbot, controller)
    duplicates = window.data_actions.controller
    assert isinstance(duplicates, DuplicatesController)
    _wait(qtbot, duplicates)
    pairs = duplicates.view.pairs_model.items()
    assert len(pairs) == 1
    assert {pairs[0].name_a, pairs[0].name_b} == {"احمد محمد عبدالله", "Ahmed Mohamed Abdallah"}


def test_an_unreadable_file_says_so(qtbot, window, vault, dialogs, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    window.open_vault(vault)
    dialogs.files.append(str(path))
    window.data_actions.import_sheet_action.trigger()
    controller = window.data_actions.controller
    qtbot.waitUntil(lambda: controller.job.done, timeout=10_000)
    assert dialogs.messages[-1][0] == "error" and "broken.xlsx" in dialogs.messages[-1][2]
    assert not controller.view.preview_button.isEnabled()


def test_arabic_catalogue_of_these_dialogs_loads(qapp, app_settings, dialogs):
    from profileeditor.gui import i18n
    from profileeditor.gui.main_window import MainWindow

    try:
        assert "exchange_ar" in i18n.install(qapp, "ar")
        app_settings.language = "ar"
        window = MainWindow(app_settings)
        assert window.data_actions.import_sheet_action.text() == "استيراد جدول بيانات…"
        assert window.data_actions.conflicts_action.text() == "التعارضات…"
        window.shutdown()
        window.deleteLater()
    finally:
        i18n.install(qapp, "en")


def test_locking_closes_the_dialog(qtbot, window, vault, dialogs, tmp_path):
    controller = _open(qtbot, window, vault, dialogs, _write(tmp_path))
    assert controller.view.isVisible()
    window.lock()
    assert not controller.view.isVisible()
    assert not window.data_actions.import_sheet_action.isEnabled()
    assert window.data_actions.import_spreadsheet() is None
