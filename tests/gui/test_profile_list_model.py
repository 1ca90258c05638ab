"""The profile list model, without widgets: qtmodeltester, lazy paging, search, sort, clear."""

from __future__ import annotations

import uuid

import pytest

from profileeditor.core.repository import Filters
from profileeditor.gui.models import profile_list
from profileeditor.gui.models.profile_list import NAME, ProfileListModel


def _generated(count: int) -> list[dict]:
    return [
        {
            "id": str(uuid.uuid4()),
            "name": {"ar": f"شخص رقم {i:05d}", "en": f"Person {i:05d}"},
            "status": "detained" if i % 2 else "released",
            "profession": "journalist" if i % 3 else "lawyer",
        }
        for i in range(count)
    ]


def test_model_passes_qtmodeltester(qtmodeltester, demo_vault):
    model = ProfileListModel(demo_vault.repository, lang="ar")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == demo_vault.repository.count()


def test_arabic_search_folds_hamza(demo_vault):
    repo = demo_vault.repository
    repo.create_profile({"name": {"ar": "احمد سامي", "en": "Ahmed Samy"}})
    model = ProfileListModel(repo, lang="ar")
    model.set_search("أحمد")
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert any("احمد سامي" in n for n in names)


def test_lazy_paging_with_thousands(vault, qtmodeltester):
    vault.repository.import_profiles(_generated(3000))
    model = ProfileListModel(vault.repository)
    assert model.total == 3000
    assert model.rowCount() == profile_list.PAGE_SIZE  # only the first page is loaded
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * profile_list.PAGE_SIZE
    model.set_search("", Filters(status="detained"))
    assert model.total == 1500
    assert model.rowCount() == profile_list.PAGE_SIZE
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_name(vault, descending):
    vault.repository.import_profiles(_generated(30))
    model = ProfileListModel(vault.repository)
    model.set_sort("name", descending)
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=descending)


def test_clear_forgets_everything(demo_vault):
    model = ProfileListModel(demo_vault.repository)
    assert model.rowCount() > 0
    model.clear()
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore()
    assert not model.index(0, NAME).isValid()
