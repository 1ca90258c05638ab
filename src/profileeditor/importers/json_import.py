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
from profileeditor.core.repository import ImportResult, ProfileNotFound, Repository
from profileeditor.core.schema_doc import interchange_schema

MAX_PROBLEMS = 5
BULK_IMPORT_MIN = 5000
# The interchange format nests about eight levels (profiles → cases → proceedings → notes → ar);
# anything much deeper is hostile, and deep nesting costs recursion in every later walk.
MAX_JSON_DEPTH = 32


class BadInputFile(ValueError):
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


def _where(error) -> str:
    parts = []
    for part in error.absolute_path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".") or "(top level)"


def _problems(doc: object) -> list[str]:
    try:
        _fast_validator()(doc)
        problems: list[str] = []
    except fastjsonschema.JsonSchemaException:
        problems = [
            f"{_where(e)}: {e.message}"
            for e in sorted(
                _validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))
            )
        ] or ["does not match the schema"]
    if problems or not isinstance(doc, dict):
        return problems
    seen: set[str] = set()
    for index, profile in enumerate(doc["profiles"]):
        name = profile.get("name") or {}
        if not (name.get("ar", "").strip() or name.get("en", "").strip()):
            problems.append(f"profiles[{index}].name: needs an Arabic or an English name")
        if profile["id"] in seen:
            problems.append(f"profiles[{index}].id: {profile['id']} appears twice in the file")
        seen.add(profile["id"])
    return problems


def check_document(doc: object, source: str = "the file") -> dict:
    """Validate a parsed document and clean its photos; raises BadInputFile naming the problems."""
    problems = _problems(doc)
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS])
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        raise BadInputFile(f"{source} is not a valid profiles file: {shown}{more}")
    assert isinstance(doc, dict)
    for index, profile in enumerate(doc["profiles"]):
        try:
            check_attachments(profile)
        except AttachmentError as exc:
            raise BadInputFile(f"{source}: profiles[{index}].{exc}") from exc
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
        raise BadInputFile(f"{source}: not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise BadInputFile(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise BadInputFile(f"{source}: nested too deeply (more than {max_depth} levels)") from exc
    except ValueError as exc:  # NaN, or an integer beyond Python's digit limit
        raise BadInputFile(f"{source}: not valid JSON ({str(exc).split(':')[0]})") from exc
    if _too_deep(doc, max_depth):
        raise BadInputFile(f"{source}: nested too deeply (more than {max_depth} levels)")
    return doc


def read_file(path: Path) -> dict:
    """Parse and check a JSON file; nothing is stored."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputFile(f"{path}: cannot be read ({exc.strerror})") from exc
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
