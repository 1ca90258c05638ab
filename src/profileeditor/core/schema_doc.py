"""The interchange JSON Schema (resources/profiles.schema.json) and walks over it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache

from profileeditor.resources import resource


@cache
def interchange_schema() -> dict:
    with resource("profiles.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def resolve(node: dict) -> dict:
    """Follow a local ``$ref`` (``#/$defs/name``) to its definition."""
    ref = node.get("$ref")
    if not ref:
        return node
    target = interchange_schema()
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return resolve(merged) if "$ref" in target else merged


def profile_schema() -> dict:
    return interchange_schema()["$defs"]["profile"]


def field_paths(node: dict | None = None, prefix: str = "") -> Iterator[str]:
    """Every leaf field path of a profile, dotted (``cases.proceedings.notes.ar``).

    Arrays of objects are walked into; bilingual texts end in ``.ar``/``.en``.
    """
    node = resolve(node or profile_schema())
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        items = resolve(node["items"])
        if items.get("type") == "object":
            yield from field_paths(items, prefix)
            return
    props = node.get("properties")
    if node.get("type") == "object" and props:
        for name, child in props.items():
            yield from field_paths(child, f"{prefix}.{name}" if prefix else name)
        return
    if prefix:
        yield prefix
