"""Languages (Arabic lays out right-to-left and translates), Import JSON through the worker with
progress, and the list staying lazy and quick with thousands of profiles."""

from __future__ import annotations

import json
import time
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from profileeditor.gui import i18n
from profileeditor.gui.main_window import MainWindow
from profileeditor.gui.models import profile_list


def test_arabic_is_right_to_left_and_translated(qapp, app_settings, dialogs):
    try:
        loaded = i18n.install(qapp, "ar")
        assert "profileeditor_ar" in loaded
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        app_settings.language = "ar"
        window = MainWindow(app_settings)
        assert window.lock_action.text() == "قفل"
        assert window.model.headerData(profile_list.NAME, Qt.Orientation.Horizontal) == "الاسم"
        window.shutdown()
        window.deleteLater()
    finally:
        i18n.install(qapp, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_import_json_runs_in_a_worker(qtbot, window, vault, dialogs, tmp_path, sample_doc):
    window.open_vault(vault)
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    dialogs.files.append(str(path))
    job = window.import_json()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None
    assert window.model.total == len(sample_doc["profiles"])
    assert dialogs.messages[-1][0] == "information"


def test_import_of_a_bad_file_says_so(qtbot, window, vault, dialogs, tmp_path):
    window.open_vault(vault)
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    dialogs.files.append(str(path))
    job = window.import_json()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert dialogs.messages[-1][0] == "error" and "bad.json" in dialogs.messages[-1][2]


def test_list_stays_lazy_and_quick_with_thousands(qtbot, window, vault):
    count = 5000
    vault.repository.import_profiles(
        {
            "id": str(uuid.uuid4()),
            "name": {"ar": f"محمد رقم {i}", "en": f"Mohamed number {i}"},
            "status": "detained",
        }
        for i in range(count)
    )
    started = time.perf_counter()
    window.open_vault(vault)
    opened = time.perf_counter() - started
    assert window.model.total == count
    assert window.model.rowCount() == profile_list.PAGE_SIZE
    started = time.perf_counter()
    window.filter_bar.search_edit.setText("محمد 4999")
    window.filter_bar.flush()
    searched = time.perf_counter() - started
    assert window.model.total == 1
    # Generous bounds for slow CI machines; the bench holds the real figures.
    assert opened < 1.0 and searched < 0.5
