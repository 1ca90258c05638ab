"""An edit refreshes its own row of the list in place (no reset of the model, no re-count of
the vault) when it cannot move the row; one that can (a name under the name sort, anything
under the updated sort, a row leaving the filter) reloads the list."""

from __future__ import annotations

from tests.gui.test_editor import salma

from profileeditor.core.repository import Filters
from profileeditor.gui.models.profile_list import NAME, STATUS


def _resets(model) -> list[int]:
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def test_an_edit_that_cannot_move_its_row_refreshes_it_in_place(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    repo, model = demo_vault.repository, window.model
    pid = salma(repo)
    resets = _resets(model)
    profile = repo.get_profile(pid)
    profile["status"] = "released" if profile.get("status") != "released" else "detained"
    repo.update_profile(profile)  # heard through the change hub, as the editor's save is
    row = model.row_of(pid)
    assert resets == [] and row >= 0
    assert model.summary(row).status == profile["status"]
    assert model.index(row, STATUS).data() == model._display(model.summary(row), STATUS)


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
