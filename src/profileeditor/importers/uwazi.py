"""Import from Uwazi CSV files — the ones export/uwazi.py writes and the ones Uwazi's own
exporter writes from a collection built on our templates.

Uwazi's exporter differs from its importer (``app/api/csv/csvExporter.ts``): headers are the
property *labels* (``Title``, ``Date of birth``), date ranges are ``from~to``, common columns
(``Date added``, ``Template``, ``Documents``, ``Attachments``, ``Published``) are added, and no
id is written. Headers are therefore matched by Uwazi's ``safeName`` of either label, in either
language, and ranges are split on ``:`` or ``~``.

What comes in:
- a folder holding our numbered ZIP files (``1-detained-persons.zip`` …), or one of them, or the
  person template's ``import.csv`` alone: read losslessly, every record related by title;
- any other Uwazi CSV (a collection with templates of its own): handed to the spreadsheet
  importer with its suggested column mapping (``uwazi_sheet``).

A file is read whole and checked before anything is stored (the interchange schema, photos
cleaned); sizes are bounded before anything is expanded in memory.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import uuid
import zipfile
from pathlib import Path

from profileeditor.core.messages import ListName, message
from profileeditor.core.uwazi_template import (
    ENUM_LABELS,
    GROUP_SEPARATOR,
    LANGUAGE_SEPARATOR,
    LANGUAGES,
    MULTI_SEPARATOR,
    PERSON,
    RANGE_EXPORT_SEPARATOR,
    RANGE_IMPORT_SEPARATOR,
    TEMPLATES,
    UWAZI_COMMON_COLUMNS,
    YES_NO,
    Prop,
    Template,
    safe_name,
)
from profileeditor.importers.json_import import BadInputFile, check_document
from profileeditor.importers.sheets import Sheet, decode_text
from profileeditor.importers.values import ValueProblem, fold_term, match_term, parse_date

MAX_ZIP_BYTES = 200 * 1024 * 1024  # a ZIP file as it lies on disk
MAX_CSV_BYTES = 64 * 1024 * 1024  # one import.csv, decompressed
MAX_PHOTO_BYTES = 25 * 1024 * 1024  # one photo, decompressed
MAX_ENTRIES = 100_000
# A template is ours when most of its columns are properties of one of our templates.
_OURS_MIN_SHARE = 0.6
_ID_NAMESPACE = uuid.UUID("6c1f4a5e-8d0b-4c6e-9a51-0b7f3d2e9c41")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Table:
    """One CSV read: its source name, headers and rows of cells, and the files beside it."""

    def __init__(self, source: str, text: str, files: dict[str, bytes]) -> None:
        reader = csv.reader(io.StringIO(text))
        rows = [row for row in reader if any(cell.strip() for cell in row)]
        if not rows:
            raise BadInputFile(f"{source}: no rows")
        self.source = source
        self.headers = [h.strip() for h in rows[0]]
        self.rows = rows[1:]
        self.files = files


# -- reading files, bounded ------------------------------------------------------------------


def _read_zip(path: Path) -> _Table:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputFile(f"{path}: cannot be read ({exc.strerror})") from exc
    if size > MAX_ZIP_BYTES:
        raise BadInputFile(f"{path}: larger than {MAX_ZIP_BYTES // 2**20} MB")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise BadInputFile(f"{path}: more than {MAX_ENTRIES} files inside")
            by_name = {i.filename: i for i in infos if not i.is_dir()}
            if "import.csv" not in by_name:
                raise BadInputFile(f"{path}: no import.csv at the root of the ZIP")
            csv_bytes = _entry(zf, by_name["import.csv"], MAX_CSV_BYTES, path)
            text, _ = decode_text(csv_bytes, str(path))
            table = _Table(str(path), text, {})
            wanted = {
                cell
                for row in table.rows
                for cell in _cells_of(table, row, "attachments") + _cells_of(table, row, "file")
                for cell in cell.split(MULTI_SEPARATOR)
            }
            for name in wanted & set(by_name):
                table.files[name] = _entry(zf, by_name[name], MAX_PHOTO_BYTES, path)
            return table
    except zipfile.BadZipFile as exc:
        raise BadInputFile(f"{path}: not a ZIP file ({exc})") from exc


def _entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    """One entry, refused from its declared size and again while reading (a lying header)."""
    if info.file_size > limit:
        raise BadInputFile(f"{path}: {info.filename} is larger than {limit // 2**20} MB")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BadInputFile(f"{path}: {info.filename} is larger than {limit // 2**20} MB")
    return data


def _read_csv(path: Path) -> _Table:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise BadInputFile(f"{path}: larger than {MAX_CSV_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputFile(f"{path}: cannot be read ({exc.strerror})") from exc
    text, _ = decode_text(raw, str(path))
    return _Table(str(path), text, {})


def _cells_of(table: _Table, row: list[str], header: str) -> list[str]:
    return [
        row[i].strip()
        for i, h in enumerate(table.headers)
        if safe_name(h) == header and i < len(row) and row[i].strip()
    ]


# -- matching headers to our templates -------------------------------------------------------


def _columns(table: _Table, template: Template) -> dict[int, tuple[str, str | None]]:
    """Column index → (property name or "title"/"id", language or None)."""
    names: dict[str, str] = {}
    for prop in template.props:
        for label in (prop.label_en, prop.label_ar):
            names[safe_name(label)] = prop.name
    out: dict[int, tuple[str, str | None]] = {}
    for index, header in enumerate(table.headers):
        base, lang = header, None
        for code in LANGUAGES:
            suffix = f"{LANGUAGE_SEPARATOR}{code}"
            if header.lower().endswith(suffix):
                base, lang = header[: -len(suffix)], code
        key = safe_name(base)
        if key in ("title", "id"):
            out[index] = (key, lang)
        elif key in names:
            out[index] = (names[key], lang)
    return out


def _template_of(table: _Table) -> Template | None:
    """Which of our templates the table holds, if any."""
    relevant = [
        h
        for h in table.headers
        if safe_name(h) not in UWAZI_COMMON_COLUMNS | {"attachments", "file", "title", "id"}
    ]
    best, best_share = None, 0.0
    for template in TEMPLATES:
        matched = len(
            {v for k, v in _columns(table, template).items() if v[0] not in ("title", "id")}
        )
        share = matched / max(1, len(relevant))
        if share > best_share:
            best, best_share = template, share
    return best if best_share >= _OURS_MIN_SHARE else None


# -- values ----------------------------------------------------------------------------------


def _text(cell: str) -> str:
    """Cell text without the quote our writer put before a formula-like start."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        return cell[1:]
    return cell


def _term(vocab: str, cell: str) -> str:
    term = cell.split(GROUP_SEPARATOR)[-1].strip()  # Group::Term → Term
    if vocab in ENUM_LABELS and vocab != "sex":
        folded = fold_term(term)
        for code, labels in ENUM_LABELS[vocab].items():
            if folded in {fold_term(code), *(fold_term(v) for v in labels.values())}:
                return code
        raise ValueProblem(message("value.unknown_term", list=ListName(vocab), value=term))
    return match_term(vocab, term)


def _date(cell: str) -> str | None:
    return parse_date(cell) if cell.strip() else None


def _value(prop: Prop, cell: str):
    cell = cell.strip()
    if not cell:
        return None
    if prop.kind in ("text", "bilingual", "markdown"):
        return _text(cell)
    if prop.kind == "multitext":
        return [v for v in _text(cell).split(MULTI_SEPARATOR) if v]
    if prop.kind == "date":
        return _date(cell)
    if prop.kind == "numeric":
        try:
            return int(float(cell))
        except ValueError as exc:
            raise ValueProblem(message("value.not_a_number", value=str(cell))) from exc
    if prop.kind == "select":
        return _term(prop.vocab or "", cell)
    if prop.kind == "multiselect":
        return [_term(prop.vocab or "", v) for v in cell.split(MULTI_SEPARATOR) if v.strip()]
    if prop.kind == "yesno":
        folded = fold_term(cell)
        for flag, labels in YES_NO.items():
            if folded in {fold_term(v) for v in labels.values()}:
                return flag
        raise ValueProblem(message("value.not_yes_no", value=str(cell)))
    if prop.kind == "link":
        return cell.split(MULTI_SEPARATOR)[-1].strip()  # label|url
    if prop.kind == "relationship":
        return [_text(v.strip()) for v in cell.split(MULTI_SEPARATOR) if v.strip()]
    if prop.kind == "daterange":
        separator = RANGE_EXPORT_SEPARATOR if RANGE_EXPORT_SEPARATOR in cell else None
        start, _, end = cell.partition(separator or RANGE_IMPORT_SEPARATOR)
        return (_date(start), _date(end))
    raise AssertionError(prop.kind)


def _set(record: dict, key: str, value) -> None:
    *parents, last = key.split(".")
    for part in parents:
        record = record.setdefault(part, {})
    record[last] = value


def _record_id(template: str, title: str, given: str) -> str:
    """The id a row gives, or one derived from its title, so that importing the same file
    again updates the records instead of doubling them."""
    try:
        return str(uuid.UUID(given))
    except ValueError:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{template}\x00{title}"))


def _rows(table: _Table, template: Template) -> list[tuple[int, str, dict, dict]]:
    """(row number, title, record, relationships by property) for each row."""
    columns = _columns(table, template)
    props = {p.name: p for p in template.props}
    out = []
    for number, row in enumerate(table.rows, start=2):
        record: dict = {}
        titles: dict[str, str] = {}
        links: dict[str, list[str]] = {}
        given_id = ""
        for index, (name, lang) in columns.items():
            cell = row[index] if index < len(row) else ""
            if name == "title":
                if cell.strip():
                    titles[lang or "en"] = _text(cell.strip())
                continue
            if name == "id":
                given_id = cell.strip()
                continue
            prop = props[name]
            try:
                value = _value(prop, cell)
            except ValueProblem as exc:
                raise BadInputFile(f"{table.source}: row {number}, {prop.label_en}: {exc}") from exc
            if value is None:
                continue
            if prop.kind == "relationship":
                links[prop.name] = value
            elif prop.kind == "daterange":
                for key, part in zip(prop.key.split(RANGE_IMPORT_SEPARATOR), value, strict=True):
                    if part and key not in record:
                        _set(record, key, part)
            elif prop.kind in ("bilingual", "markdown"):
                holder = record
                for part in prop.key.split("."):
                    holder = holder.setdefault(part, {})
                holder[lang or "en"] = value
            else:
                _set(record, prop.key, value)
        title = titles.get("en") or titles.get("ar")
        if not title:
            raise BadInputFile(f"{table.source}: row {number} has no title")
        if template is PERSON:
            record["name"] = dict(titles)
        if template.has_ids:
            record["id"] = _record_id(template.name, title, given_id)
        out.append((number, title, record, links))
    return out


def _photo(table: _Table, row: list[str]) -> dict | None:
    for name in _cells_of(table, row, "attachments"):
        for file_name in name.split(MULTI_SEPARATOR):
            data = table.files.get(file_name)
            if data is not None:
                kind = file_name.rsplit(".", 1)[-1].lower()
                media = {"png": "image/png", "webp": "image/webp"}.get(kind, "image/jpeg")
                return {
                    "id": str(uuid.uuid5(_ID_NAMESPACE, hashlib.sha256(data).hexdigest())),
                    "kind": "photo",
                    "filename": f"photo.{kind}",
                    "media_type": media,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "data": base64.b64encode(data).decode("ascii"),
                }
    return None


def read_ours(tables: dict[str, _Table]) -> dict:
    """Profiles from our templates' tables (by template name), related by title."""
    people: dict[str, dict] = {}
    person_table = tables["person"]
    for (_, title, record, _links), row in zip(
        _rows(person_table, PERSON), person_table.rows, strict=True
    ):
        photo = _photo(person_table, row)
        if photo:
            record["attachments"] = [photo]
            record["photo"] = photo["id"]
        if title in people:
            raise BadInputFile(f"{person_table.source}: two people titled {title!r}")
        people[title] = record
    by_title: dict[str, dict[str, dict]] = {"person": people}
    ids_by_title: dict[str, str] = {}
    pending: list[tuple[Template, dict, dict]] = []
    for template in TEMPLATES[1:]:
        by_title[template.name] = {}
        table = tables.get(template.name)
        if table is None:
            continue
        parent_prop = template.parent_prop
        assert parent_prop is not None and template.parent is not None
        for number, title, record, links in _rows(table, template):
            parent_titles = links.pop(parent_prop.name, [])
            parent = by_title[template.parent].get(parent_titles[0]) if parent_titles else None
            if parent is None:
                raise BadInputFile(
                    f"{table.source}: row {number} belongs to no {template.parent} of these"
                    f" files ({parent_prop.label_en}: {', '.join(parent_titles) or 'empty'})"
                )
            parent.setdefault(template.key, []).append(record)
            by_title[template.name][title] = record
            if template.has_ids:
                ids_by_title[f"{template.name}\x00{title}"] = record["id"]
            if links:
                pending.append((template, record, links))
    for template, record, links in pending:  # relationships beside the parent's
        for name, titles in links.items():
            prop = next(p for p in template.props if p.name == name)
            ids = [ids_by_title.get(f"{prop.related}\x00{t}") for t in titles]
            found = [i for i in ids if i]
            if prop.key == "recycled_from":
                if found:
                    record["recycled_from"] = found[0]
            elif found:
                record[prop.key] = found
    return {
        "format": "profileeditor.profiles",
        "version": 1,
        # Uwazi holds what was published: a re-import never wipes what the vault keeps back.
        "level": "public",
        "profiles": list(people.values()),
    }


def _tables_of(path: Path) -> dict[str, _Table] | None:
    """Our templates' tables found at ``path`` (a folder, one of our ZIPs, or a CSV), or None
    when the file is not in our templates' shape."""
    folder = path if path.is_dir() else path.parent
    if path.is_dir():
        candidates = [folder / t.file for t in TEMPLATES if (folder / t.file).is_file()]
        if not candidates:
            raise BadInputFile(f"{path}: no Uwazi ZIP files of ours in this folder")
    else:
        candidates = [path]
    tables: dict[str, _Table] = {}
    for candidate in candidates:
        table = _read_zip(candidate) if candidate.suffix.lower() == ".zip" else _read_csv(candidate)
        template = _template_of(table)
        if template is None:
            if path.is_dir():
                raise BadInputFile(f"{candidate}: not one of our Uwazi templates")
            return None
        tables[template.name] = table
    if not path.is_dir() and "person" in tables:
        # The person file given alone: its siblings, when they lie beside it, come along.
        for template in TEMPLATES[1:]:
            sibling = folder / template.file
            if sibling.is_file() and sibling != path:
                table = _read_zip(sibling)
                if _template_of(table) is template:
                    tables[template.name] = table
    if "person" not in tables:
        raise BadInputFile(f"{path}: the detained persons' file ({PERSON.file}) is needed")
    return tables


def read(path: Path) -> dict | Sheet:
    """A checked interchange document (our templates), or a Sheet for the spreadsheet importer
    (an Uwazi CSV of other templates). Nothing is stored."""
    path = Path(path)
    tables = _tables_of(path)
    if tables is not None:
        return check_document(read_ours(tables), str(path))
    return uwazi_sheet(_read_zip(path) if path.suffix.lower() == ".zip" else _read_csv(path))


def uwazi_sheet(table: _Table) -> Sheet:
    """An Uwazi CSV of templates not ours, as a sheet the spreadsheet importer maps: common
    columns dropped, ``Title`` as the name, each date range split into a start and an end
    column, language columns labelled with their language."""
    headers: list[str] = []
    plan: list[tuple[int, str | None]] = []  # (column, None | "from" | "to")
    ranges = {
        i
        for i in range(len(table.headers))
        if any(
            RANGE_EXPORT_SEPARATOR in row[i] or _looks_like_import_range(row[i])
            for row in table.rows
            if i < len(row) and row[i].strip()
        )
    }
    for index, header in enumerate(table.headers):
        key = safe_name(header)
        if key in UWAZI_COMMON_COLUMNS | {"attachments", "file"}:
            continue
        label = header
        for code, word in (("ar", "Arabic"), ("en", "English")):
            if header.lower().endswith(f"{LANGUAGE_SEPARATOR}{code}"):
                label = f"{header[: -len(code) - 2]} ({word})"
        if key == "title" or key.startswith("title__"):
            label = label.replace("Title", "Name").replace("title", "Name")
        if index in ranges:
            headers += [label, f"{label} (end)"]
            plan += [(index, "from"), (index, "to")]
        else:
            headers.append(label)
            plan.append((index, None))
    rows = []
    for number, row in enumerate(table.rows, start=2):
        cells: list[object] = []
        for index, part in plan:
            cell = row[index].strip() if index < len(row) else ""
            if part is not None:
                separator = RANGE_EXPORT_SEPARATOR if RANGE_EXPORT_SEPARATOR in cell else ":"
                start, _, end = cell.partition(separator)
                cell = start if part == "from" else end
            cells.append(_text(cell))
        rows.append((number, cells))
    return Sheet(table.source, headers, rows)


def _looks_like_import_range(cell: str) -> bool:
    start, sep, end = cell.strip().partition(RANGE_IMPORT_SEPARATOR)
    if not sep:
        return False
    try:
        return bool(parse_date(start) or parse_date(end))
    except ValueProblem:
        return False


def looks_like_uwazi(path: Path) -> bool:
    """Whether a CSV is an Uwazi file: a title column (``title``, ``Title``, ``title__en``)
    beside Uwazi's common columns or its language columns."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(64 * 1024)
        text, _ = decode_text(head, str(path))
    except (OSError, BadInputFile):
        return False
    first = next(csv.reader(io.StringIO(text)), [])
    keys = {safe_name(h) for h in first}
    if not keys & {"title", *(f"title__{lang}" for lang in LANGUAGES)}:
        return False
    if keys & UWAZI_COMMON_COLUMNS:
        return True  # what Uwazi's exporter writes
    return _template_of(_Table(str(path), text, {})) is not None  # what we write
