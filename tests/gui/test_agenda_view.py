"""The Agenda tab (issue 16), driven as a user does: it lists the fixture's items in words,
a click opens that profile in the editor, the calendar export writes a file icalendar reads, a
milestone becomes a card in one action, locking clears it."""

from __future__ import annotations

import sys
from pathlib import Path

import icalendar
from PIL import Image
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from agenda_fixture import EXPECTED, EXPECTED_ATTENTION, TODAY, dated_out_of_order, make_vault, pid


def _show_agenda(qtbot, window, vault, extra=()):
    make_vault(vault)
    for profile in extra:
        vault.repository.create_profile(profile)
    window.open_vault(vault)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.agenda_view
    view.today = TODAY
    view.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=5000)
    return view


def test_agenda_lists_items_and_a_click_opens_the_profile(qtbot, window, vault):
    view = _show_agenda(qtbot, window, vault)
    rows = view.rows()
    assert len(rows) == len(EXPECTED) + len(EXPECTED_ATTENTION)
    assert [view.item_at(r).day.isoformat() for r in rows[: len(EXPECTED)]] == [
        t[0] for t in EXPECTED
    ]
    texts = [[r.text(c) for c in range(3)] for r in rows]
    assert [
        "11 December 2026 (in 10 days)",
        "Alaa Abdel Fattah",
        "1,000 days in detention",
    ] in texts
    target = next(r for r in rows if view.item_at(r).profile_id == pid(3))
    rect = view.tree.visualItemRect(target)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor.current_id() == pid(3), timeout=5000)
    assert window.selected_id() == pid(3)  # the list follows


def test_arabic_agenda_dates_in_words(qtbot, qapp, app_settings, dialogs, fast_kdf, vault):
    from profileeditor.gui import i18n
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = "ar"
    assert "agenda_ar" in i18n.install(qapp, "ar")  # as the shell does at start
    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    try:
        view = _show_agenda(qtbot, win, vault)
        assert view.tabs.tabText(view.tabs.indexOf(view)) == "الأجندة"
        assert view.export_button.text() == "تصدير التقويم…"
        texts = [[r.text(c) for c in range(3)] for r in view.rows()]
        assert [
            "11 ديسمبر 2026 (بعد 10 أيام)",
            "علاء عبد الفتاح",
            "1000 يوم في الاحتجاز",
        ] in texts
    finally:
        win.shutdown()
        i18n.install(qapp, "en")


def _attention_texts(view) -> list[list[str]]:
    return [
        [r.text(c) for c in range(1, 3)]
        for r in view.rows()
        if view.item_at(r).kind == "contradiction"
    ]


def test_dates_out_of_order_need_attention(qtbot, window, vault):
    """The warnings the editor shows for a session before the arrest and a birth after it are on
    the tab's first page too, in words."""
    view = _show_agenda(qtbot, window, vault, extra=dated_out_of_order())
    texts = _attention_texts(view)
    assert ["Sami Nabil", "A session is dated before the first arrest"] in texts
    assert ["Mona Said", "The birth date is after an arrest date"] in texts


def test_arabic_dates_out_of_order_need_attention(
    qtbot, qapp, app_settings, dialogs, fast_kdf, vault
):
    from profileeditor.gui import i18n
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = "ar"
    i18n.install(qapp, "ar")
    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    try:
        view = _show_agenda(qtbot, win, vault, extra=dated_out_of_order())
        texts = _attention_texts(view)
        assert ["سامي نبيل", "جلسة مؤرخة قبل أول قبض"] in texts
        assert ["منى سعيد", "تاريخ الميلاد بعد تاريخ القبض"] in texts
    finally:
        win.shutdown()
        i18n.install(qapp, "en")


def test_calendar_export_and_milestone_card(qtbot, window, vault, dialogs, tmp_path):
    view = _show_agenda(qtbot, window, vault)
    out = tmp_path / "agenda.ics"
    dialogs.files.append(str(out))
    view.level_combo.setCurrentIndex(view.level_combo.findData("partner"))
    assert view.export_calendar() == out
    events = [
        c for c in icalendar.Calendar.from_ical(out.read_bytes()).walk() if c.name == "VEVENT"
    ]
    no_internal = [t for t in EXPECTED if not (t[2] == 9 and t[1] == "session")]
    assert len(events) == len(no_internal)
    assert "not encrypted" in dialogs.messages[-1][2]
    assert "NOT encrypted" in view.warning_label.text()

    milestone = next(
        r
        for r in view.rows()
        if view.item_at(r).kind == "days" and view.item_at(r).profile_id == pid(1)
    )
    view.tree.setCurrentItem(milestone)
    assert view.card_button.isEnabled()
    card = tmp_path / "card.png"
    dialogs.files.append(str(card))
    assert view.milestone_card() == card
    with Image.open(card) as image:
        assert image.size == (1080, 1350)
    # No consent, no public card: a warning, no file.
    salma = next(
        r
        for r in view.rows()
        if view.item_at(r).profile_id == pid(2) and view.item_at(r).kind == "legal_limit"
    )
    view.tree.setCurrentItem(salma)
    dialogs.files.append(str(tmp_path / "salma.png"))
    assert view.milestone_card() is None
    assert not (tmp_path / "salma.png").exists()
    assert "consent" in dialogs.messages[-1][2]


def test_lock_clears_the_agenda(qtbot, window, vault):
    view = _show_agenda(qtbot, window, vault)
    assert view.rows()
    window.lock()
    assert view.rows() == [] and view.agenda is None and view.tree.topLevelItemCount() == 0


def test_milestone_card_menu_offers_every_size_and_template(
    qtbot, window, vault, dialogs, tmp_path
):
    view = _show_agenda(qtbot, window, vault)
    milestone = next(
        r
        for r in view.rows()
        if view.item_at(r).kind == "days" and view.item_at(r).profile_id == pid(1)
    )
    view.tree.setCurrentItem(milestone)
    actions = view.card_button.menu().actions()
    assert [a.data() for a in actions] == [
        (s, t) for s in ("portrait", "square", "link") for t in ("photo", "figure")
    ]
    link = next(a for a in actions if a.data() == ("link", "figure"))
    card = tmp_path / "m.png"
    dialogs.files.append(str(card))
    link.trigger()
    with Image.open(card) as image:
        assert image.size == (1200, 675) and image.info == {}
