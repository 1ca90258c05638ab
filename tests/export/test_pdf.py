"""PDF dossiers read back through poppler: exact Arabic, embedded fonts, password, metadata."""

from __future__ import annotations

import copy
import subprocess

import pytest
from export_helpers import PRESENTATION_FORMS, TODAY, normalise, pdftotext

from profileeditor.core.vocab import label
from profileeditor.export import export_profiles

# Words that plain glyph-to-text mapping breaks: tanween, shadda/kasra marks and lam-alef.
HARD_BIO = "اعتُقل تعسفيًا بسبب عمله الإعلامي خاصًا في الإعلام، ومُنع عِلاء الدِّين من الزيارة لأسبابٍ «أمنية» منذ 2019-01-10 (COP27)."


def _expected(profiles, langs):
    for p in profiles:
        for lang in langs:
            yield p["name"][lang]
            if (p.get("bio") or {}).get(lang):
                yield p["bio"][lang]
            for case in p.get("cases") or []:
                for charge in case.get("charges") or []:
                    yield label("charge", charge, lang)


@pytest.fixture(scope="module")
def bilingual_pdf(tmp_path_factory, samples):
    out = tmp_path_factory.mktemp("pdf") / "dossier.pdf"
    export_profiles(samples, "pdf", out, lang="ar+en", today=TODAY)
    return out


def test_arabic_and_english_come_back_exactly(bilingual_pdf, consented):
    result = pdftotext(bilingual_pdf)
    assert result.returncode == 0, result.stderr
    assert not PRESENTATION_FORMS.search(result.stdout)
    text = normalise(result.stdout)
    missing = [t for t in _expected(consented, ("ar", "en")) if normalise(t) not in text]
    assert missing == []


def test_unconsented_profiles_left_out_of_public(bilingual_pdf, samples):
    text = normalise(pdftotext(bilingual_pdf).stdout)
    for p in samples:
        if (p.get("consent") or {}).get("level") != "full":
            assert p["name"]["ar"] not in text
            assert p["name"]["en"] not in text


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tanween_and_lam_alef_survive_extraction(tmp_path, consented, lang):
    profile = copy.deepcopy(consented[0])
    profile["bio"] = {"ar": HARD_BIO, "en": "Held arbitrarily since 2019-01-10."}
    profile["name"] = {"ar": "مُؤمن عِلاء الدِّين الإعلامي", "en": "Moemen Alaa El-Din"}
    out = tmp_path / "hard.pdf"
    export_profiles([profile], "pdf", out, lang=lang, today=TODAY)
    raw = pdftotext(out).stdout
    assert not PRESENTATION_FORMS.search(raw)
    text = normalise(raw)
    assert normalise(profile["bio"][lang]) in text
    assert profile["name"][lang] in text
    for word in ("تعسفيًا", "خاصًا", "الإعلام،", "الدِّين"):
        if lang == "ar":
            assert word in text.split(), word


def test_fonts_embedded_and_metadata_scrubbed(bilingual_pdf):
    fonts = subprocess.run(["pdffonts", str(bilingual_pdf)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), fonts
    assert any("NotoNaskhArabic" in row for row in rows)
    assert any("NotoSans" in row for row in rows)
    info = subprocess.run(["pdfinfo", str(bilingual_pdf)], capture_output=True, text=True).stdout
    for key in ("Producer:", "Author:", "Creator:"):
        assert key not in info, info
    raw = bilingual_pdf.read_bytes()
    assert b"fpdf" not in raw.lower()


def test_level_on_every_page_and_outline(bilingual_pdf):
    pages = pdftotext(bilingual_pdf).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    for page in pages:
        text = normalise(page)
        assert "Export level: public" in text or "مستوى النشر: عام" in text
    assert b"/Outlines" in bilingual_pdf.read_bytes()


def test_password_protected(tmp_path, consented):
    out = tmp_path / "locked.pdf"
    export_profiles(consented[:1], "pdf", out, lang="ar", today=TODAY, pdf_password="s3cret pass")
    locked = pdftotext(out)
    assert locked.returncode != 0
    assert consented[0]["name"]["ar"] not in locked.stdout
    opened = pdftotext(out, "-upw", "s3cret pass")
    assert opened.returncode == 0, opened.stderr
    assert consented[0]["name"]["ar"] in normalise(opened.stdout)


def test_every_footer_has_its_page_number_and_the_total(bilingual_pdf):
    pages = pdftotext(bilingual_pdf).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert total > 3
    seen = set()
    for number, page in enumerate(pages, 1):
        text = normalise(page)
        footers = {"en": f"Page {number} of {total}", "ar": f"صفحة {number} من {total}"}
        found = [lang for lang, footer in footers.items() if footer in text]
        if number == 1:
            assert found == [], text[-120:]  # the cover carries no page number
            continue
        assert len(found) == 1, (number, text[-120:])
        # The footer speaks the language of the page's header.
        header_lang = "en" if text.startswith("Export level") else "ar"
        assert found == [header_lang], (number, text[:80], text[-80:])
        seen.update(found)
        assert " 000" not in text
    assert seen == {"ar", "en"}
