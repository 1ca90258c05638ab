"""Reading spreadsheet files (CSV in any common encoding, XLSX) into headers and rows.

Only reading: what the cells mean is spreadsheet.py's job. Every failure to read becomes
``BadInputFile`` with a message naming the file, so that no malformed, truncated or hostile file
escapes as a traceback. The header row is found among the first rows (a title or merged group
headings often sit above it); rows with no value at all are dropped.

Hostile files are bounded before they are expanded in memory (issue 9.14: a 262 KB XLSX of a
million rows took nine minutes and 560 MB): an XLSX's zip directory must declare modest
decompressed sizes, the worksheet's own ``dimension`` (which openpyxl pads every row to) is
ignored, and rows, columns and cell sizes are counted while the rows stream, so a refusal comes
after at most ``MAX_ROWS`` rows have been read.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from profileeditor.importers.json_import import BadInputFile
from profileeditor.importers.values import cell_text

MAX_FILE_BYTES = 200 * 1024 * 1024  # an XLSX on disk (it is streamed, never read whole)
MAX_CSV_BYTES = 64 * 1024 * 1024  # a CSV is read and decoded whole
MAX_XLSX_UNCOMPRESSED = 256 * 1024 * 1024  # all zip members together, as the directory declares
MAX_XLSX_SHARED_STRINGS = 64 * 1024 * 1024  # openpyxl holds the shared strings in memory
MAX_ROWS = 100_000  # rows with a value; a vault of 100,000 profiles is the design's upper end
MAX_ROW_NUMBER = 1_048_576  # Excel's last row: gaps are cheap, but not endless
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
HEADER_SEARCH_ROWS = 10


@dataclass
class Sheet:
    """A table read from a file: ``rows`` hold (row number as the spreadsheet shows it, cells)."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[object]]]
    header_row: int = 1
    groups: list[str] = field(default_factory=list)  # merged headings above each column
    encoding: str | None = None  # CSV only


# -- CSV -----------------------------------------------------------------------------------------


def decode_text(raw: bytes, source: str) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-16 without BOM (NUL pattern), then strict
    UTF-8, then Windows-1256 (Arabic Excel's "CSV" on Windows)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _decode(raw, encoding, source), encoding
    sample = raw[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return _decode(raw, "utf-16-le", source), "utf-16-le"
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return _decode(raw, "utf-16-be", source), "utf-16-be"
    if b"\x00" in sample:
        raise BadInputFile(f"{source}: not a text (CSV) file")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode(raw, "cp1256", source), "cp1256"


def _decode(raw: bytes, encoding: str, source: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInputFile(f"{source}: not readable as {encoding} text") from exc
    if encoding.startswith("utf-8"):
        return text
    return text.lstrip("\ufeff")


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return bad / max(1, len(sample))


def _delimiter(text: str) -> str:
    # Only the start: splitting a whole large file would make a string per line.
    first_lines = "\n".join(text[:65536].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(first_lines, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: first_lines.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(path: Path) -> Sheet:
    raw = _read_bytes(path, limit=MAX_CSV_BYTES)
    text, encoding = decode_text(raw, str(path))
    del raw
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise BadInputFile(f"{path}: not a text (CSV) file")
    try:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        rows = _bounded_rows(str(path), enumerate(records, start=1))
    except csv.Error as exc:
        raise BadInputFile(f"{path}: not a readable CSV file ({exc})") from exc
    sheet = _table(str(path), rows)
    sheet.encoding = encoding
    return sheet


# -- XLSX ----------------------------------------------------------------------------------------


def read_xlsx(path: Path) -> Sheet:
    """The first worksheet; merged cells read in read-only mode hold their value in the first
    cell only, which the header search fills across."""
    import openpyxl

    _read_bytes(path, check_only=True)
    if not zipfile.is_zipfile(path):
        raise BadInputFile(f"{path}: not an XLSX workbook")
    _check_zip_directory(path)
    try:
        with _no_dimension_scan():
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged zips and XML
        raise BadInputFile(f"{path}: not a readable XLSX workbook ({type(exc).__name__})") from exc
    try:
        if not workbook.worksheets:
            raise BadInputFile(f"{path}: the workbook has no worksheet")
        worksheet = workbook.worksheets[0]
        # The sheet's <dimension> may claim A1:XFD1048576, and openpyxl pads every row to it
        # (and adds empty rows up to it): forget it, so a row is as wide as its last cell.
        worksheet.reset_dimensions()
        try:
            rows = _bounded_rows(
                str(path),
                enumerate(
                    worksheet.iter_rows(max_row=MAX_ROW_NUMBER + 1, values_only=True), start=1
                ),
            )
        except BadInputFile:
            raise
        except Exception as exc:  # damaged sheet XML surfaces only while iterating
            raise BadInputFile(
                f"{path}: the worksheet cannot be read ({type(exc).__name__})"
            ) from exc
    finally:
        workbook.close()
    return _table(str(path), rows)


# -- common --------------------------------------------------------------------------------------


_OPEN_LOCK = threading.Lock()


@contextlib.contextmanager
def _no_dimension_scan() -> Iterator[None]:
    """Open read-only workbooks without openpyxl's size scan.

    ``ReadOnlyWorksheet`` looks for the sheet's <dimension> when it is made, and when there is
    none it parses the whole sheet (every sheet of the workbook) before a single row can be
    counted — minutes for a million rows. ``read_xlsx`` forgets the dimension anyway, so the
    scan is skipped; if a later openpyxl renames the method, nothing is patched.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    original = getattr(ReadOnlyWorksheet, "_get_size", None)
    if original is None:
        yield
        return
    with _OPEN_LOCK:
        ReadOnlyWorksheet._get_size = lambda self: None
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original


def _check_zip_directory(path: Path) -> None:
    """Refuse a workbook whose members would decompress to too much, before opening any.

    The sizes come from the zip directory; Python's zipfile never inflates a member past its
    declared size, so a lying directory cannot get more past this check.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInputFile(f"{path}: not a readable XLSX workbook ({type(exc).__name__})") from exc
    total = sum(m.file_size for m in members)
    shared = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_XLSX_UNCOMPRESSED or shared > MAX_XLSX_SHARED_STRINGS:
        raise BadInputFile(
            f"{path}: the workbook is too large once unpacked ({total // 2**20} MB; at most "
            f"{MAX_XLSX_UNCOMPRESSED // 2**20} MB)"
        )


def _empty(cell: object) -> bool:
    return cell is None or cell == ""


def _bounded_rows(source: str, numbered) -> list[tuple[int, list[object]]]:
    """The rows that hold a value, counted and measured as they stream; refused past a limit."""
    rows: list[tuple[int, list[object]]] = []
    for number, cells in numbered:
        if number > MAX_ROW_NUMBER:
            raise BadInputFile(f"{source}: more than {MAX_ROW_NUMBER:,} rows")
        if len(cells) > MAX_COLUMNS and not all(_empty(c) for c in cells[MAX_COLUMNS:]):
            raise BadInputFile(f"{source}: row {number} has more than {MAX_COLUMNS} columns")
        kept = list(cells[:MAX_COLUMNS])
        while kept and _empty(kept[-1]):
            kept.pop()
        if not kept:
            continue
        if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in kept):
            raise BadInputFile(
                f"{source}: a cell in row {number} holds more than {MAX_CELL_CHARS:,} characters"
            )
        if len(rows) >= MAX_ROWS:
            raise BadInputFile(f"{source}: more than {MAX_ROWS:,} rows with values")
        rows.append((number, kept))
    return rows


def _read_bytes(path: Path, check_only: bool = False, limit: int = MAX_FILE_BYTES) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise BadInputFile(f"{path}: the file is too large ({size // 2**20} MB)")
        return b"" if check_only else path.read_bytes()
    except OSError as exc:
        raise BadInputFile(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _nonempty(cells: list[object]) -> int:
    return sum(1 for c in cells if cell_text(c))


def _header_score(cells: list[object]) -> int:
    from profileeditor.importers.mapping import suggest_one

    return sum(1 for c in cells if cell_text(c) and suggest_one(cell_text(c)).score >= 100)


def _table(source: str, rows: list[tuple[int, list[object]]]) -> Sheet:
    rows = [(n, cells) for n, cells in rows if _nonempty(cells)]
    if not rows:
        raise BadInputFile(f"{source}: the sheet is empty")
    candidates = rows[:HEADER_SEARCH_ROWS]
    scores = [_header_score(cells) for _, cells in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i], i == 0))
    if scores[best] == 0:
        # No header we recognise: take the first row with as many values as the widest row.
        widest = max(_nonempty(c) for _, c in candidates)
        best = next(i for i, (_, c) in enumerate(candidates) if _nonempty(c) == widest)
    header_number, header_cells = rows[best]
    width = max(len(cells) for _, cells in rows)
    headers = _unique([cell_text(c) for c in header_cells] + [""] * (width - len(header_cells)))
    groups = [""] * width
    if best > 0:  # a heading row above, merged over several columns: fill it across
        last = ""
        for i, cell in enumerate(rows[best - 1][1] + [None] * width):
            if i >= width:
                break
            last = cell_text(cell) or last
            groups[i] = last
    data = [(n, list(cells) + [None] * (width - len(cells))) for n, cells in rows[best + 1 :]]
    return Sheet(source, headers, data, header_number, groups)


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for header in headers:
        if header and header in seen:
            seen[header] += 1
            header = f"{header} ({seen[header]})"
        elif header:
            seen[header] = 1
        out.append(header)
    return out


def read_sheet(path: Path) -> Sheet:
    """Read a .csv/.tsv/.txt or .xlsx/.xlsm file by its extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    raise BadInputFile(f"{path}: not a spreadsheet (.csv or .xlsx)")
