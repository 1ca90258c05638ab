"""Issue 13 item 15: the digits of the Arabic interface follow the vault's setting everywhere —
Western by default in the list, the editor's header and facts, and the settings' spin boxes
(Qt's Arabic locale wrote Arabic-Indic digits beside the list's Western ones) — and Arabic-Indic
throughout when the vault asks for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QLabel

from profileeditor.core import wording
from profileeditor.gui import i18n
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.models.profile_list import DAYS

ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
WESTERN = set("0123456789")


@pytest.fixture
def arabic_window(qtbot, qapp, app_settings, dialogs, fast_kdf):
    from profileeditor.gui.main_window import MainWindow

    old = QLocale()
    app_settings.language = "ar"
    i18n.install(qapp, "ar")
    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    yield win
    win.shutdown()
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def _texts(window) -> str:
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    days = [window.model.index(r, DAYS).data() or "" for r in range(window.model.rowCount())]
    return " ".join(labels + days)


def _open_salma(window, vault):
    window.open_vault(vault)
    row = next(
        r
        for r in range(window.model.rowCount())
        if "Salma" in str(window.model.index(r, 1).data())
        or "سلمى" in str(window.model.index(r, 1).data())
    )
    window.table.selectRow(row)
    assert window.editor.current_id()


def test_western_digits_by_default(qtbot, arabic_window, demo_vault):
    _open_salma(arabic_window, demo_vault)
    text = _texts(arabic_window)
    assert set(text) & WESTERN  # there are numbers on screen…
    assert not set(text) & ARABIC_INDIC, text  # …and none in the other digits
    settings = SettingsDialog(arabic_window.settings, arabic_window.repository, arabic_window)
    qtbot.addWidget(settings)
    spins = "".join(s.text() for s in settings.findChildren(QAbstractSpinBox))
    assert set(spins) & WESTERN and not set(spins) & ARABIC_INDIC, spins


def test_arabic_indic_digits_when_the_vault_asks(qtbot, arabic_window, demo_vault):
    _open_salma(arabic_window, demo_vault)
    arabic_window.show_settings()
    settings = arabic_window.findChild(SettingsDialog)
    settings.digits_check.setChecked(True)
    settings.accept()
    assert demo_vault.repository.get_setting(wording.SETTING_ARABIC_DIGITS) is True
    days = [
        arabic_window.model.index(r, DAYS).data() or ""
        for r in range(arabic_window.model.rowCount())
    ]
    joined = "".join(days)
    assert set(joined) & ARABIC_INDIC and not set(joined) & WESTERN, days
