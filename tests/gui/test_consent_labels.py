"""Consent levels and source reliability are schema enums whose labels live in core/vocab.py
(the exports, the Uwazi template and core's messages word them from there). The editor, the
list's filter bar and the history said them with tr() strings of their own ("Full", "Partial");
now each reads core/vocab.py, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget
from tests.gui.test_editor_i18n import make_editor

from profileeditor.core import vocab
from profileeditor.gui import i18n
from profileeditor.gui.editor.history_view import HistoryView, choice_labels
from profileeditor.gui.views.filter_bar import FilterBar


@pytest.fixture
def language(qapp):
    old = QLocale()
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def _combo_of(editor, path) -> dict[str, str]:
    combo = next(w for w in editor.findChildren(QWidget) if w.property("fieldPath") == path)
    assert isinstance(combo, QComboBox)
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_consent_and_reliability_are_vocabs_labels(qtbot, demo_vault, language, lang):
    language(lang)
    consent = {c: vocab.label("consent_level", c, lang) for c in vocab.codes("consent_level")}
    reliability = {c: vocab.label("reliability", c, lang) for c in vocab.codes("reliability")}
    assert consent["full"] == {"ar": "موافقة كاملة", "en": "Full consent"}[lang]
    editor = make_editor(qtbot, demo_vault.repository)
    assert _combo_of(editor, "consent.level") == consent
    assert _combo_of(editor, "sources.reliability") == reliability
    bar = FilterBar(lang)
    qtbot.addWidget(bar)
    combo = bar.consent_combo
    assert {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())} == consent
    labels = choice_labels()
    assert labels["consent.level"] == consent
    assert labels["sources.reliability"] == reliability
    history = HistoryView()
    qtbot.addWidget(history)
    assert history.value_text("consent.level", "partial", lang) == consent["partial"]
