"""Field paths back into a profile: the inverse of ``core.repository.flatten``, and value hashes.

The exchange merges profiles path by path (``cases[<id>].court.en``); these helpers turn a map of
paths back into an interchange dict and give each value a short stable digest.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Any


def value_hash(value: Any) -> str:
    """A short stable digest of a field value (None for an absent field)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


_SEGMENT = re.compile(r"^([^\[\]]+)(?:\[([^\]]+)\])?$")


class _Keyed(dict):
    """A list of sub-records while it is rebuilt, keyed as flatten keys them (id or index)."""


def _segments(path: str) -> list[str]:
    # A "sensitivity" key is itself a dotted field path: keep it whole.
    if path.startswith("sensitivity."):
        return ["sensitivity", path[len("sensitivity.") :]]
    return path.split(".")


def unflatten(flat: dict[str, Any]) -> dict:
    """The inverse of ``flatten`` (paths in the order given decide the order of sub-records)."""
    root: dict = {}
    for path, value in flat.items():
        if value is None:
            continue
        node = root
        parts = _segments(path)
        for depth, part in enumerate(parts):
            match = _SEGMENT.match(part)
            name, key = (match.group(1), match.group(2)) if match else (part, None)
            last = depth == len(parts) - 1
            if key is None:
                if last:
                    if not (isinstance(node.get(name), _Keyed) and value == []):
                        node[name] = value
                else:
                    child = node.get(name)
                    if not isinstance(child, dict):
                        child = node[name] = {}
                    node = child
            else:
                keyed = node.get(name)
                if not isinstance(keyed, _Keyed):
                    keyed = node[name] = _Keyed()
                item = keyed.setdefault(key, {})
                if last:  # a sub-record written as one leaf cannot happen with flatten's paths
                    continue
                node = item
    return _lists(root)


def _looks_like_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return "-" in text


def _lists(node: Any) -> Any:
    if isinstance(node, _Keyed):
        items = []
        for key, item in node.items():
            item = _lists(item)
            if _looks_like_uuid(key):
                item.setdefault("id", key)
            items.append(item)
        return items
    if isinstance(node, dict):
        return {k: _lists(v) for k, v in node.items()}
    return node


def carry_attachment_data(merged: dict, *sources: dict) -> None:
    """flatten leaves attachment bytes out; put back the bytes that match the merged hash."""
    by_sha = {}
    for source in reversed(sources):
        for attachment in source.get("attachments") or []:
            if attachment.get("data") is not None:
                by_sha[(attachment.get("id"), attachment.get("sha256"))] = attachment["data"]
    for attachment in merged.get("attachments") or []:
        data = by_sha.get((attachment.get("id"), attachment.get("sha256")))
        if data is not None:
            attachment["data"] = data
