"""Issue 13 item 5: at 1280×800 and 1024×700, in Arabic and in English, nothing the user looks
for is cut — the days figure, the search box and the filters, the editor's sections — and the
list's columns can be hidden, moved and resized, the choice remembered (as numbers only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from profileeditor.gui import i18n
from profileeditor.gui.models import profile_list as cols

SIZES = [(1280, 800), (1024, 700)]


@pytest.fixture
def language(qapp):
    old_locale = QLocale()
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")
    QLocale.setDefault(old_locale)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size())


def _open(qtbot, app_settings, dialogs, fast_kdf, demo_vault, lang, size, language):
    from profileeditor.gui.main_window import MainWindow

    language(lang)
    app_settings.language = lang
    window = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_vault(demo_vault)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.current_id() is not None)
    for _ in range(3):
        QApplication.processEvents()
    return window


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_cut(qtbot, app_settings, dialogs, fast_kdf, demo_vault, lang, size, language):
    window = _open(qtbot, app_settings, dialogs, fast_kdf, demo_vault, lang, size, language)
    try:
        assert (window.width(), window.height()) == size  # the window fits the screen
        bounds = window.rect()
        bar = window.filter_bar
        # Search box, its button and every filter inside the window, each wide enough for
        # its label.
        for widget in [bar.search_edit, bar.attention_button, bar.clear_button, *bar.combos]:
            assert bounds.contains(_rect_in(widget, window)), widget.objectName()
        for combo in bar.combos:
            text = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert combo.width() >= text + 30, (combo.objectName(), combo.currentText())
        assert bar.clear_button.width() >= bar.clear_button.sizeHint().width()

        # The list: every shown column in view (no sideways scrolling), the days figure whole.
        table = window.table
        header = table.horizontalHeader()
        assert bounds.contains(_rect_in(table, window))
        assert table.horizontalScrollBar().maximum() == 0
        shown = [c for c in range(cols.COLUMN_COUNT) if not header.isSectionHidden(c)]
        assert cols.DAYS in shown and cols.NAME in shown
        viewport = table.viewport().rect()
        for column in shown:
            left = header.sectionViewportPosition(column)
            assert viewport.left() <= left
            assert left + header.sectionSize(column) <= viewport.right() + 1, column
        metrics = table.fontMetrics()
        for row in range(window.model.rowCount()):
            days = window.model.index(row, cols.DAYS).data() or ""
            assert metrics.horizontalAdvance(days) + 8 <= header.sectionSize(cols.DAYS), days
        for column in shown:
            title = window.model.headerData(column, header.orientation()) or ""
            assert header.fontMetrics().horizontalAdvance(title) + 8 <= header.sectionSize(
                column
            ), title

        # The editor: every section's name in sight, none behind scroll arrows.
        editor = window.editor
        sections = editor.section_list
        assert sections.count() == editor.tabs.count() == 10
        assert bounds.contains(_rect_in(sections, window))
        for row in range(sections.count()):
            item_rect = sections.visualItemRect(sections.item(row))
            assert sections.viewport().rect().contains(item_rect), sections.item(row).text()
            text = sections.fontMetrics().horizontalAdvance(sections.item(row).text())
            assert text <= item_rect.width(), sections.item(row).text()
        assert bounds.contains(_rect_in(editor.tabs, window))
        assert editor.tabs.width() >= 380  # room for the forms
    finally:
        window.shutdown()


def test_columns_hidden_moved_resized_and_remembered(
    qtbot, app_settings, dialogs, fast_kdf, demo_vault, language
):
    window = _open(qtbot, app_settings, dialogs, fast_kdf, demo_vault, "en", (1280, 800), language)
    table, header = window.table, window.table.horizontalHeader()
    menu = table.column_menu()
    facility = next(a for a in menu.actions() if a.text() == "Current facility")
    assert not facility.isChecked()  # hidden by default
    facility.trigger()  # the user ticks it in the header's context menu
    assert not header.isSectionHidden(cols.FACILITY)
    status = next(a for a in menu.actions() if a.text() == "Status")
    status.trigger()
    assert header.isSectionHidden(cols.STATUS)
    name = next(a for a in menu.actions() if a.text() == "Name")
    assert not name.isEnabled()  # the list must keep saying whom a row is about
    header.moveSection(header.visualIndex(cols.DAYS), 1)  # dragged next to the photo
    header.resizeSection(cols.FACILITY, 190)

    stored = app_settings.list_columns
    assert stored and set(stored) <= set("0123456789,;")  # numbers only, nothing about anyone
    app_settings.sync()
    text = Path(app_settings.file_name).read_text(encoding="utf-8")
    assert "Salma" not in text and "facility" not in text.lower()

    again = _open(qtbot, app_settings, dialogs, fast_kdf, demo_vault, "en", (1280, 800), language)
    try:
        header = again.table.horizontalHeader()
        assert not header.isSectionHidden(cols.FACILITY)
        assert header.isSectionHidden(cols.STATUS)
        assert header.visualIndex(cols.DAYS) == 1
        assert header.sectionSize(cols.FACILITY) == 190
    finally:
        again.shutdown()
        window.shutdown()
