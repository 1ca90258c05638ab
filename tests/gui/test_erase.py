"""Quick-erase from the window: a typed confirmation, then no key copy is left to open the vault."""

from __future__ import annotations

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core.vault import Vault, VaultMissing


def test_erase_needs_the_typed_word(window, demo_vault, dialogs):
    window.open_vault(demo_vault)
    dialogs.texts.append("erase")  # not the word: nothing happens
    assert not window.erase_vault()
    assert not window.is_locked
    assert demo_vault.key_path.exists()
    dialogs.texts.append(None)  # cancelled
    assert not window.erase_vault()
    assert demo_vault.repository.count() == 8


def test_erase_destroys_every_key_copy(window, demo_vault, dialogs):
    demo_vault.backup()
    path = demo_vault.path
    window.open_vault(demo_vault)
    dialogs.texts.append("ERASE")
    assert window.erase_vault()
    assert window.is_locked and window.editor.current_id() is None
    assert not (path / "vault.key").exists()
    assert not any((b / "vault.key").exists() for b in (path / "backups").iterdir())
    with pytest.raises(VaultMissing):
        Vault.open(path, PASSPHRASE)


def test_erase_word_in_the_interface_language(qapp, window, demo_vault, dialogs):
    """Issue 13 item 14: on an Arabic interface the word to type is Arabic."""
    from profileeditor.gui import i18n

    i18n.install(qapp, "ar")
    try:
        window.open_vault(demo_vault)
        word = window.erase_word()
        assert word == "امسح"
        dialogs.texts.append(word)
        assert window.erase_vault()
        assert not demo_vault.key_path.exists()
    finally:
        i18n.install(qapp, "en")


def test_demo_vault_says_it_is_temporary_and_shows_its_passphrase(qtbot, window, fast_kdf):
    from profileeditor.gui.dialogs.welcome import DEMO_PASSPHRASE, create_demo_vault

    vault, folder = create_demo_vault(fast_kdf)
    window.show()
    window.open_vault(vault, folder)
    assert window.demo_label.isVisible()
    assert "deleted when you quit" in window.demo_label.text()
    assert f"“{DEMO_PASSPHRASE}”" in window.demo_label.text()
    window.lock()
    assert window.demo_label.isVisible()  # the unlock screen still says which passphrase
    window.unlock.set_vault_path(window.vault_path)
