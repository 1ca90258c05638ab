"""The duplicates dialog driven as a user: a pair found across spellings, shown side by side,
merged field by field (the kept profile's history records it, the other goes to the trash), and
"not duplicates" remembered."""

from __future__ import annotations

from profileeditor.core.duplicates import find_duplicates, not_duplicates
from profileeditor.gui.dialogs.duplicates_dialog import SECOND, DuplicatesController


def _people(repository):
    first = repository.create_profile(
        {
            "name": {"ar": "أحمد محمد عبد الله", "en": ""},
            "birth_date": "1990-05-01",
            "occupation": {"ar": "مهندس"},
            "notes": {"ar": "اعتقل من منزله"},
        }
    )
    second = repository.create_profile(
        {
            "name": {"ar": "احمد محمد عبدالله", "en": "Ahmed Mohamed Abdallah"},
            "birth_date": "1990-05-01",
            "occupation": {"ar": "طبيب"},
            "notes": {"ar": "اعتقل من عمله"},
            "health": {"ar": "سكري"},
        }
    )
    return first, second


def _find(qtbot, window, vault) -> DuplicatesController:
    window.open_vault(vault)
    window.data_actions.duplicates_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, DuplicatesController)
    qtbot.waitUntil(lambda: controller.job.done, timeout=20_000)
    assert controller.job.error is None
    return controller


def test_a_pair_is_found_and_merged_field_by_field(qtbot, window, vault):
    repository = vault.repository
    first, second = _people(repository)
    repository.create_profile({"name": {"ar": "منى حسن"}})
    controller = _find(qtbot, window, vault)
    view = controller.view
    assert view.pairs_model.rowCount() == 1
    assert "1 likely duplicate pair" in view.status_label.text()
    assert {controller.first_id, controller.second_id} == {first, second}
    if controller.first_id != first:
        view.swap_button.click()
    assert controller.first_id == first
    assert "occupation.ar" in view.groups and "notes.ar" in view.groups
    # The kept profile's English name is empty: the other's is offered by default.
    assert controller.differing["name.en"] == ("", "Ahmed Mohamed Abdallah")

    assert "health.ar" in controller.differing  # only the other has it: kept without asking
    assert "health.ar" not in view.groups

    window.select_profile(second)  # the editor shows the profile that will go to the trash
    controller.choose("occupation.ar", SECOND)
    assert controller.choices() == {"occupation.ar": "other", "name.en": "other"}
    view.merge_button.click()

    kept = repository.get_profile(first)
    assert kept["occupation"]["ar"] == "طبيب"  # chosen from the other
    assert kept["notes"]["ar"] == "اعتقل من منزله"  # the kept profile's by default
    assert kept["name"]["en"] == "Ahmed Mohamed Abdallah"
    assert kept["health"]["ar"] == "سكري"
    assert "احمد محمد عبدالله" in kept["aliases"]
    assert repository.is_deleted(second)
    assert any(r.field == "occupation.ar" for r in repository.history(first))
    assert view.pairs_model.rowCount() == 0
    assert "No likely duplicates" in view.status_label.text()
    assert window.model.row_of(second) < 0 and window.model.row_of(first) >= 0
    assert window.editor.current_id() != second


def test_not_duplicates_is_remembered(qtbot, window, vault):
    first, second = _people(vault.repository)
    controller = _find(qtbot, window, vault)
    assert controller.view.pairs_model.rowCount() == 1
    controller.view.not_duplicates_button.click()
    assert controller.view.pairs_model.rowCount() == 0
    assert (min(first, second), max(first, second)) in not_duplicates(vault.repository)
    assert find_duplicates(vault.repository) == []
    assert not vault.repository.is_deleted(first) and not vault.repository.is_deleted(second)

    again = _find(qtbot, window, vault)  # a new search does not propose the pair again
    assert again.view.pairs_model.rowCount() == 0
    assert not again.view.compare.isEnabled()
