"""Export to Uwazi's CSV import format (HURIDOCS; ``app/api/csv/`` in huridocs/uwazi).

The output is a folder an Uwazi administrator imports file by file, in the order of their
numbers (parents first: relationship columns link to entities by title):

- ``1-detained-persons.zip`` … ``7-sources.zip``: each an ``import.csv`` at the root of the ZIP,
  the person's photo beside it (named by number, never by person) in the ``attachments`` column;
- ``thesauri/<name>.csv``: our vocabularies as Uwazi thesauri (``English,Arabic`` header);
- ``TEMPLATES.md``: the properties to create, with their types.

Headers are Uwazi property names (core/uwazi_template.py); bilingual text goes to ``prop__ar``
and ``prop__en``; multiple values are joined with ``|``; dates are ISO by default or the
instance's format; date ranges are ``from:to``. Values are those the chosen level allows and a
public export leaves out people without full consent (core/levels.py), as every export does.
Record ids go out only when asked (``keep_ids``): a partner that updates by id needs them, a
publication does not.
"""

from __future__ import annotations

import base64
import csv
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from profileeditor.core import vocab
from profileeditor.core.levels import select_for_level
from profileeditor.core.uwazi_template import (
    ENUM_LABELS,
    GROUP_SEPARATOR,
    MULTI_SEPARATOR,
    RANGE_IMPORT_SEPARATOR,
    TEMPLATES,
    YES_NO,
    Prop,
    Template,
)
from profileeditor.export.dispatch import atomic_path

# Fixed zip entry times: an archive's timestamps would tell when (and in which time zone) it was
# written.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# A cell a spreadsheet would run as a formula; written behind a quote (and read back without it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PHOTO_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def vocab_labels(name: str) -> dict[str, dict[str, str]]:
    """``{code: {"en": label, "ar": label}}`` for a thesaurus name of the templates."""
    if name in ENUM_LABELS:
        return ENUM_LABELS[name]
    if name in vocab.VOCABULARY_NAMES:
        return vocab.vocabularies()[name]
    return {}  # nationality: ISO codes are the terms


def _neutral(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _get(record: dict, key: str):
    value: object = record
    for part in key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


class _Titles:
    """Unique titles per template: relationships link by title, so two people of the same name
    (or two sessions on one day) must not share one."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def unique(self, template: str, title: str) -> str:
        candidate, n = title, 1
        while (template, candidate) in self.seen:
            n += 1
            candidate = f"{title} ({n})"
        self.seen.add((template, candidate))
        return candidate


def _person_titles(profile: dict) -> dict[str, str]:
    name = profile.get("name") or {}
    en = name.get("en") or name.get("ar") or "—"
    return {"en": en, "ar": name.get("ar") or en}


def _child_title(template: Template, record: dict, parent_title: str, index: int) -> str:
    if template.name == "case":
        number = "/".join(str(x) for x in (record.get("number"), record.get("year")) if x)
        return f"Case {number or index} — {parent_title}"
    if template.name == "source" and record.get("title"):
        return f"{record['title']} — {parent_title}"
    if template.name == "facility":
        name = record.get("name") or {}
        return f"{name.get('en') or name.get('ar') or index} — {parent_title}"
    when = record.get("date") or record.get("arrest_date") or ""
    return f"{template.label_en} {index}{f' ({when})' if when else ''} — {parent_title}"


def _cell(prop: Prop, record: dict, date_format: str, titles_by_id: dict[str, str]) -> list[str]:
    """The CSV cells of one property (two for bilingual text)."""
    if prop.kind in ("bilingual", "markdown"):
        text = _get(record, prop.key) or {}
        return [_neutral(text.get(lang) or "") for lang in ("ar", "en")]
    if prop.kind == "daterange":
        start, end = (
            _date(_get(record, k), date_format) for k in prop.key.split(RANGE_IMPORT_SEPARATOR)
        )
        if prop.key == "arrest_date:disappeared_until" and not _get(record, "disappeared_until"):
            return [""]
        return [f"{start}{RANGE_IMPORT_SEPARATOR}{end}" if start or end else ""]
    value = _get(record, prop.key)
    if value is None or value == "" or value == []:
        return [""]
    if prop.kind == "date":
        return [_date(value, date_format)]
    if prop.kind in ("select", "multiselect"):
        labels = vocab_labels(prop.vocab or "")
        values = value if isinstance(value, list) else [value]
        return [MULTI_SEPARATOR.join((labels.get(v) or {}).get("en") or str(v) for v in values)]
    if prop.kind == "yesno":
        return [YES_NO[bool(value)]["en"]]
    if prop.kind == "relationship":
        ids = value if isinstance(value, list) else [value]
        return [MULTI_SEPARATOR.join(titles_by_id[i] for i in ids if i in titles_by_id)]
    if prop.kind == "link":
        return [f"{value}{MULTI_SEPARATOR}{value}"]  # Uwazi's link: label|url
    if prop.kind == "multitext":
        return [_neutral(MULTI_SEPARATOR.join(str(v) for v in value))]
    return [_neutral(str(value))]


def _date(value, date_format: str) -> str:
    """ISO dates as they are (partial ones too); a full date in the instance's own format."""
    if not value:
        return ""
    text = str(value)
    if date_format == "YYYY-MM-DD" or len(text) != 10:
        return text
    year, month, day = text.split("-")
    return date_format.replace("YYYY", year).replace("MM", month).replace("DD", day)


class _Sheet:
    def __init__(self, template: Template, keep_ids: bool) -> None:
        self.template = template
        self.keep_ids = keep_ids
        headers = ["title__ar", "title__en"] if template.name == "person" else ["title"]
        if keep_ids:
            headers.append("id")
        for prop in template.props:
            headers += prop.columns()
        if template.name == "person":
            headers.append("attachments")
        self.rows: list[list[str]] = [headers]
        self.files: list[tuple[str, bytes]] = []

    def add(self, titles: list[str], record_id: str | None, cells: list[str]) -> None:
        self.rows.append([*titles, *([record_id or ""] if self.keep_ids else []), *cells])

    def csv_bytes(self) -> bytes:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(self.rows)
        return out.getvalue().encode("utf-8")


def _photo(profile: dict, number: int) -> tuple[str, bytes] | None:
    photo_id = profile.get("photo")
    for attachment in profile.get("attachments") or []:
        if attachment.get("id") == photo_id and attachment.get("data"):
            suffix = _PHOTO_SUFFIX.get(attachment.get("media_type", ""), ".jpg")
            return f"photo-{number:04d}{suffix}", base64.b64decode(attachment["data"])
    return None


def build(
    profiles: Iterable[dict],
    level: str = "public",
    include_unconsented: bool = False,
    keep_ids: bool = False,
    date_format: str = "YYYY-MM-DD",
) -> dict[str, bytes]:
    """The files of the export, by relative path."""
    sheets = {t.name: _Sheet(t, keep_ids) for t in TEMPLATES}
    chosen = select_for_level(list(profiles), level, include_unconsented)
    # First every title, so that a relationship may point to a record of another profile (a
    # case recycled from someone else's case).
    titles = _Titles()
    titles_by_id: dict[str, str] = {}
    people: list[tuple[dict, dict[str, str], list[tuple[Template, dict, str, str]]]] = []
    for profile in chosen:
        person = _person_titles(profile)
        person["en"] = titles.unique("person", person["en"])
        children: list[tuple[Template, dict, str, str]] = []
        parents: dict[str, list[tuple[dict, str]]] = {"person": [(profile, person["en"])]}
        for template in TEMPLATES[1:]:
            parents[template.name] = []
            for parent, parent_title in parents[template.parent or "person"]:
                for index, record in enumerate(parent.get(template.key) or [], start=1):
                    title = titles.unique(
                        template.name, _child_title(template, record, parent_title, index)
                    )
                    parents[template.name].append((record, title))
                    if record.get("id"):
                        titles_by_id[record["id"]] = title
                    children.append((template, record, parent_title, title))
        people.append((profile, person, children))
    for number, (profile, person, children) in enumerate(people, start=1):
        sheet = sheets["person"]
        cells = [c for p in sheet.template.props for c in _cell(p, profile, date_format, {})]
        photo = _photo(profile, number)
        if photo:
            sheet.files.append(photo)
        sheet.add(
            [_neutral(person["ar"]), _neutral(person["en"])],
            profile.get("id"),
            [*cells, photo[0] if photo else ""],
        )
        for template, record, parent_title, title in children:
            cells = []
            for prop in template.props:
                if prop.kind == "relationship" and prop.related == template.parent:
                    cells.append(_neutral(parent_title))
                else:
                    cells += _cell(prop, record, date_format, titles_by_id)
            sheets[template.name].add([_neutral(title)], record.get("id"), cells)
    files: dict[str, bytes] = {}
    for template in TEMPLATES:
        files[template.file] = _zip(sheets[template.name])
    for name, labels in _thesauri().items():
        files[f"thesauri/{name}.csv"] = labels
    files["TEMPLATES.md"] = _templates_doc().encode("utf-8")
    return files


def _zip(sheet: _Sheet) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("import.csv", sheet.csv_bytes()), *sheet.files]:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out.getvalue()


def _thesauri() -> dict[str, bytes]:
    """Our vocabularies as Uwazi thesaurus CSVs: ``English,Arabic``, one term a row (a child
    term, where a list has groups, would follow its group with a leading ``-``)."""
    names = sorted({p.vocab for t in TEMPLATES for p in t.props if p.vocab} - {"nationality"})
    out: dict[str, bytes] = {}
    for name in names:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(["English", "Arabic"])
        for entry in vocab_labels(name).values():
            writer.writerow([entry.get("en", ""), entry.get("ar", "")])
        out[name] = buffer.getvalue().encode("utf-8")
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [["English", "Arabic"], *[[v["en"], v["ar"]] for v in YES_NO.values()]]
    )
    out["yes_no"] = buffer.getvalue().encode("utf-8")
    return out


_UWAZI_TYPES = {
    "bilingual": "Text",
    "markdown": "Rich text",
    "multitext": "Text",
    "text": "Text",
    "date": "Date",
    "daterange": "Date range",
    "select": "Select",
    "multiselect": "Multiple select",
    "numeric": "Numeric",
    "link": "Link",
    "yesno": "Select",
    "relationship": "Relationship",
}


def _templates_doc() -> str:
    lines = [
        "# Uwazi templates for these files",
        "",
        "Create each template with these properties (label — type), then import the ZIP files",
        "in the order of their numbers. Thesauri are in `thesauri/` (import them first).",
        "Languages: Arabic (ar) and English (en); text properties are translated per language.",
        f"Multiple values are joined with `{MULTI_SEPARATOR}`, thesaurus groups with"
        f" `{GROUP_SEPARATOR}`.",
        "",
    ]
    for template in TEMPLATES:
        lines += [f"## {template.label_en} / {template.label_ar} — `{template.file}`", ""]
        for prop in template.props:
            kind = _UWAZI_TYPES[prop.kind]
            extra = f" (thesaurus `{prop.vocab}`)" if prop.vocab else ""
            if prop.kind == "yesno":
                extra = " (thesaurus `yes_no`)"
            if prop.related:
                extra = f" (to {next(t.label_en for t in TEMPLATES if t.name == prop.related)})"
            lines.append(f"- {prop.label_en} / {prop.label_ar} — {kind}{extra}")
        if template.name == "person":
            lines.append("- the photo comes as an attachment")
        lines.append("")
    return "\n".join(lines)


def write(
    folder: Path,
    profiles: Iterable[dict],
    level: str = "public",
    include_unconsented: bool = False,
    keep_ids: bool = False,
    date_format: str = "YYYY-MM-DD",
) -> list[Path]:
    """Write the export into ``folder`` (made if missing); each file appears whole or not at
    all."""
    files = build(profiles, level, include_unconsented, keep_ids, date_format)
    written = []
    for relative, data in files.items():
        path = Path(folder) / relative
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
        written.append(path)
    return written
