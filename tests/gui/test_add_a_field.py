"""docs/ARCHITECTURE.md, "How to add a field", walked by a test.

A throwaway field of detention episodes, ``detentions.legal_basis`` (bilingual text: the article
or order the arrest relied on), is added the documented way — a schema property, one catalogue
entry, a migration; its Arabic label is in the entry — and is then found in the editor, the
spreadsheet mapping and import, the JSON round trip and the dossier. Each step left out makes a
named check fail first: that is what makes the guide safe to follow.
"""

from __future__ import annotations

import copy
import csv
import json
import re

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from profileeditor.core import catalogue, schema, schema_doc
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.model import RECORDS, all_columns
from profileeditor.core.vault import Vault
from profileeditor.export import content
from profileeditor.gui.editor import ProfileEditor
from profileeditor.importers import json_import, mapping
from profileeditor.importers.spreadsheet import apply_plan, plan_import

PATH = "detentions.legal_basis"
ENTRY = catalogue.Entry(
    PATH,
    "text",
    "Legal basis",
    "السند القانوني",
    widget="bilingual",
    dossier="text",
    sheet="text",
    synonyms=("legal grounds", "سند القبض"),
)
VALUE = {"ar": "المادة ٨٦ من قانون العقوبات", "en": "Article 86 of the Penal Code"}


def _v_next(conn) -> None:
    conn.execute("ALTER TABLE detentions ADD COLUMN legal_basis_ar")
    conn.execute("ALTER TABLE detentions ADD COLUMN legal_basis_en")


def schema_fields() -> set[str]:
    return {re.sub(r"\.(ar|en)$", "", p) for p in schema_doc.field_paths()}


def catalogue_gaps() -> set[str]:
    """What tests/core/test_catalogue.py checks: schema and catalogue name the same fields."""
    return schema_fields() ^ {e.path for e in catalogue.entries()}


def column_gaps(conn) -> set[str]:
    """What tests/core/test_migrations.py checks: the tables hold the catalogue's columns."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(detentions)")}
    return set(all_columns(RECORDS["detentions"])) - have


@pytest.fixture
def schema_with_the_field():
    """Step 1: the property in resources/profiles.schema.json (here: in the loaded copy)."""
    loaded = schema_doc.interchange_schema()
    saved = copy.deepcopy(loaded)
    loaded["$defs"]["detention"]["properties"]["legal_basis"] = {
        "$ref": "#/$defs/text",
        "x-sensitivity": "public",
    }
    json_import._validator.cache_clear()
    json_import._fast_validator.cache_clear()
    yield
    loaded.clear()
    loaded.update(saved)
    json_import._validator.cache_clear()
    json_import._fast_validator.cache_clear()


@pytest.fixture
def catalogued(schema_with_the_field):
    """Step 2: one catalogue entry (in core/catalogue.py ENTRIES; here added at run time)."""
    assert catalogue_gaps() == {PATH}, "the schema alone: the catalogue check names the field"
    catalogue.add_entry(ENTRY)
    yield
    catalogue.remove_entry(ENTRY)


@pytest.fixture
def migrated(catalogued, monkeypatch, tmp_path):
    """Step 3: a migration with literal SQL (here appended for the test). Without it a fresh
    vault lacks the columns and the migration check names them."""
    assert catalogue_gaps() == set()
    before, _ = Vault.create(
        tmp_path / "before.pevault", "pass phrase", KdfParams.insecure_for_tests()
    )
    assert column_gaps(before.repository.conn) == {"legal_basis_ar", "legal_basis_en"}
    before.lock()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _v_next])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    vault, _ = Vault.create(
        tmp_path / "after.pevault", "pass phrase", KdfParams.insecure_for_tests()
    )
    assert column_gaps(vault.repository.conn) == set()
    yield vault
    vault.lock()


@pytest.fixture
def stored(migrated, sample_profiles):
    """The JSON round trip: imported, stored, read back, exported — the value intact."""
    profile = copy.deepcopy(sample_profiles[0])
    profile["detentions"][0]["legal_basis"] = VALUE
    doc = {"format": "profileeditor.profiles", "version": 1, "profiles": [profile]}
    json_import.import_document(migrated.repository, json.loads(json.dumps(doc)))
    return migrated.repository, profile["id"]


def test_json_round_trip(stored, tmp_path):
    from profileeditor.export import jsonfile

    repo, pid = stored
    assert repo.get_profile(pid)["detentions"][0]["legal_basis"] == VALUE
    out = tmp_path / "out.json"
    jsonfile.write(out, repo.get_profiles([pid]), "internal")
    again = json.loads(out.read_text(encoding="utf-8"))
    assert again["profiles"][0]["detentions"][0]["legal_basis"] == VALUE
    json_import.check_document(again)  # the exported file is valid interchange JSON


def test_spreadsheet_mapping_and_import(migrated, tmp_path):
    assert mapping.suggest_one("Legal basis").target == "detention.legal_basis"
    assert mapping.suggest_one("سند القبض").target == "detention.legal_basis"
    sheet = tmp_path / "people.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["الاسم", "تاريخ القبض", "السند القانوني"])
        writer.writerow(["منى سالم", "2021-03-04", VALUE["ar"]])
    plan = plan_import(migrated.repository, sheet)
    assert plan.mapping.columns["السند القانوني"] == "detention.legal_basis"
    result = apply_plan(migrated.repository, plan)
    stored = migrated.repository.get_profile(result.created[0])
    assert stored["detentions"][0]["legal_basis"] == {"ar": VALUE["ar"]}


def test_editor_shows_and_saves_it(qtbot, stored):
    repo, pid = stored
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.load(pid)
    widgets = {w.property("fieldPath"): w for w in editor.findChildren(QWidget)}
    english = widgets[f"{PATH}.en"]
    assert english.text() == VALUE["en"]
    labels = [w.text() for w in editor.detentions.findChildren(QLabel)]
    assert "Legal basis" in labels
    with qtbot.waitSignal(editor.profileChanged, timeout=5000):
        english.setFocus()
        english.selectAll()
        qtbot.keyClicks(english, "Article 80(d)")
        english.editingFinished.emit()
    assert repo.get_profile(pid)["detentions"][0]["legal_basis"]["en"] == "Article 80(d)"


def test_dossier_prints_it(stored):
    """export/content.py takes its rows from the catalogue: the entry alone puts the field in
    the dossier's view, and in the PDF and DOCX written from the vault."""
    repo, pid = stored
    for lang in ("ar", "en"):
        view = content.build_view(repo.get_profile(pid), lang, today=None, legal_limit_days=730)
        rows = [row for episode in view.detentions for row in episode]
        assert (catalogue.label(PATH, lang), VALUE[lang]) in rows


def _plain(text: str) -> str:
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]", "", text).split())


def test_dossier_files_print_it(stored, tmp_path):
    """The PDF and the DOCX written through the one export entry point carry the new row."""
    import subprocess
    import zipfile

    from profileeditor.export.dispatch import export_from_vault

    repo, pid = stored
    pdf, docx = tmp_path / "d.pdf", tmp_path / "d.docx"
    for fmt, out in (("pdf", pdf), ("docx", docx)):
        export_from_vault(
            repo, [pid], fmt, out, lang="ar+en", level="internal", include_unconsented=True
        )
    pdf_text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    docx_text = "\n".join(
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    )
    for text in (_plain(pdf_text), _plain(docx_text)):
        for lang in ("ar", "en"):
            assert catalogue.label(PATH, lang) in text
            assert VALUE[lang] in text
