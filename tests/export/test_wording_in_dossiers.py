"""What a dossier says: words instead of codes, agreement with the person, dates and durations
in words, the legal limit explained, contradictions shown, sessions per case."""

from __future__ import annotations

import re
from datetime import date

from profileeditor.export.content import DossierOptions, build_view

TODAY = date(2026, 1, 1)


def _woman(**kw) -> dict:
    p = {
        "id": "00000000-0000-4000-8000-000000000001",
        "name": {"ar": "مروة عرفة", "en": "Marwa Arafa"},
        "sex": "female",
        "nationality": "EG",
        "profession": "journalist",
        "status": "disappeared",
        "detentions": [
            {
                "id": "00000000-0000-4000-8000-0000000000d1",
                "arrest_date": "2019-09-29",
                "disappeared_until": "2019-10-10",
            }
        ],
    }
    p.update(kw)
    return p


def _rows(view) -> dict[str, str]:
    return dict(view.identity) | dict(view.facts)


def test_vocabulary_values_as_labels_with_feminine_agreement():
    ar = build_view(_woman(), "ar", today=TODAY, legal_limit_days=730)
    rows = _rows(ar)
    assert rows["الجنسية"] == "مصر"
    assert rows["المهنة"] == "صحفية"
    assert rows["الوضع الحالي"] == "مختفية قسريًا"
    assert rows["الاسم بالإنجليزية"] == "\u2068Marwa Arafa\u2069"  # isolated in Arabic
    en = build_view(_woman(), "en", today=TODAY, legal_limit_days=730)
    assert _rows(en)["Nationality"] == "Egypt"
    assert _rows(en)["Name (Arabic)"] == "\u2068مروة عرفة\u2069"
    for status, word in (("released", "مُفرج عنها"), ("sentenced", "تقضي حكمًا بالسجن")):
        view = build_view(_woman(status=status), "ar", today=TODAY, legal_limit_days=730)
        assert view.status == word
    lawyer = build_view(_woman(profession="lawyer"), "ar", today=TODAY, legal_limit_days=730)
    assert lawyer.profession == "محامية"
    man = build_view(_woman(sex="male"), "ar", today=TODAY, legal_limit_days=730)
    assert man.profession == "صحفي"


def test_dates_durations_and_the_legal_limit_in_words():
    ar = build_view(_woman(status="detained"), "ar", today=TODAY, legal_limit_days=730)
    rows = _rows(ar)
    detention = dict(ar.detentions[0])
    assert detention["تاريخ القبض"] == "29 سبتمبر 2019"
    assert "\u200e" not in "".join(v for _, v in ar.identity + ar.facts)
    assert rows["أيام الاحتجاز الحالي"] == "2286 يومًا (6 سنوات و3 أشهر و3 أيام)"
    assert rows["الحد القانوني للحبس الاحتياطي"] == (
        "تجاوز الحد الأقصى للحبس الاحتياطي (سنتان، المادة 143) بـ1556 يومًا"
    )
    assert ar.as_of == "محسوبة حتى 1 يناير 2026"
    en = build_view(_woman(status="detained"), "en", today=TODAY, legal_limit_days=730)
    assert _rows(en)["Legal limit on pretrial detention"] == (
        "beyond the two-year limit on pretrial detention (Art. 143) by 1,556 days"
    )
    assert dict(en.detentions[0])["Arrest date"] == "29 September 2019"


def test_approximate_only_where_a_date_is_partial_and_arabic_indic_digits_on_request():
    p = _woman(status="detained")
    p["detentions"][0]["arrest_date"] = "2019-09"
    view = build_view(p, "en", today=TODAY, legal_limit_days=730)
    assert dict(view.detentions[0])["Arrest date"] == "September 2019"
    assert _rows(view)["Days in current detention"].startswith("approximately")
    assert not _rows(view)["Days of enforced disappearance"].startswith("approximately")
    digits = build_view(
        _woman(status="detained"),
        "ar",
        today=TODAY,
        legal_limit_days=730,
        options=DossierOptions(arabic_digits=True),
    )
    assert dict(digits.detentions[0])["تاريخ القبض"] == "٢٩ سبتمبر ٢٠١٩"
    assert not any(ch.isascii() and ch.isdigit() for _, v in digits.facts for ch in v)


def test_released_without_release_date_is_a_visible_warning_not_a_count():
    view = build_view(_woman(status="released"), "en", today=TODAY, legal_limit_days=730)
    assert view.warnings and "no release date" in view.warnings[0]
    rows = _rows(view)
    assert rows["Days in current detention"] == "unknown"
    assert rows["Days in pretrial detention"] == "unknown"
    assert rows["Legal limit on pretrial detention"] == "unknown"
    assert view.days == ""


def test_text_only_in_the_other_language_is_marked():
    view = build_view(_woman(bio={"en": "A translator."}), "ar", today=TODAY, legal_limit_days=730)
    # isolated: its full stop stays at its end inside the right-to-left line
    assert view.bio == "\u2068A translator.\u2069 (بالإنجليزية فقط)"


def test_sessions_grouped_by_case_with_the_columns_that_matter():
    p = _woman(
        status="detained",
        cases=[
            {
                "id": "00000000-0000-4000-8000-0000000000c1",
                "number": "1365",
                "year": 2018,
                "proceedings": [
                    {
                        "id": f"00000000-0000-4000-8000-0000000001{i:02d}",
                        "date": "2020-01-15",
                        "type": "renewal" if i % 2 else "hearing",
                        "outcome": "renewed",
                        "renewal_days": 45,
                        "authority": {"en": "Terrorism circuit"},
                        "next_date": "2020-02-29",
                    }
                    for i in range(30)
                ],
            }
        ],
    )
    view = build_view(p, "en", today=TODAY, legal_limit_days=730)
    assert view.sessions_header == ["Date", "Authority", "Decision", "Next date"]
    [(title, rows)] = view.sessions
    assert title == "Case No. 1365 of 2018"
    assert len(rows) == 30
    assert rows[0] == [
        "15 January 2020",
        "Terrorism circuit",
        "Detention renewed — 45 days",
        "29 February 2020",
    ]
    assert _rows(view)["Renewal sessions"] == "30 sessions"  # hearings that renewed count too


def test_vault_settings_reach_the_cover_and_the_digits(vault, tmp_path):
    import subprocess

    from profileeditor.core import wording
    from profileeditor.export.content import (
        SETTING_CONTACT,
        SETTING_ORGANISATION,
        options_from_settings,
    )
    from profileeditor.export.dispatch import export_from_vault

    repo = vault.repository
    repo.set_setting(SETTING_ORGANISATION, {"ar": "تنسيقية الحقوق", "en": "Rights Coalition"})
    repo.set_setting(SETTING_CONTACT, "contact@example.org")
    repo.set_setting(wording.SETTING_ARABIC_DIGITS, True)
    options = options_from_settings(repo.get_setting, "ar")
    assert options.arabic_digits and options.mark_other_language
    out = tmp_path / "d.pdf"
    profile = _woman(status="detained", consent={"level": "full"})
    repo.create_profile(profile)
    # The one entry point the CLI and the GUI call reads the settings itself.
    export_from_vault(repo, [profile["id"]], "pdf", out, lang="ar", today=TODAY)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    marks = {c: None for c in [*range(0x200E, 0x2070), 0x061C]}  # directional marks, ALM too
    text = " ".join(text.translate(marks).split(" "))
    cover = text.split("\f")[0]
    assert "تنسيقية الحقوق" in cover and "contact@example.org" in cover
    assert "٢٩ سبتمبر ٢٠١٩" in text
    assert re.search("صفحة ٢ من [٠-٩]+", text)  # the footers too (Arabic-Indic digits)


def test_pdf_contents_carry_page_numbers_and_links(tmp_path):
    import subprocess

    import pypdf

    from profileeditor.export import export_profiles

    second = _woman(id="00000000-0000-4000-8000-000000000002", name={"en": "Second Person"})
    profiles = [_woman(consent={"level": "full"}), dict(second, consent={"level": "full"})]
    out = tmp_path / "d.pdf"
    export_profiles(profiles, "pdf", out, lang="en", today=TODAY)
    reader = pypdf.PdfReader(str(out))
    # Each profile's part begins with its first page (photo and key facts).
    starts = [
        n + 1 for n, page in enumerate(reader.pages) if "Key facts" in (page.extract_text() or "")
    ]
    contents = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [" ".join(line.split()) for line in contents.splitlines()]
    assert f"1. Marwa Arafa {starts[0]}" in lines
    assert f"2. Second Person {starts[1]}" in lines
    links = [a.get_object() for a in reader.pages[1].get("/Annots") or []]
    assert len([a for a in links if a.get("/Subtype") == "/Link"]) == 2
    first = reader.pages[0]
    assert "Page 1 of" not in (first.extract_text() or "")


def test_every_text_only_in_the_other_language_is_marked_in_a_monolingual_dossier():
    p = _woman(
        status="detained",
        name={"ar": "مروة عرفة"},
        governorate={"ar": "القاهرة"},
        detentions=[
            {
                "id": "00000000-0000-4000-8000-0000000000d1",
                "arrest_date": "2019-09-29",
                "arrest_place": {"ar": "منزلها"},
                "facilities": [{"name": {"ar": "سجن القناطر"}, "from": "2019-10-10"}],
            }
        ],
    )
    en = build_view(p, "en", today=TODAY, legal_limit_days=730)
    marked = "\u2068{}\u2069 (in Arabic only)"
    assert dict(en.identity)["Name"] == marked.format("مروة عرفة")
    assert dict(en.identity)["Governorate"] == marked.format("القاهرة")
    assert dict(en.detentions[0])["Place of arrest"] == marked.format("منزلها")
    assert en.facility == marked.format("سجن القناطر")  # the summary table's column
    assert en.name == "مروة عرفة"  # the heading: the name itself
    both = build_view(
        p,
        "en",
        today=TODAY,
        legal_limit_days=730,
        options=DossierOptions(mark_other_language=False),
    )
    assert both.facility == "سجن القناطر"  # a bilingual dossier shows both sides anyway
