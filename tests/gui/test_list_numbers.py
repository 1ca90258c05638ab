"""The list's Days column writes its figure as core/wording.py writes a count everywhere else
(the editor's facts and header, the dossiers): "2,361" in English, "2361" in Arabic, "٢٣٦١"
when the vault asks for Arabic-Indic digits. It showed "2361" in English beside the editor's
"2,361". Sorting stays by the number, not by the text."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QLocale, Qt

from profileeditor.core import wording
from profileeditor.gui import i18n
from profileeditor.gui.editor.facts_view import FactsView
from profileeditor.gui.models.profile_list import DAYS, SUMMARY_ROLE, ProfileListModel

# Released people: their days do not grow with today's date.
SPANS = [("2020-01-01", "2020-03-01"), ("2015-01-01", "2021-06-30"), ("2019-01-01", "2021-09-27")]


def _profiles() -> list[dict]:
    return [
        {
            "id": str(uuid.uuid4()),
            "name": {"en": f"Person {i}", "ar": f"شخص {i}"},
            "status": "released",
            "detentions": [
                {"id": str(uuid.uuid4()), "arrest_date": arrest, "release_date": release}
            ],
        }
        for i, (arrest, release) in enumerate(SPANS)
    ]


@pytest.fixture
def locale_back(qapp):
    old = QLocale()
    yield
    i18n.install(qapp, "en")
    i18n.apply_digits("en")
    QLocale.setDefault(old)


def _days(model) -> list[tuple[int, str]]:
    return [
        (model.index(r, 0).data(SUMMARY_ROLE).days_detained, model.index(r, DAYS).data())
        for r in range(model.rowCount())
    ]


def test_english_days_are_grouped_like_the_editors(qtbot, qapp, vault, locale_back):
    i18n.install(qapp, "en")
    vault.repository.import_profiles(_profiles())
    model = ProfileListModel(vault.repository, lang="en")
    shown = _days(model)
    assert any(n >= 1000 for n, _ in shown)
    for n, text in shown:
        assert text == f"{n:,}"
    # The editor's header says the same figure the same way.
    big = max(n for n, _ in shown)
    facts = FactsView()
    qtbot.addWidget(facts)
    header = facts.tr("%Ln days detained", "", big)
    assert header.startswith(f"{big:,} ")


@pytest.mark.parametrize("digits", [False, True])
def test_arabic_days_follow_the_vaults_digits(qapp, vault, locale_back, digits):
    vault.repository.import_profiles(_profiles())
    i18n.install(qapp, "ar")
    i18n.apply_digits("ar", digits)
    model = ProfileListModel(vault.repository, lang="ar")
    for n, text in _days(model):
        assert text == wording.number(n, "ar", digits)
        assert "," not in text and "٬" not in text


@pytest.mark.parametrize("descending", [False, True])
def test_days_sort_by_the_number_not_the_text(vault, locale_back, descending):
    vault.repository.import_profiles(_profiles())
    model = ProfileListModel(vault.repository, lang="en")
    model.sort(DAYS, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    numbers = [n for n, _ in _days(model)]
    texts = [t for _, t in _days(model)]
    assert numbers == sorted(numbers, reverse=descending)
    assert texts != sorted(texts, reverse=descending)  # "2,372" < "60" as text
