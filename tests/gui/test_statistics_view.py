"""The Statistics tab (issue 14 item 3): its figures are the filtered list's, they follow the
filter and the vault's changes, "Save charts…" writes the charts export, Arabic reads right to
left, locking forgets it; screenshots at both laptop sizes in both languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint

from profileeditor.core.levels import select_for_level

SHOTS = Path(os.environ.get("STATISTICS_SHOTS", "")) if os.environ.get("STATISTICS_SHOTS") else None


def _show(qtbot, window, vault, size=(1280, 800)):
    if window.vault is None or window.is_locked:
        window.open_vault(vault)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    view = window.statistics_view
    window.agenda_view.tabs.setCurrentWidget(view)
    _settled(qtbot, view)
    return view


def _settled(qtbot, view):
    """The count runs on a worker: wait for it to land."""
    qtbot.waitUntil(lambda: not view.busy and view.figures is not None, timeout=10_000)


def _set_level(qtbot, view, level):
    view.level_combo.setCurrentIndex(view.level_combo.findData(level))
    _settled(qtbot, view)


def test_figures_are_the_filtered_lists(qtbot, window, demo_vault):
    view = _show(qtbot, window, demo_vault)
    repo = demo_vault.repository
    _set_level(qtbot, view, "internal")
    assert view.figures.people == window.model.rowCount() == repo.count() == 8
    # Public level: only the consenting among the list.
    _set_level(qtbot, view, "public")
    everyone = repo.get_profiles(repo.ids(), with_data=False)
    assert view.figures.people == len(select_for_level(everyone, "public")) < 8
    assert view.summary_label.text().startswith(f"{view.figures.people} of the 8 ")
    _set_level(qtbot, view, "internal")
    # A filter on the list: the tab follows it.
    window.filter_bar.select(window.filter_bar.status_combo, "detained")
    qtbot.waitUntil(lambda: view.figures.people == window.model.rowCount(), timeout=5000)
    _settled(qtbot, view)
    held = repo.count("", window.filter_bar.filters())
    assert 0 < held < 8 and view.figures.people == held
    assert set(view.figures.by_status) == {"detained"}
    assert len(view.chart_labels) == len(view.charts) >= 2
    listed = repo.get_profiles(repo.ids("", window.filter_bar.filters()), with_data=False)
    # A change in the vault (a write heard through the change hub) reaches the figures.
    someone = next(p for p in listed if p["status"] == "detained")
    someone["status"] = "released"
    repo.update_profile(someone)
    qtbot.waitUntil(lambda: view.figures.people == held - 1, timeout=5000)
    _settled(qtbot, view)
    assert view.figures.people == window.model.rowCount()


def test_save_charts_writes_the_charts_export(qtbot, window, demo_vault, dialogs, tmp_path):
    view = _show(qtbot, window, demo_vault)
    folder = tmp_path / "charts"
    dialogs.folders.append(str(folder))
    job = view.save_charts()  # on a worker (tests/gui/test_guifix_save_charts.py)
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    written = job.result
    assert written and len(written) == 2 * len(view.charts)  # a PNG and an SVG per chart
    for path in written:
        assert path.parent == folder and path.name.startswith("chart-")
        if path.suffix == ".png":
            with Image.open(path) as image:
                assert image.size == (1080, 1080) and image.info == {}
    assert "written" in dialogs.messages[-1][2]
    # The figures on screen, not a second count: the very files the charts export writes.
    from profileeditor.export import export_from_vault

    exported = export_from_vault(demo_vault.repository, view.ids, "charts", tmp_path / "cli",
                                 lang=view.lang, level=view.level(), today=view.today)  # fmt: skip
    assert [p.name for p in exported] == [p.name for p in written]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(exported, written, strict=True))


def test_lock_forgets_the_figures(qtbot, window, demo_vault):
    view = _show(qtbot, window, demo_vault)
    assert view.chart_labels
    window.lock()
    assert view.figures is None and not view.chart_labels and not view.summary_label.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_right_to_left_in_arabic_and_screenshots(qtbot, qapp, app_settings, dialogs, fast_kdf,
                                                 demo_vault, tmp_path, lang):  # fmt: skip
    from profileeditor.gui import i18n
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = lang
    loaded = i18n.install(qapp, lang)
    try:
        if lang == "ar":
            assert "cards_ar" in loaded
        win = MainWindow(app_settings, kdf=fast_kdf)
        qtbot.addWidget(win)
        for size in ((1280, 800), (1024, 700)):
            view = _show(qtbot, win, demo_vault, size)
            qtbot.waitUntil(lambda v=view: len(v.chart_labels) > 1, timeout=5000)
            tabs = win.agenda_view.tabs
            title = tabs.tabText(tabs.indexOf(view))
            assert title == ("الإحصاءات" if lang == "ar" else "Statistics")
            assert view.isRightToLeft() == (lang == "ar")
            # Charts side by side once the tab is wide: the first where reading starts.
            win.splitter.setSizes([size[0] - 200, 200])
            first, second = view.chart_labels[0], view.chart_labels[1]
            qtbot.waitUntil(lambda f=first, s=second: f.y() == s.y() and f.x() != s.x())
            assert (first.x() > second.x()) == (lang == "ar")
            win.splitter.setSizes([size[0] * 4 // 9, size[0] * 5 // 9])
            qtbot.waitUntil(lambda f=first, s=second: f.y() != s.y())
            # Nothing cut: the level box and the button inside the view.
            for widget in (view.level_combo, view.save_button):
                corner = widget.mapTo(view, QPoint(0, 0))
                assert corner.x() >= 0 and corner.x() + widget.width() <= view.width()
            shot = win.grab()
            out = (SHOTS or tmp_path) / f"statistics-{size[0]}x{size[1]}-{lang}.png"
            out.parent.mkdir(parents=True, exist_ok=True)
            assert shot.save(str(out))
        win.shutdown()
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_progress_is_shown_while_counting_and_a_stale_count_is_ignored(qtbot, qapp, app_settings, dialogs,
                                                                       fast_kdf, demo_vault, tmp_path,
                                                                       lang):  # fmt: skip
    from profileeditor.gui import i18n
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = lang
    i18n.install(qapp, lang)
    try:
        win = MainWindow(app_settings, kdf=fast_kdf)
        qtbot.addWidget(win)
        view = _show(qtbot, win, demo_vault, (1024, 700))
        qtbot.waitUntil(lambda: len(view.chart_labels) > 1, timeout=5000)
        qtbot.waitUntil(lambda: not view.chart_labels[0].pixmap().isNull(), timeout=5000)
        counted = view.summary_label.text()
        # The worker reports each chunk read (core.statistics.from_repository's progress).
        view._progressed(view._generation - 1, 500, 100_000)  # an older count's: ignored
        assert view.summary_label.text() == counted
        view._progressed(view._generation, 12_000, 100_000)
        shown = view.summary_label.text()
        assert "12000" in shown and "100000" in shown
        assert ("قُرئ" in shown) == (lang == "ar")
        qtbot.waitUntil(lambda: view.chart_labels[0].isVisible(), timeout=5000)
        qtbot.wait(300)  # the grid settles its rows
        shot = win.grab()
        out = (SHOTS or tmp_path) / f"statistics-progress-1024x700-{lang}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        assert shot.save(str(out))
        # A lock in the middle of a count: nothing of it stays.
        view.refresh()
        win.lock()
        assert view.figures is None and not view.summary_label.text() and not view.busy
        win.shutdown()
    finally:
        i18n.install(qapp, "en")
