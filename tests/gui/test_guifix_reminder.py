"""The passphrase reminder does not ask right after the user unlocked with the passphrase: that
unlock is a right answer, and remembered as one. After an unlock by the recovery key it still
asks. Real vault, real window and lock screen offscreen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE

from profileeditor.core import secret_check


def _unlock(qtbot, window, secret: str, recovery: bool = False) -> None:
    view = window.unlock_view
    view.recovery_check.setChecked(recovery)
    qtbot.keyClicks(view.secret_edit, secret)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    qtbot.wait(100)  # the reminder asks once the window is up (a zero timer)


def test_unlocking_with_the_passphrase_confirms_it(qtbot, window, keyed_vault, dialogs):
    vault, _recovery = keyed_vault
    vault.repository.set_setting(secret_check.SETTING_REMINDER_DAYS, 7)
    month_ago = (date.today() - timedelta(days=30)).isoformat()
    vault.repository.set_setting(secret_check.SETTING_CONFIRMED_ON, month_ago)
    window.open_vault(vault)  # opened by a test, not typed: due, so it asks
    dialogs.texts.append(None)  # the user skips it
    qtbot.waitUntil(lambda: not dialogs.texts, timeout=5000)
    window.lock()

    # Due, but the passphrase was just typed to unlock: no question (get_text would fail the
    # test with an empty queue), and that unlock is remembered as the confirmation.
    _unlock(qtbot, window, PASSPHRASE)
    assert dialogs.messages == []
    confirmed = window.vault.repository.get_setting(secret_check.SETTING_CONFIRMED_ON)
    assert confirmed == date.today().isoformat()


def test_after_the_recovery_key_the_reminder_still_asks(qtbot, window, keyed_vault, dialogs):
    vault, recovery = keyed_vault
    vault.repository.set_setting(secret_check.SETTING_REMINDER_DAYS, 7)
    window.open_vault(vault, passphrase_typed=True)
    assert vault.repository.get_setting(secret_check.SETTING_CONFIRMED_ON) == (
        date.today().isoformat()
    )
    # A week later, unlocked with the recovery key: due, asked, answered right.
    window.help_actions.reminder.today = lambda: date.today() + timedelta(days=8)
    window.lock()
    dialogs.texts.append(PASSPHRASE)
    _unlock(qtbot, window, recovery, recovery=True)
    qtbot.waitUntil(lambda: len(dialogs.messages) == 1, timeout=30_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "information" and text.startswith("Right")


def test_no_confirmation_is_written_while_the_reminder_is_off(qtbot, window, keyed_vault):
    vault, _recovery = keyed_vault
    window.open_vault(vault)
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.vault.repository.get_setting(secret_check.SETTING_CONFIRMED_ON) is None
