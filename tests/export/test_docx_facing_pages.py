"""The bilingual Word dossier opens each profile on a two-page spread (issue 14 §5), as the PDF
does: the Arabic first page on a left-hand (even) page, the English one facing it — read back
through LibreOffice's own layout (its PDF, page numbers from the footer).

LibreOffice lays the dossier out in the fonts the DOCX names (Noto Naskh Arabic, Noto Sans,
shipped in resources/fonts/), as a user's machine with them installed does: a private
fontconfig adds them to the system's fonts. With only a fallback font (DejaVu) a first page
that overflows in the real fonts may still fit, and the test would miss it."""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from test_media_kit import TODAY, long_record, short_record

from profileeditor.export import export_profiles

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def real_fonts_pdf(docx: Path, work: Path) -> Path:
    """``docx`` as LibreOffice prints it with the project's fonts installed: a fonts.conf of
    its own (resources/fonts/ first, then the system's fonts) and a private profile."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required for the DOCX layout tests"
    assert (FONTS / "NotoNaskhArabic-Regular.ttf").exists() and (
        FONTS / "NotoSans-Regular.ttf"
    ).exists()
    cache = work / "fontcache"
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{escape(str(FONTS))}</dir>\n"
        "  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n"
        f"  <cachedir>{escape(str(cache))}</cachedir>\n"
        '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n'
        "</fontconfig>\n",
        encoding="utf-8",
    )
    fc_list = subprocess.run(
        ["fc-list", ":", "family"],
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Noto Naskh Arabic" in fc_list and "Noto Sans" in fc_list, fc_list
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = work / (docx.stem + ".pdf")
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoNaskhArabic" in fonts and "NotoSans" in fonts, fonts
    return pdf


def fullest_record(samples) -> dict:
    """A record that gives the first page all it can: the long record with a long occupation,
    facility and health concern, seven cases, every charge, five hunger strikes, events of
    every kind (timeline label rows) and a long biography — in both languages."""
    p = copy.deepcopy(long_record(samples))
    p["name"] = {  # a name that takes two lines of the heading
        "ar": "سلمى عبد الرؤوف محمد عبد الحميد إبراهيم منصور الشرقاوي السيد عبد الرحمن",
        "en": "Salma Abdel-Raouf Mohamed Abdel-Hamid Ibrahim Mansour El-Sharkawy El-Sayed",
    }
    words_en = "lawyer and researcher documenting detention conditions in several governorates"
    words_ar = "محامية وباحثة توثق ظروف الاحتجاز في عدة محافظات وتكتب عن حقوق السجناء"
    p["occupation"] = {"ar": " ".join([words_ar] * 3), "en": " ".join([words_en] * 3)}
    p["health"] = {"ar": " ".join([words_ar] * 4), "en": " ".join([words_en] * 4)}
    facility = p["detentions"][0]["facilities"][-1]
    facility["name"] = {
        "ar": "مجمع سجون " + " ".join(["العاشر من رمضان التأهيلي الجديد"] * 5),
        "en": "Prison complex " + " ".join(["10th of Ramadan Rehabilitation Centre"] * 5),
    }
    charges = [
        "joining_terrorist_group", "assisting_terrorist_group", "financing_terrorism",
        "spreading_false_news", "misuse_social_media", "unauthorized_protest",
        "inciting_violence",
    ]  # fmt: skip
    base = p["cases"][-1]
    for n in range(4):
        case = copy.deepcopy(base)
        case.update(id=f"00000000-0000-4000-8000-0000000009{n:02d}", number=f"9{n}77")
        case["year"], case["recycled_from"] = 2024 + n // 2, p["cases"][-1]["id"]
        case["charges"] = charges
        p["cases"].append(case)
    p["events"] = [
        {
            "id": f"00000000-0000-4000-8000-0000000008{n:02d}",
            "type": "hunger_strike",
            "date": f"{2020 + n}-03-01",
            "end_date": f"{2020 + n}-04-01",
        }
        for n in range(5)
    ] + [
        {
            "id": f"00000000-0000-4000-8000-0000000007{n:02d}",
            "type": kind,
            "date": f"{2020 + n % 6}-{n % 12 + 1:02d}-10",
        }
        for n, kind in enumerate(
            ["enforced_disappearance", "medical_neglect", "visit_ban", "solitary_confinement",
             "torture_allegation", "transfer", "un_communication", "statement",
             "media_coverage"] * 2
        )
    ]  # fmt: skip
    sentence_en = "She was arrested at dawn at her home in Giza and held without charge. "
    sentence_ar = "قُبض عليها فجرًا من منزلها في الجيزة واحتُجزت دون اتهام لأيام طويلة. "
    p["bio"] = {"ar": (sentence_ar * 20).strip(), "en": (sentence_en * 20).strip()}
    return p


def _pages(pdf) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _page_numbers(pages: list[str]) -> list[int]:
    """Each PDF page's printed number ("صفحة N من M" in the footer): LibreOffice leaves the
    blank pages it inserts for an even-page section out of its PDF, but counts them."""
    found = []
    for text in pages:
        line = next(line for line in reversed(text.splitlines()) if "صفحة" in line)
        found.append([int(n) for n in re.findall(r"\d+", line)])
    total = max(max(numbers) for numbers in found)
    return [min(numbers) if len(set(numbers)) > 1 else total for numbers in found]


def first_page_numbers(pdf: Path) -> list[tuple[str, int]]:
    """(language, printed page number) of each first page, in print order."""
    pages = _pages(pdf)
    numbers = _page_numbers(pages[1:])  # the cover has no page number
    firsts = []
    for text, number in zip(pages[1:], numbers, strict=True):
        for lang, key_facts, timeline in (
            ("ar", "وقائع أساسية", "الخط الزمني"),
            ("en", "Key facts", "Timeline"),
        ):
            if key_facts in text:
                # The whole first page on its page: its last part, the timeline, too.
                assert timeline in text, (lang, number)
                firsts.append((lang, number))
    return firsts


@pytest.mark.parametrize("order", ["long_first", "short_first"])
def test_bilingual_profiles_face_each_other(tmp_path, samples, order):
    profiles = [long_record(samples), short_record(samples), fullest_record(samples)]
    if order == "short_first":
        profiles.reverse()
    out = tmp_path / "bi.docx"
    export_profiles(profiles, "docx", out, lang="ar+en", level="partner", today=TODAY)
    firsts = first_page_numbers(real_fonts_pdf(out, tmp_path))
    assert [lang for lang, _ in firsts] == ["ar", "en"] * len(profiles)
    for (_, arabic), (_, english) in zip(firsts[::2], firsts[1::2], strict=True):
        assert arabic % 2 == 0, firsts  # a left-hand page
        assert english == arabic + 1, firsts  # facing it
