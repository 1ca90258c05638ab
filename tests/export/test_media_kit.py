"""The media kit in the dossiers (issue 14): each profile's first page (photo beside the key
facts, a summary, the timeline), the statistics section and the bilingual edition, read back
from the written PDF (PyMuPDF, pdftotext) and DOCX (python-docx, the zip's pictures)."""

from __future__ import annotations

import copy
import io
import itertools
import subprocess
import uuid
import zipfile
from collections import Counter
from datetime import date

import docx
import extractors
import positions
import pymupdf
import pytest
from export_helpers import appears, docx_parts_text, normalise, pdf_raw_strings
from PIL import Image

from profileeditor.core import facts as facts_mod
from profileeditor.core import wording
from profileeditor.core.levels import select_for_level
from profileeditor.core.vocab import label
from profileeditor.export import export_profiles, first_page, timeline
from profileeditor.export.content import DossierOptions
from profileeditor.export.dispatch import export_from_vault

TODAY = date(2026, 12, 1)


def _id(n: int) -> str:
    return str(uuid.UUID(int=n, version=4))


def _renewal(n: int, day: str) -> dict:
    return {
        "id": _id(1000 + n),
        "date": day,
        "type": "renewal",
        "outcome": "renewed",
        "renewal_days": 45,
    }


def long_record(samples) -> dict:
    """Three facilities, two recycled cases, 30 renewals, two hunger strikes."""
    p = copy.deepcopy(samples[0])
    p["id"] = _id(1)
    p["consent"] = {"level": "full"}
    p["birth_date"] = "1990-02-14"
    p["health"] = {"ar": "يعاني من مرض القلب", "en": "Heart condition, no treatment"}
    p["bio"] = {
        "ar": "صحفية من الجيزة.\n\nفقرة ثانية لا تظهر في الملخص.",
        "en": "A journalist from Giza.\n\nA second paragraph the summary leaves out.",
    }
    det = p["detentions"][0]
    det.update(arrest_date="2020-02-11", release_date=None, disappeared_until="2020-02-21")
    det.pop("release_date")
    det["facilities"] = [
        {"name": {"ar": "سجن طرة", "en": "Tora Prison"}, "from": "2020-02-11", "to": "2021-06-30"},
        {
            "name": {"ar": "سجن بدر ١", "en": "Badr 1 Prison"},
            "from": "2021-07-01",
            "to": "2022-12-31",
        },
        {"name": {"ar": "سجن العاشر", "en": "10th of Ramadan Prison"}, "from": "2023-01-01"},
    ]
    first = {
        "id": _id(11),
        "number": "1337",
        "year": 2020,
        "prosecution": "supreme_state_security",
        "joined_date": "2020-02-11",
        "charges": ["joining_terrorist_group"],
        "proceedings": [
            _renewal(n, f"{2020 + (n + 2) // 12}-{(n + 2) % 12 + 1:02d}-05") for n in range(30)
        ],
    }
    second = {
        "id": _id(12),
        "number": "911",
        "year": 2022,
        "prosecution": "supreme_state_security",
        "joined_date": "2022-09-01",
        "recycled_from": _id(11),
        "charges": ["spreading_false_news"],
    }
    third = {
        "id": _id(13),
        "number": "440",
        "year": 2024,
        "prosecution": "supreme_state_security",
        "joined_date": "2024-03-01",
        "recycled_from": _id(12),
        "charges": ["misuse_social_media"],
    }
    p["cases"] = [first, second, third]
    p["events"] = [
        {"id": _id(21), "type": "hunger_strike", "date": "2023-08-01", "end_date": "2023-09-10"},
        {"id": _id(22), "type": "hunger_strike", "date": "2025-02-01", "end_date": "2025-03-01"},
    ]
    p["status"] = "detained"
    return p


def short_record(samples) -> dict:
    p = copy.deepcopy(samples[3])
    p["id"] = _id(2)
    p["consent"] = {"level": "full"}
    p["health"] = {}
    p["detentions"] = [
        {
            "id": _id(31),
            "arrest_date": "2025-06-01",
            "facilities": [{"name": {"ar": "قسم الدقي", "en": "Dokki police station"}}],
        }
    ]
    p["cases"], p["events"], p["status"] = [], [], "detained"
    return p


def _rows(profile, lang, level="internal"):
    (redacted,) = select_for_level([profile], level)
    page = first_page.build(redacted, lang, today=TODAY, legal_limit_days=730)
    return page, dict(page.rows)


def _pages_text(path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [normalise(page) for page in out.split("\f")]


def test_key_facts_of_a_long_record_are_the_facts(tmp_path, samples):
    profile = long_record(samples)
    f = facts_mod.compute(profile, TODAY, 730)
    assert len(f.recycled_cases) == 2 and f.renewals == 30
    page, rows = _rows(profile, "en")
    start = date.fromisoformat(f.episode_start)
    assert rows["Age"] == "36 years"
    assert rows["Profession"].startswith("Journalist")
    assert rows["Held since"] == (f"11 February 2020 ({wording.duration_text(start, TODAY, 'en')})")
    assert "6 years, 9 months" in rows["Held since"]
    assert rows["Facility"] == "10th of Ramadan Prison" == f.current_facility["en"]
    cases = rows["Cases and prosecution"].split("\n")
    assert len(cases) == 3 and sum("(recycled)" in c for c in cases) == 2
    assert all("Supreme State Security Prosecution" in c for c in cases)
    assert rows["Charges"].count(",") == 2
    assert rows["Legal limit on pretrial detention"] == wording.legal_limit_text(
        f.pretrial_days, 730, "en"
    )
    assert rows["Hunger strikes"] == (
        "2: 1 August 2023 – 10 September 2023; 1 February 2025 – 1 March 2025"
    )
    assert rows["Health concern"] == "Heart condition, no treatment"
    assert page.summary == "A journalist from Giza."
    ar_page, ar_rows = _rows(profile, "ar")
    assert ar_rows["محتجزة منذ"].startswith("11 فبراير 2020 (6 سنوات و9 أشهر")
    assert ar_rows["الإضراب عن الطعام"].startswith("2: ")
    assert ar_page.summary == "صحفية من الجيزة."
    assert "تجديد الحبس: 30 جلسة" in [m.text for m in ar_page.timeline.markers]
    # The same facts on the written first page, in both languages.
    for lang, held, summary in (
        ("en", rows["Held since"], page.summary),
        ("ar", ar_rows["محتجزة منذ"], ar_page.summary),
    ):
        path = tmp_path / f"{lang}.pdf"
        export_profiles([profile], "pdf", path, lang=lang, level="partner", today=TODAY)
        key = "Key facts" if lang == "en" else "وقائع أساسية"
        first = next(t for t in _pages_text(path) if key in t)
        assert normalise(held) in first and summary in first
        assert "Tora Prison" not in first  # where the person is held now, not every place


def test_key_facts_of_a_short_record(samples):
    _, rows = _rows(short_record(samples), "en")
    assert set(rows) == {
        "Age",
        "Profession",
        "Status",
        "Held since",
        "Facility",
        "Legal limit on pretrial detention",
    }
    assert rows["Held since"] == "1 June 2025 (1 year and 6 months)"
    assert rows["Facility"] == "Dokki police station"


HEALTH = ("Heart condition", "مرض القلب")  # of long_record's health concern, each language


@pytest.mark.parametrize(("level", "shown"), [("public", False), ("partner", True)])
def test_health_concern_only_where_the_level_allows_it(tmp_path, samples, level, shown):
    """A health concern reaches a partner's dossier and never a public one: not in the first
    page's rows, not in the PDF as pdftotext, pypdf or PyMuPDF read it, not among the PDF's raw
    strings (qpdf --qdf: metadata, bookmarks, ActualText, what a reader may miss), not in any
    part of the DOCX (headers, footers, comments, properties as well as the body). Where it is
    allowed, each of these readers finds it: each can see what it is asked to look for."""
    profile = long_record(samples)
    _, rows = _rows(profile, "en", level)
    assert ("Health concern" in rows) is shown
    pdf = tmp_path / f"{level}.pdf"
    export_profiles([profile], "pdf", pdf, lang="ar+en", level=level, today=TODAY)
    for reader in ("pdftotext", "pypdf", "PyMuPDF"):
        text = extractors.normalise(extractors.READERS[reader](pdf))
        for phrase in HEALTH:
            if shown:
                assert phrase in text, (reader, phrase)
            else:
                assert not appears(phrase, text), (reader, phrase)
    raw = pdf_raw_strings(pdf, tmp_path)
    # The English sits in the content streams as glyph numbers only; the Arabic is also in the
    # ActualText spans, which a grep of the file does find.
    assert appears(HEALTH[1], raw) is shown, "raw PDF strings"
    if not shown:
        assert not appears(HEALTH[0], raw), "raw PDF strings"
    out = tmp_path / f"{level}.docx"
    export_profiles([profile], "docx", out, lang="ar+en", level=level, today=TODAY)
    parts = docx_parts_text(out)
    assert {"word/document.xml", "docProps/core.xml"} <= set(parts)
    assert any(name.startswith("word/footer") for name in parts)
    for phrase in HEALTH:
        holding = sorted(name for name, text in parts.items() if appears(phrase, text))
        assert holding == (["word/document.xml"] if shown else []), (phrase, holding)


def _first_page(pages: list[positions.Page], lang: str) -> positions.Page:
    key = "Key facts" if lang == "en" else "وقائع أساسية"
    return next(p for p in pages if any(line.has(key) for line in p.lines))


def _timeline_words(page: positions.Page) -> list[positions.Word]:
    """The words (with a letter or digit) below the page's "Timeline" heading, above its foot."""
    heading = next(
        line
        for line in page.lines
        if line.text in ("Timeline", "الخط الزمني", "ينمزلا طخلا", "الزمني الخط")
    )
    return [w for w in page.words if w.inked and heading.y1 < w.y0 < page.height - 40]


def _word_rows(words: list[positions.Word]) -> list[list[positions.Word]]:
    """Words grouped into rows of text by their top (within a point and a half)."""
    rows: list[list[positions.Word]] = []
    for word in sorted(words, key=lambda w: w.y0):
        if rows and word.y0 - rows[-1][0].y0 < 1.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


@pytest.mark.parametrize("reader", list(positions.READERS))
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_timeline_text_runs_the_way_the_language_reads(timeline_pdfs, lang, reader):
    """Years along the axis in reading order, labels that never overlap, the arrest on the
    right in Arabic: the same from poppler's word boxes and from PyMuPDF's."""
    page = _first_page(positions.READERS[reader](timeline_pdfs[lang]), lang)
    words = _timeline_words(page)
    axis = min(w.y0 for w in words)  # the years sit above everything else
    years = sorted((w for w in words if w.y0 < axis + 2), key=lambda w: w.x0)
    if lang == "ar":
        years.reverse()  # time runs right to left
    assert [w.text for w in years] == [str(y) for y in range(2020, 2028)], (reader, years)
    labels = [w for w in words if w.y0 >= axis + 2]
    # Labels on one row never overlap, word by word.
    rows = _word_rows(labels)
    assert len(rows) >= 2, (reader, [w.text for w in labels])
    for row in rows:
        boxes = sorted((w.x0, w.x1, w.text) for w in row)
        for (_, right, a), (left, _, b) in itertools.pairwise(boxes):
            assert right <= left + 0.5, (reader, a, b, boxes)
    # Time runs the way the text reads: the arrest label is on the right in Arabic, the two
    # hunger strikes (2023 and 2025) on the left.
    (arrest,) = [w for w in labels if w.has("Arrest") or w.has("القبض")]
    strikes = [w for w in labels if w.has("Hunger") or w.has("إضراب")]
    assert len(strikes) == 2, (reader, [w.text for w in labels])
    for strike in strikes:
        assert (arrest.x0 > strike.x1) if lang == "ar" else (arrest.x1 < strike.x0), (
            reader,
            arrest,
            strike,
        )
    # The three cases, each once.
    assert sum(w.text in ("Case", "قضية", "ةيضق") for w in labels) == 3, reader
    for number in ("1337/2020", "911/2022", "440/2024"):
        assert sum(w.has(number) for w in labels) == 1, (reader, number)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_timeline_drawn_in_the_pdf_as_vectors(timeline_pdfs, lang):
    with pymupdf.open(timeline_pdfs[lang]) as pdf:
        key = "Key facts" if lang == "en" else "وقائع أساسية"
        page = next(p for p in pdf if key in p.get_text())
        # Vector drawing: the detention bar, the three places as bars, 30 renewal ticks.
        drawings = page.get_drawings()
        red = [d for d in drawings if d.get("fill") and _near(d["fill"], "#8a1c1c")]
        assert red and red[0]["rect"].width > page.rect.width / 2
        places = [
            d
            for d in drawings
            if d.get("fill") and any(_near(d["fill"], c) for c in timeline.FACILITY_COLORS)
        ]
        assert len(places) == 3
        tick = 8 * page.rect.width * 0.8 / 1000 * 72 / 72  # 8 layout units, in points
        ticks = [
            item
            for d in drawings
            if d.get("color") and _near(d["color"], timeline.COLORS["session"])
            for item in d["items"]
            if item[0] == "l" and abs(abs(item[2].y - item[1].y) - tick) < 0.6
        ]
        assert len(ticks) == 30


@pytest.fixture(scope="module")
def timeline_pdfs(tmp_path_factory, samples):
    folder = tmp_path_factory.mktemp("timeline")
    files = {}
    for lang in ("ar", "en"):
        files[lang] = folder / f"t-{lang}.pdf"
        export_profiles(
            [long_record(samples)], "pdf", files[lang], lang=lang, level="public", today=TODAY
        )
    return files


def _near(rgb, hex_color: str) -> bool:
    want = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return all(abs(a - b) < 0.02 for a, b in zip(rgb, want, strict=True))


def test_timeline_in_the_docx_is_drawn_and_its_pictures_without_metadata(tmp_path, samples):
    profiles = [long_record(samples), short_record(samples)]
    out = tmp_path / "d.docx"
    export_profiles(profiles, "docx", out, lang="ar+en", level="public", today=TODAY)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if not name.startswith("word/media/") or not name.endswith(".png"):
                continue  # the photos are the card's cleaned JPEGs (test_images)
            with Image.open(io.BytesIO(z.read(name))) as image:
                assert not image.info.get("exif") and not image.getexif(), name
                assert not image.info, image.info
        document = z.read("word/document.xml").decode("utf-8")
    # The timelines are DrawingML groups (timeline_drawingml): two people, two languages.
    assert document.count("<wpg:wgp>") == 4


def test_statistics_section_has_the_list_figures(demo_vault, tmp_path):
    repo = demo_vault.repository
    rows = repo.search("", limit=1000)
    ids = [r.id for r in rows]
    out = tmp_path / "s.pdf"
    export_from_vault(repo, ids, "pdf", out, lang="en", level="internal", today=date.today())
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = layout.split("\f")
    section = "\n".join(p for p in pages if "Statistics of this dossier" in p or "People by" in p)
    lines = [" ".join(line.split()) for line in section.splitlines()]
    assert f"people documented {len(rows)}" in lines
    assert f"beyond the legal limit {sum(1 for r in rows if r.beyond_limit)}" in lines
    for status, n in Counter(label("status", r.status, "en") for r in rows).items():
        assert any(line.endswith(f"{status} {n}") for line in lines), (status, n)
    # The DOCX carries the same table.
    out = tmp_path / "s.docx"
    export_from_vault(repo, ids, "docx", out, lang="en", level="internal", today=date.today())
    document = docx.Document(str(out))
    cells = {
        row.cells[0].text: row.cells[1].text
        for table in document.tables
        for row in table.rows
        if len(row.cells) == 2
    }
    assert cells["people documented"] == str(len(rows))
    for status, n in Counter(label("status", r.status, "en") for r in rows).items():
        assert cells[status] == str(n)


def test_no_statistics_for_one_profile_or_when_left_out(tmp_path, samples):
    profiles = [long_record(samples), short_record(samples)]
    for chosen, options, expected in (
        (profiles[:1], None, False),
        (profiles, None, True),
        (profiles, DossierOptions(statistics=False), False),
    ):
        out = tmp_path / "n.pdf"
        export_profiles(chosen, "pdf", out, lang="en", today=TODAY, options=options)
        assert ("Statistics of this dossier" in " ".join(_pages_text(out))) is expected


def test_bilingual_edition_is_one_profile_in_both_languages(tmp_path, samples):
    profiles = [long_record(samples), short_record(samples), *copy.deepcopy(samples[:2])]
    for p in profiles:
        p["consent"] = {"level": "full"}
    out = tmp_path / "bi.pdf"
    export_profiles(profiles, "pdf", out, lang="ar+en", level="public", today=TODAY)
    texts = _pages_text(out)
    with pymupdf.open(out) as pdf:  # pages shown in pairs, even pages on the left
        assert pdf.pdf_catalog() and "/TwoColumnRight" in pdf.xref_object(pdf.pdf_catalog())
    marks = []
    for number, text in enumerate(texts, 1):
        if "وقائع أساسية" in text:
            marks.append(("first", "ar", number))
        elif "Key facts" in text:
            marks.append(("first", "en", number))
        elif "البيانات الشخصية" in text:
            marks.append(("details", "ar", number))
        elif "Identity" in text:
            marks.append(("details", "en", number))
    kinds = [(kind, lang) for kind, lang, _ in marks]
    one = [("first", "ar"), ("first", "en"), ("details", "ar"), ("details", "en")]
    assert kinds == one * len(profiles)
    names = [(p["name"]["ar"], p["name"]["en"]) for p in profiles]
    for i, (ar, en) in enumerate(names):
        block = marks[4 * i : 4 * i + 4]
        ar_first, en_first = block[0][2], block[1][2]
        # The two first pages face each other: Arabic on the left-hand (even) page.
        assert ar_first % 2 == 0 and en_first == ar_first + 1
        assert normalise(ar) in texts[ar_first - 1] and en in texts[en_first - 1]
        assert en in texts[block[3][2] - 1]
