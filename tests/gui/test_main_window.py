"""The main window driven as a user does: search, filter, sort, trash, lock and unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from tests.conftest import PASSPHRASE

from profileeditor.core import places
from profileeditor.gui.models.profile_list import ID_ROLE, NAME


def _shown_names(window) -> list[str]:
    model = window.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def _search(qtbot, window, text: str) -> None:
    edit = window.filter_bar.search_edit
    edit.clear()
    for char in text:  # one keystroke at a time (QTest cannot type non-ASCII keys)
        edit.insert(char)
    qtbot.waitUntil(lambda: window.model.query == text, timeout=2000)


def _columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models (QListWidget's) keep columnCount private: one column
        return 1


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or holds, item views' cells included."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        for kind, getter in (
            (QLabel, "text"),
            (QLineEdit, "text"),
            (QAbstractButton, "text"),
            (QPlainTextEdit, "toPlainText"),
            (QTextEdit, "toPlainText"),
            (QComboBox, "currentText"),
        ):
            if isinstance(widget, kind):
                texts.append(getattr(widget, getter)())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [widget.rootIndex()]
            while stack:
                parent = stack.pop()
                for row in range(model.rowCount(parent)):
                    for column in range(_columns(model, parent)):
                        index = model.index(row, column, parent)
                        # itemData, not index.data(): an empty QVariant coming back to
                        # Python as None corrupts None's refcount in PySide6 6.12 on 3.11.
                        texts += [v for v in model.itemData(index).values() if isinstance(v, str)]
                        if column == 0 and model.rowCount(index) > 0:
                            stack.append(index)
    return [t for t in texts if t]


def test_search_filter_sort(qtbot, window, demo_vault):
    repo = demo_vault.repository
    repo.create_profile({"name": {"ar": "احمد سامي", "en": "Ahmed Samy"}, "status": "released"})
    window.open_vault(demo_vault)
    total = repo.count()
    assert window.model.total == total
    assert str(total) in window.counts_label.text()

    _search(qtbot, window, "أحمد")  # hamza folded: finds احمد
    assert any("احمد سامي" in n for n in _shown_names(window))

    _search(qtbot, window, "")
    window.filter_bar.select(window.filter_bar.status_combo, "released")
    assert window.model.total == repo.count(filters=window.filter_bar.filters())
    assert all(window.model.summary(r).status == "released" for r in range(window.model.rowCount()))
    window.filter_bar.reset_filters()
    assert window.model.total == total

    window.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    names = _shown_names(window)
    assert window.model.sort_key == ("name", True) and len(names) == total


def test_every_filter_has_a_control(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    bar = window.filter_bar
    from dataclasses import fields

    from profileeditor.core.repository import Filters

    controlled = {f.name for f in fields(Filters)} - {"trash"}
    filters = bar.filters()
    for name in controlled:
        assert hasattr(filters, name)
    assert set(bar.controls()) == controlled
    facility = bar.facility_combo.itemData(1)
    bar.select(bar.facility_combo, facility)
    assert window.model.total == demo_vault.repository.count(filters=bar.filters())
    bar.select(bar.beyond_combo, True)
    bar.select(bar.consent_combo, "full")
    bar.select(bar.prosecution_combo, "supreme_state_security")
    bar.select(bar.profession_combo, "journalist")
    assert window.model.total == demo_vault.repository.count(filters=bar.filters())


def test_delete_to_trash_and_restore(qtbot, window, demo_vault):
    # Shown, so that the trash bar's visibility means something (a hidden window's children are
    # never visible, and the old check passed either way).
    window.show()
    qtbot.waitExposed(window)
    window.open_vault(demo_vault)
    assert not window.trash_bar.isVisible()
    total = window.model.total
    window.table.setFocus()
    window.table.selectRow(0)
    victim = window.selected_id()
    window.delete_action.trigger()
    assert window.model.total == total - 1
    assert window.model.row_of(victim) == -1

    window.trash_action.trigger()
    assert window.trash_bar.isVisible()
    assert window.model.total == 1 and window.model.summary(0).id == victim
    window.table.selectRow(0)
    window.restore_button.click()
    assert window.model.total == 0
    window.trash_action.trigger()
    assert not window.trash_bar.isVisible()
    assert window.model.total == total and window.model.row_of(victim) >= 0


def test_purge_asks_first(qtbot, window, demo_vault, dialogs):
    window.open_vault(demo_vault)
    window.table.selectRow(0)
    victim = window.selected_id()
    window.delete_selected()
    window.trash_action.trigger()
    window.table.selectRow(0)
    dialogs.confirmations += [False, True]
    window.purge_button.click()
    assert window.model.total == 1
    window.purge_button.click()
    assert window.model.total == 0
    assert victim not in demo_vault.repository.ids()


def _show(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_new_profile(qtbot, window, vault):
    _show(qtbot, window)
    window.open_vault(vault)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Issue 13 item 7: the names are empty and the cursor is in the name; nothing stored yet.
    name_en = window.editor.findChild(QLineEdit, "name.en")
    name_ar = window.editor.findChild(QLineEdit, "name.ar")
    assert name_en.text() == "" and name_ar.text() == ""
    assert QApplication.focusWidget() is name_en  # the interface is English
    assert vault.repository.count() == 0
    qtbot.keyClicks(QApplication.focusWidget(), "Karim Fawzy")
    name_en.editingFinished.emit()
    assert vault.repository.count() == 1
    new_id = window.editor.current_id()
    assert new_id and window.selected_id() == new_id
    assert vault.repository.get_profile(new_id)["name"]["en"] == "Karim Fawzy"


def test_abandoned_new_profile_stores_nothing(qtbot, window, demo_vault):
    _show(qtbot, window)
    window.open_vault(demo_vault)
    before = demo_vault.repository.count()
    window.new_action.trigger()
    window.table.setCurrentIndex(window.model.index(0, NAME))  # the user goes elsewhere
    assert demo_vault.repository.count() == before
    assert window.editor.current_id() == window.selected_id()


def test_idle_lock_clears_everything_and_unlock_restores(
    qtbot, window, demo_vault, sample_profiles
):
    _show(qtbot, window)
    window.open_vault(demo_vault)
    names = [n for p in sample_profiles for n in p["name"].values() if n]
    window.table.selectRow(2)
    selected = window.selected_id()
    qtbot.waitUntil(lambda: window.editor.current_id() == selected)
    _search(qtbot, window, names[0].split()[0])
    assert window.model.total >= 1
    assert any(name in " ".join(_visible_texts(window)) for name in names)

    window.idle.set_timeout(150)
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert demo_vault.is_locked
    texts = " ".join(_visible_texts(window))
    # The place fields list the known governorates and prisons (core/places.py): no one's data,
    # though "Mansoura General Prison" holds "Mansour".
    for kind in places.KINDS:
        for known in places.places(kind):
            texts = texts.replace(known["ar"], "").replace(known["en"], "")
    for name in names:
        for word in name.split():
            if len(word) > 3:
                assert word not in texts, f"{word!r} still shown after locking"
    assert window.filter_bar.search_edit.text() == ""
    assert window.model.rowCount() == 0
    assert window.editor.undo_stack().count() == 0
    assert not window.new_action.isEnabled()

    view = window.unlock_view
    qtbot.keyClicks(view.secret_edit, PASSPHRASE)
    qtbot.keyClick(view.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=5000)
    assert window.model.total == len(sample_profiles)
    assert window.selected_id() == selected
    assert window.model.index(window.table.currentIndex().row(), NAME).data(ID_ROLE) == selected


def test_ctrl_l_locks(qtbot, window, demo_vault):
    _show(qtbot, window)
    window.open_vault(demo_vault)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and window.stack.currentIndex() == window.LOCKED


def test_lock_clears_clipboard_text_copied_from_the_app(qtbot, window, demo_vault):
    from PySide6.QtGui import QGuiApplication

    window.open_vault(demo_vault)
    clipboard = QGuiApplication.clipboard()
    window.clipboard_guard.remember("Salma Abdel-Raouf Mansour")
    clipboard.setText("Salma Abdel-Raouf Mansour")
    window.lock()
    assert clipboard.text() == ""
    clipboard.setText("something from another program")
    window.clipboard_guard._ours.clear()
    window.open_vault(demo_vault.__class__.open(demo_vault.path, PASSPHRASE))
    window.lock()
    assert clipboard.text() == "something from another program"
