"""Addresses of values inside a profile dict, and the edits the editor makes through them.

An address names one value of one profile the way the repository's history does:
``cases[<case id>].proceedings[<proceeding id>].date``. Sub-records are found by their id, not by
position, so an address stays right while rows are added, removed or reordered; only the records
the schema gives no id (a detention's facilities) go by position, written ``facilities[#0]``. The schema path
of an address (``cases.proceedings.date``) is what levels, the sensitivity map and widget names
use. No Qt here: the command and widget modules build on it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_STEP = re.compile(r"([^.\[\]]+)(?:\[([^\]]+)\])?")


def steps(address: str) -> list[tuple[str, str | None]]:
    """``"cases[x].year"`` → ``[("cases", "x"), ("year", None)]``."""
    if not address:
        return []
    out = []
    for part in _split(address):
        match = _STEP.fullmatch(part)
        if not match:
            raise ValueError(f"bad address {address!r}")
        out.append((match.group(1), match.group(2)))
    return out


def _split(address: str) -> list[str]:
    # Split on dots outside brackets (ids are UUIDs and never hold dots, but be exact anyway).
    parts, depth, current = [], 0, ""
    for char in address:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "." and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def join(base: str, rel: str) -> str:
    if not base:
        return rel
    if not rel:
        return base
    return f"{base}.{rel}"


def item_address(list_address: str, item_id: str) -> str:
    return f"{list_address}[{item_id}]"


def schema_path(address: str) -> str:
    """The schema field path of an address: ids dropped (``cases.proceedings.date``)."""
    return ".".join(key for key, _ in steps(address))


def is_empty(value: Any) -> bool:
    """Values the editor stores as an absent key rather than as an empty one."""
    return value is None or value == "" or value == [] or value == {}


def get(profile: dict, address: str) -> Any:
    """The value at ``address``, or None when any step is absent."""
    node: Any = profile
    for key, item_id in steps(address):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
        if item_id is not None:
            node = _find(node, item_id)
    return node


def _find(items: Any, item_id: str) -> dict | None:
    if not isinstance(items, list):
        return None
    if item_id.startswith("#"):  # records without an id (facilities) go by position
        index = int(item_id[1:])
        found = items[index] if 0 <= index < len(items) else None
        return found if isinstance(found, dict) else None
    for item in items:
        if isinstance(item, dict) and item.get("id") == item_id:
            return item
    return None


def set_value(profile: dict, address: str, value: Any) -> None:
    """Store ``value`` at ``address`` (a copy); an empty value removes the key, and objects left
    empty by that are removed too, so that clearing a field leaves the profile as if it had never
    been filled. The sub-records on the way must exist."""
    path = steps(address)
    if not path:
        raise ValueError("empty address")
    parents: list[tuple[dict, str]] = []
    node: Any = profile
    for key, item_id in path[:-1]:
        if item_id is None:
            child = node.get(key)
            if not isinstance(child, dict):
                if is_empty(value):
                    return  # nothing to remove
                child = node[key] = {}
            parents.append((node, key))
            node = child
        else:
            found = _find(node.get(key), item_id)
            if found is None:
                raise KeyError(f"no record {item_id} under {key} in {address!r}")
            parents = []  # never prune a sub-record or anything above it
            node = found
    key, item_id = path[-1]
    if item_id is not None:
        raise ValueError(f"an address must end in a field, not a record: {address!r}")
    if is_empty(value):
        node.pop(key, None)
        # Drop objects (a bilingual text, the sentence, consent) that clearing emptied.
        while parents and not node:
            parent, parent_key = parents.pop()
            parent.pop(parent_key, None)
            node = parent
    else:
        node[key] = copy.deepcopy(value)
