"""A profile's first page is bounded whatever the record (issue 14 §5): lists show their first
items and "and N more", free texts are cut at a word with "…", the summary at a sentence — the
same first page in the PDF and the Word dossier, each on one page in both languages."""

from __future__ import annotations

import subprocess

import pytest
from test_docx_facing_pages import fullest_record
from test_media_kit import TODAY, long_record

from profileeditor.core.levels import select_for_level
from profileeditor.export import export_profiles, first_page


def _rows(profile, lang):
    (redacted,) = select_for_level([profile], "partner")
    page = first_page.build(redacted, lang, today=TODAY, legal_limit_days=730)
    return page, dict(page.rows)


def test_clip_cuts_at_a_word_and_marks_it():
    assert first_page.clip("short text", 20) == "short text"
    cut = first_page.clip("one two three four five six", 15)
    assert cut == "one two three…" and len(cut) <= 16
    # One hostile word with no space in it is cut inside it, never left whole.
    assert first_page.clip("x" * 5000, 90) == "x" * 90 + "…"
    assert first_page.clip("  spaced \n\n  out  ", 90) == "spaced out"


def test_summary_stops_at_a_whole_sentence():
    sentence = "She was arrested at dawn at her home in Giza. "
    summary = first_page.summary_paragraph(sentence * 30)
    assert len(summary) <= first_page.MAX_SUMMARY_CHARS
    assert summary.endswith("Giza.") and summary.count("Giza.") >= 5
    arabic = first_page.summary_paragraph("قُبض عليها فجرًا من منزلها في الجيزة؟ " * 30)
    assert arabic.endswith("الجيزة؟") and len(arabic) <= first_page.MAX_SUMMARY_CHARS
    one_long = first_page.summary_paragraph("word " * 400)
    assert one_long.endswith("…") and len(one_long) <= first_page.MAX_SUMMARY_CHARS + 1


@pytest.mark.parametrize(
    ("lang", "cases", "charges", "strikes", "more"),
    [
        ("en", "Cases and prosecution", "Charges", "Hunger strikes", "and {n} more"),
        ("ar", "القضايا وجهة التحقيق", "الاتهامات", "الإضراب عن الطعام", "و{n} غيرها"),
    ],
)
def test_lists_show_their_first_items_and_count_the_rest(
    samples, lang, cases, charges, strikes, more
):
    _, rows = _rows(fullest_record(samples), lang)
    case_lines = rows[cases].split("\n")
    assert len(case_lines) == first_page.MAX_CASES
    assert case_lines[-1] == more.format(n=7 - (first_page.MAX_CASES - 1))
    assert rows[charges].endswith(more.format(n=7 - first_page.MAX_CHARGES))
    assert rows[strikes].startswith("5: ")
    assert rows[strikes].endswith(more.format(n=5 - first_page.MAX_HUNGER_STRIKES))
    for value in rows.values():
        assert len(value) <= 2 * first_page.MAX_VALUE_CHARS + 1
    # A record within the bounds is shown whole: the long record's three cases, its charges.
    _, whole = _rows(long_record(samples), lang)
    assert len(whole[cases].split("\n")) == 3 and "…" not in "".join(whole.values())


def test_the_pdf_first_page_of_the_fullest_record_fits_its_page(tmp_path, samples):
    """The PDF draws the same bounded first page: in each language its key facts, summary and
    timeline on one page, and the English page facing the Arabic one."""
    out = tmp_path / "full.pdf"
    export_profiles(
        [fullest_record(samples)], "pdf", out, lang="ar+en", level="partner", today=TODAY
    )
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    found = {}
    for number, page in enumerate(pages, 1):
        for lang, key_facts, timeline in (
            ("ar", "وقائع أساسية", "الخط الزمني"),
            ("en", "Key facts", "Timeline"),
        ):
            if key_facts in page:
                assert timeline in page, (lang, number)
                found[lang] = number
    assert found["en"] == found["ar"] + 1, found
