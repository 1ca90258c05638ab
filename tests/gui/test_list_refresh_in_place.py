"""An edit refreshes its own row of the list in place (no reset of the model, no re-count of
the vault) when it cannot move the row; one that can (a name under the name sort, anything
under the updated sort, a row leaving the filter) reloads the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from tests.gui.test_editor import salma

from profileeditor.core.repository import Filters
from profileeditor.gui import i18n
from profileeditor.gui.models.profile_list import NAME, PROFESSION, STATUS


def _resets(model) -> list[int]:
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def _edit(repo, profile_id: str, **changes) -> None:
    profile = repo.get_profile(profile_id)
    profile.update(changes)
    repo.update_profile(profile)  # heard through the change hub, as the editor's save is


def _cells(model, profile_id: str) -> tuple[str, str]:
    row = model.row_of(profile_id)
    assert row >= 0
    return model.index(row, STATUS).data(), model.index(row, PROFESSION).data()


def test_an_edit_that_cannot_move_its_row_refreshes_it_in_place(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    repo, model = demo_vault.repository, window.model
    pid = salma(repo)  # detained, a journalist
    resets = _resets(model)
    assert _cells(model, pid) == ("In detention", "Journalist")
    # The cells as a reader sees them, written out here: not the model's own formatter, which
    # would agree with itself however wrong it were.
    _edit(repo, pid, status="released")
    assert _cells(model, pid) == ("Released", "Journalist")
    _edit(repo, pid, status="released_with_measures", profession="lawyer")
    assert _cells(model, pid) == ("Released under precautionary measures", "Lawyer")
    assert resets == []


@pytest.fixture
def arabic(qapp):
    old = QLocale()
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def test_the_arabic_list_refreshes_in_place_and_agrees_with_the_person(
    qtbot, app_settings, dialogs, fast_kdf, demo_vault, arabic
):
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = "ar"
    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    win.open_vault(demo_vault)
    repo, model = demo_vault.repository, win.model
    woman = salma(repo)
    man = next(s.id for s in repo.search("", limit=100) if s.name_en.startswith("Youssef"))
    resets = _resets(model)
    assert _cells(model, woman) == ("رهن الاحتجاز", "صحفية")
    _edit(repo, woman, status="released")
    assert _cells(model, woman) == ("مُفرج عنها", "صحفية")
    _edit(repo, man, status="released")
    assert _cells(model, man) == ("مُفرج عنه", "محامٍ")
    _edit(repo, woman, status="disappeared", profession="lawyer")
    assert _cells(model, woman) == ("مختفية قسريًا", "محامية")
    assert resets == []
    win.shutdown()


def test_an_edit_that_can_move_or_drop_its_row_reloads_the_list(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    repo, model = demo_vault.repository, window.model
    pid = salma(repo)
    resets = _resets(model)
    profile = repo.get_profile(pid)
    profile["name"] = {**profile["name"], "en": "Aaaa First Now"}
    repo.update_profile(profile)
    assert len(resets) == 1 and model.row_of(pid) == 0  # moved to the top of the name sort
    assert model.index(0, NAME).data()
    model.set_search(filters=Filters(status=profile.get("status")))
    resets.clear()
    profile = repo.get_profile(pid)
    profile["status"] = "released" if profile.get("status") != "released" else "detained"
    repo.update_profile(profile)  # no longer matches the filter: gone from the list
    assert len(resets) == 1 and model.row_of(pid) == -1
