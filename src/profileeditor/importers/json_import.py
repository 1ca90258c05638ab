"""Import of interchange-format JSON files (resources/profiles.schema.json).

A file is checked whole before anything is stored: JSON syntax, the schema (jsonschema), ids
unique, attachments decodable with matching hashes, photos readable. Photos are re-encoded
without metadata (core/photos.py) and their hashes updated. A refused file stores nothing; an
accepted one is written in batches, each batch one transaction, existing ids updated in place
with revision rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator

from profileeditor.core import levels
from profileeditor.core.attachments import AttachmentError, check_attachments
from profileeditor.core.messages import Field, Message, MessageError, Where, message
from profileeditor.core.repository import ImportResult, ProfileNotFound, Repository
from profileeditor.core.schema_doc import interchange_schema

MAX_PROBLEMS = 5
BULK_IMPORT_MIN = 5000
# The interchange format nests about eight levels (profiles → cases → proceedings → notes → ar);
# anything much deeper is hostile, and deep nesting costs recursion in every later walk.
MAX_JSON_DEPTH = 32


class BadInputFile(MessageError, ValueError):
    """The file is refused whole; the message names the file and the first problems."""


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(interchange_schema())


@cache
def _fast_validator():
    """The same schema compiled to Python (about 20× faster than jsonschema on large files);
    jsonschema then explains a refusal. The schema only uses keywords both read alike; its $id
    is dropped so that every $ref resolves inside the document, never through the network."""
    schema = {k: v for k, v in interchange_schema().items() if k not in ("$id", "$schema")}
    return fastjsonschema.compile(schema, handlers={}, use_formats=False)


def _schema_problem(error) -> Message:
    """One jsonschema error as a message: where (a path on the command line, a profile number
    and a field label in the GUI) and what, worded for the kinds of rule the schema uses."""
    where = Where(tuple(error.absolute_path))
    value = json.dumps(error.instance, ensure_ascii=False)[:60]
    kind = error.validator
    if kind in ("enum", "const"):
        problem = message("import.not_allowed_value", value=value)
    elif kind in ("pattern", "format"):
        problem = message("import.bad_form", value=value)
    elif kind == "required":
        missing = next(iter(error.validator_value or []), "")
        for name in error.validator_value or []:
            if isinstance(error.instance, dict) and name not in error.instance:
                missing = name
                break
        where = Where((*error.absolute_path, missing))
        problem = message(
            "import.missing",
            name=Field(
                ".".join(str(p) for p in (*error.absolute_path, missing) if not isinstance(p, int))
            ),
        )
    elif kind == "type":
        problem = message("import.wrong_kind", value=value)
    elif kind == "additionalProperties":
        problem = message(
            "import.unexpected", name=error.message.split("'")[1] if "'" in error.message else ""
        )
    elif kind in ("minimum", "maximum"):
        problem = message("import.out_of_range", value=value)
    else:
        problem = message("import.schema")
    return message("import.at", where=where, problem=problem)


def _problems(doc: object) -> list[Message]:
    try:
        _fast_validator()(doc)
        problems: list[Message] = []
    except fastjsonschema.JsonSchemaException:
        problems = [
            _schema_problem(e)
            for e in sorted(
                _validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))
            )
        ] or [message("import.schema")]
    if problems or not isinstance(doc, dict):
        return problems
    seen: set[str] = set()
    for index, profile in enumerate(doc["profiles"]):
        name = profile.get("name") or {}
        if not (name.get("ar", "").strip() or name.get("en", "").strip()):
            problems.append(
                message(
                    "import.at",
                    where=Where(("profiles", index, "name")),
                    problem=message("import.needs_a_name"),
                )
            )
        if profile["id"] in seen:
            problems.append(
                message(
                    "import.at",
                    where=Where(("profiles", index, "id")),
                    problem=message("import.id_twice", id=profile["id"]),
                )
            )
        seen.add(profile["id"])
    return problems


def check_document(doc: object, source: str = "the file") -> dict:
    """Validate a parsed document and clean its photos; raises BadInputFile naming the problems."""
    problems = _problems(doc)
    if problems:
        shown: object = list(problems[:MAX_PROBLEMS])
        if len(problems) > MAX_PROBLEMS:
            shown = message(
                "import.more_problems", problems=shown, more=len(problems) - MAX_PROBLEMS
            )
        raise BadInputFile(message("import.bad_file", file=source, problems=shown))
    assert isinstance(doc, dict)
    for index, profile in enumerate(doc["profiles"]):
        try:
            check_attachments(profile)
        except AttachmentError as exc:
            problem = exc.detail or str(exc)
            place = message("import.at", where=Where(("profiles", index)), problem=problem)
            raise BadInputFile(message("import.bad_file", file=source, problems=[place])) from exc
    return doc


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _too_deep(doc: object, limit: int) -> bool:
    """Whether ``doc`` nests deeper than ``limit`` (iterative: no recursion to exhaust)."""
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items if isinstance(item, dict | list))
    return False


def load_json(raw: bytes, source: str, max_depth: int = MAX_JSON_DEPTH) -> object:
    """Parse untrusted JSON bytes; every way it can fail is one ``BadInputFile`` line.

    Refused: not UTF-8, invalid JSON, NaN/Infinity (not JSON), integers too long to convert,
    nesting deeper than ``max_depth`` (the parser's own recursion limit sits near 1000 levels and
    raised RecursionError before).
    """
    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise BadInputFile(message("import.not_utf8", file=source)) from exc
    except json.JSONDecodeError as exc:
        raise BadInputFile(
            message(
                "import.not_json",
                file=source,
                line=exc.lineno,
                column=exc.colno,
                reason=_parser_reason(exc.msg),
            )
        ) from exc
    except RecursionError as exc:
        raise BadInputFile(message("import.too_deep", file=source, levels=max_depth)) from exc
    except ValueError as exc:  # NaN, or an integer beyond Python's digit limit
        raise BadInputFile(
            message("import.not_json_value", file=source, reason=str(exc).split(":")[0])
        ) from exc
    if _too_deep(doc, max_depth):
        raise BadInputFile(message("import.too_deep", file=source, levels=max_depth))
    return doc


def read_file(path: Path) -> dict:
    """Parse and check a JSON file; nothing is stored."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputFile(
            message("import.unreadable", file=str(path), reason=exc.strerror or "")
        ) from exc
    return check_document(load_json(raw, str(path)), str(path))


def import_document(
    repository: Repository,
    doc: dict,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = 500,
    checked: bool = False,
) -> ImportResult:
    """Store the profiles of a document (checked here unless ``checked``).

    A file written below internal level is redacted: what it could not carry is kept from the
    stored profile rather than erased.
    """
    if not checked:
        doc = check_document(doc)
    level = doc.get("level") or "internal"

    def prepared():
        for profile in doc["profiles"]:
            if level != "internal":
                try:
                    stored = repository.get_profile(profile["id"])
                except ProfileNotFound:
                    stored = None
                if stored is not None:
                    profile = levels.keep_hidden(profile, stored, level)
            yield profile

    incoming = len(doc["profiles"])
    # A file about as large as the vault builds the list indexes once at the end.
    bulk = incoming >= BULK_IMPORT_MIN and incoming >= repository.count()
    return repository.import_profiles(
        prepared(), batch_size=batch_size, progress=progress, cancelled=cancelled, bulk=bulk
    )


def import_file(repository: Repository, path: Path, **kwargs) -> ImportResult:
    return import_document(repository, read_file(path), checked=True, **kwargs)


# What Python's JSON parser says (json.decoder's messages), as messages the interface can word.
_PARSER_REASONS = {
    "Expecting value": "json.expecting_value",
    "Expecting property name enclosed in double quotes": "json.expecting_name",
    "Expecting ',' delimiter": "json.expecting_comma",
    "Expecting ':' delimiter": "json.expecting_colon",
    "Unterminated string starting at": "json.unterminated_string",
    "Invalid control character at": "json.control_character",
    "Extra data": "json.extra_data",
    "Invalid \\escape": "json.invalid_escape",
    "Invalid \\uXXXX escape": "json.invalid_escape",
}


def _parser_reason(reason: str) -> Message | str:
    code = _PARSER_REASONS.get(reason)
    return message(code) if code else reason
