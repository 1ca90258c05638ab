"""The bilingual Word dossier opens each profile on a two-page spread (issue 14 §5), as the PDF
does: the Arabic first page on a left-hand (even) page, the English one facing it — read back
through LibreOffice's own layout (its PDF, page numbers from the footer)."""

from __future__ import annotations

import re
import subprocess

from test_media_kit import TODAY, long_record, short_record

from profileeditor.export import export_profiles


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


def test_bilingual_profiles_face_each_other(tmp_path, samples, soffice_pdf):
    profiles = [long_record(samples), short_record(samples)]
    out = tmp_path / "bi.docx"
    export_profiles(profiles, "docx", out, lang="ar+en", level="public", today=TODAY)
    pages = _pages(soffice_pdf([out])[out])
    numbers = _page_numbers(pages[1:])  # the cover has no page number
    firsts = []
    for text, number in zip(pages[1:], numbers, strict=True):
        if "وقائع أساسية" in text:
            firsts.append(("ar", number))
        elif "Key facts" in text:
            firsts.append(("en", number))
    assert [lang for lang, _ in firsts] == ["ar", "en"] * len(profiles)
    for (_, arabic), (_, english) in zip(firsts[::2], firsts[1::2], strict=True):
        assert arabic % 2 == 0, firsts  # a left-hand page
        assert english == arabic + 1, firsts  # facing it
