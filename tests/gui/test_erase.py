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
