"""Issue 9.14: a hostile spreadsheet is refused with one clear error (exit 5), nothing stored,
and memory bounded — before it is expanded in memory.

The million-row XLSX is 260 KB on disk (identical rows deflate to almost nothing); the old code
read every row (nine minutes and 560 MB on the shared test machine). Memory is compared as a
ratio of the child's peak RSS against the same command on a ten-row file, never as an absolute
figure, and no test asserts a time.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from profileeditor.importers.json_import import BadInputFile
from profileeditor.importers.sheets import read_sheet

SRC = Path(__file__).resolve().parents[2] / "src"
HEADER = (
    '<row><c t="inlineStr"><is><t>Name</t></is></c>'
    '<c t="inlineStr"><is><t>Birth date</t></is></c></row>'
)
ROW = '<row><c t="inlineStr"><is><t>Ahmed Ali</t></is></c><c><v>33000</v></c></row>'

# The child runs the real command line and leaves its peak RSS (KiB) in a file.
CHILD = """
import os, resource, sys
from profileeditor.cli import main
code = main(sys.argv[1:])
with open(os.environ["PEAK_RSS_OUT"], "w") as fh:
    fh.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""


def write_xlsx(
    path: Path,
    body: str | None = None,
    rows: int = 0,
    *,
    dimension: str = "",
    shared: str | None = None,
) -> Path:
    """A real workbook (openpyxl's parts) whose first sheet XML is written here: ``HEADER``,
    ``rows`` copies of ``ROW``, then ``body``; ``shared`` replaces the shared strings."""
    wb = openpyxl.Workbook()
    wb.active.append(["Name"])
    buffer = io.BytesIO()
    wb.save(buffer)
    template = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in template.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open(info.filename, "w") as fh:
                    fh.write(
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main">'
                    )
                    if dimension:
                        fh.write(f'<dimension ref="{dimension}"/>'.encode())
                    fh.write(b"<sheetData>" + HEADER.encode())
                    block = (ROW * 10_000).encode()
                    for _ in range(rows // 10_000):
                        fh.write(block)
                    fh.write((ROW * (rows % 10_000)).encode())
                    fh.write((body or "").encode() + b"</sheetData></worksheet>")
            else:
                out.writestr(info, template.read(info.filename))
        if shared is not None:
            out.writestr("xl/sharedStrings.xml", shared)
    return path


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory) -> tuple[Path, dict]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["PROFILEEDITOR_PASSPHRASE"] = "limits test passphrase"
    env["PROFILEEDITOR_INSECURE_FAST_KDF_FOR_TESTS"] = "1"
    vault = tmp_path_factory.mktemp("limits") / "v.pevault"
    subprocess.run(
        [sys.executable, "-m", "profileeditor.cli", "init", str(vault)],
        env=env,
        check=True,
        capture_output=True,
    )
    return vault, env


def _import(cli_vault, path: Path, *extra: str) -> tuple[subprocess.CompletedProcess, int]:
    vault, env = cli_vault
    rss = path.with_suffix(".rss")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, "import", str(vault), str(path), *extra],
        env={**env, "PEAK_RSS_OUT": str(rss)},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=1800,  # a hang guard only: the old code needed about nine minutes here
    )
    return result, int(rss.read_text())


def _listed(cli_vault) -> list:
    vault, env = cli_vault
    out = subprocess.run(
        [sys.executable, "-m", "profileeditor.cli", "list", str(vault), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def _refused(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 5, (result.returncode, result.stderr[-500:])
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-500:]
    assert words in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_million_rows_are_refused_with_bounded_memory(tmp_path, cli_vault, fmt):
    small = tmp_path / f"small.{fmt}"
    big = tmp_path / f"million.{fmt}"
    if fmt == "xlsx":
        write_xlsx(small, rows=10)
        write_xlsx(big, rows=1_000_000)
        assert big.stat().st_size < 400_000  # tiny on disk, huge once expanded
    else:
        small.write_text("Name,Birth date\n" + "Ahmed Ali,1990-01-01\n" * 10, encoding="utf-8")
        big.write_text("Name,Birth date\n" + "Ahmed Ali,1990-01-01\n" * 1_000_000, encoding="utf-8")
    baseline, baseline_rss = _import(cli_vault, small, "--dry-run")
    assert baseline.returncode == 0, baseline.stderr
    result, peak_rss = _import(cli_vault, big)
    print(f"\n{fmt}: baseline peak {baseline_rss // 1024} MB, million rows {peak_rss // 1024} MB")
    _refused(result, "more than 100,000 rows")
    assert peak_rss <= 2 * baseline_rss
    assert _listed(cli_vault) == []


def test_a_lying_dimension_is_ignored(tmp_path):
    """<dimension ref="A1:XFD1048576"> made openpyxl pad every row to 16,384 cells and add a
    million empty rows; the sheet holds two rows and reads as two rows."""
    path = write_xlsx(tmp_path / "dim.xlsx", rows=2, dimension="A1:XFD1048576")
    tracemalloc.start()
    try:
        sheet = read_sheet(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sheet.headers == ["Name", "Birth date"] and len(sheet.rows) == 2
    assert peak < 16 * 2**20


def test_a_cell_beyond_the_column_limit_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "wide.xlsx", rows=1, body='<row><c r="XFD3"><v>1</v></c></row>')
    with pytest.raises(BadInputFile, match="more than 256 columns"):
        read_sheet(path)
    csv_path = tmp_path / "wide.csv"
    csv_path.write_text("Name" + "," * 300 + "x\nAhmed\n", encoding="utf-8")
    with pytest.raises(BadInputFile, match="more than 256 columns"):
        read_sheet(csv_path)


def test_an_oversized_cell_is_refused(tmp_path):
    path = write_xlsx(
        tmp_path / "cell.xlsx",
        body=f'<row><c t="inlineStr"><is><t>{"x" * 40_000}</t></is></c></row>',
    )
    with pytest.raises(BadInputFile, match="more than 32,767 characters"):
        read_sheet(path)
    csv_path = tmp_path / "cell.csv"
    csv_path.write_text("Name\n" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(BadInputFile, match="more than 32,767 characters"):
        read_sheet(csv_path)


def test_a_shared_strings_bomb_is_refused_before_it_is_read(tmp_path):
    """70 MB of shared strings deflate to 70 KB; the zip directory tells, nothing is inflated."""
    bomb = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        'uniqueCount="1"><si><t>' + "a" * (70 * 2**20) + "</t></si></sst>"
    )
    path = write_xlsx(tmp_path / "bomb.xlsx", body='<row><c t="s"><v>0</v></c></row>', shared=bomb)
    del bomb
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(BadInputFile, match="too large once unpacked"):
            read_sheet(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20
