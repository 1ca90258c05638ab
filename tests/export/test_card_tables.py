"""Cards (both Arabic layout paths), spreadsheets, and the entry point's contract."""

from __future__ import annotations

import csv
import io

import pytest
from export_helpers import TODAY
from openpyxl import load_workbook
from PIL import Image, features

from profileeditor.export import ExportCancelled, ExportError, export_profiles
from profileeditor.export.card import render_card
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE


@pytest.mark.parametrize(
    "use_raqm",
    [
        pytest.param(True, marks=pytest.mark.skipif(not features.check("raqm"), reason="no raqm")),
        False,
    ],
)
def test_card_both_layout_paths(consented, use_raqm):
    data = render_card(
        consented[0],
        lang="ar",
        today=TODAY,
        legal_limit_days=730,
        campaign_line=DEFAULT_CAMPAIGN_LINE,
        use_raqm=use_raqm,
    )
    with Image.open(io.BytesIO(data)) as img:
        assert img.size == (1080, 1350)
        assert img.format == "PNG"
        assert not img.info or set(img.info) <= {"dpi", "gamma"}
        assert not img.getexif()
        # the days figure and the accent band are drawn: the image is not blank
        assert len(img.convert("L").resize((54, 67)).getcolors(4096) or []) > 10


def test_card_folder_for_many(tmp_path, consented):
    files = export_profiles(consented, "card", tmp_path / "cards", lang="en", today=TODAY)
    assert len(files) == len(consented) and all(f.suffix == ".png" for f in files)
    assert not list((tmp_path / "cards").glob(".partial-*"))


@pytest.mark.parametrize("lang", ["ar", "en", "ar+en"])
def test_csv_bom_headers_and_facts(tmp_path, consented, lang):
    out = tmp_path / "t.csv"
    export_profiles(consented, "csv", out, lang=lang, today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(consented) + 1
    header = rows[0]
    if lang == "ar":
        assert "أيام الاحتجاز الحالي" in header
    elif lang == "en":
        assert "Days in current detention" in header
    else:
        assert "أيام الاحتجاز الحالي / Days in current detention" in header
    assert {r[0] for r in rows[1:]} == {p["name"]["ar"] for p in consented}


def test_xlsx(tmp_path, consented):
    out = tmp_path / "t.xlsx"
    export_profiles(consented, "xlsx", out, lang="ar", today=TODAY)
    ws = load_workbook(out).active
    assert ws.sheet_view.rightToLeft
    assert ws.max_row == len(consented) + 1
    assert isinstance(ws.cell(2, 7).value, int)


def test_cancel_leaves_nothing(tmp_path, samples):
    out = tmp_path / "d.pdf"
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        export_profiles(samples, "pdf", out, today=TODAY, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_progress_and_errors(tmp_path, samples):
    seen = []
    export_profiles(
        samples,
        "docx",
        tmp_path / "d.docx",
        today=TODAY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    with pytest.raises(ExportError):
        export_profiles(samples, "odt", tmp_path / "x.odt")
    unconsented = [p for p in samples if (p.get("consent") or {}).get("level") != "full"]
    with pytest.raises(ExportError):
        export_profiles(unconsented, "pdf", tmp_path / "x.pdf")
    assert export_profiles(unconsented, "csv", tmp_path / "x.csv", include_unconsented=True)
