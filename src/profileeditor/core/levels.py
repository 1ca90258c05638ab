"""Export levels and redaction (DESIGN §6): public < partner < internal.

Every property's lowest level is its ``x-sensitivity`` in the schema (a child is never lower than
its parent); a profile's ``sensitivity`` map may raise a path; sources and attachments carry their
own level. ``redact`` returns a copy of a profile with nothing above the chosen level.
"""

from __future__ import annotations

from profileeditor.core.bidi import neutralise
from profileeditor.core.schema_doc import profile_schema, resolve

LEVELS = ("public", "partner", "internal")
_RANK = {name: i for i, name in enumerate(LEVELS)}


def rank(level: str | None) -> int:
    return _RANK.get(level or "internal", _RANK["internal"])


def higher(a: str, b: str) -> str:
    return a if rank(a) >= rank(b) else b


def attachment_level(profile: dict, attachment: dict) -> str:
    if attachment.get("level"):
        return attachment["level"]
    return "public" if attachment.get("id") == profile.get("photo") else "internal"


def source_level(source: dict) -> str:
    return source.get("level") or "internal"


def field_level(profile: dict, path: str) -> str:
    """The effective level of a dotted field path in this profile (schema default, raised by the
    profile's own ``sensitivity`` map at the path or any prefix of it)."""
    level = "public"
    node = profile_schema()
    raises = profile.get("sensitivity") or {}
    walked: list[str] = []
    for part in path.split("."):
        node = resolve(node)
        if node.get("type") == "array" and isinstance(node.get("items"), dict):
            node = resolve(node["items"])
        child = (node.get("properties") or {}).get(part)
        if child is None:
            break
        walked.append(part)
        level = higher(level, child.get("x-sensitivity", "public"))
        raised = raises.get(".".join(walked))
        if raised:
            level = higher(level, raised)
        node = child
    return level


def consent_allows_public(profile: dict) -> bool:
    return (profile.get("consent") or {}).get("level") == "full"


def _copy(value):
    """A leaf's value, copied if it could be changed in place; its text without the direction
    controls that could turn the rest of its line around in an export (``bidi.neutralise``)."""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _redact_node(value, node: dict, path: str, profile: dict, level: str, levels: dict, nodes):
    seen = nodes.get(id(node))
    if seen is None:  # the node is kept with its resolution, so its id is not reused meanwhile
        seen = nodes[id(node)] = (node, resolve(node))
    node = seen[1]
    if isinstance(value, list):
        items = node.get("items")
        if not isinstance(items, dict):
            return _copy(value)
        return [_redact_node(v, items, path, profile, level, levels, nodes) for v in value]
    if isinstance(value, dict) and node.get("properties"):
        out = {}
        for key, child_value in value.items():
            child = node["properties"].get(key)
            child_path = f"{path}.{key}" if path else key
            if child is None:
                continue  # not in the schema: never exported
            found = levels.get(child_path)
            if found is None:
                found = levels[child_path] = field_level(profile, child_path)
            if rank(found) > rank(level):
                continue
            out[key] = _redact_node(child_value, child, child_path, profile, level, levels, nodes)
        return out
    # Lists and objects above are rebuilt; a leaf is copied only if it could be changed in place.
    return _copy(value)


def redact(profile: dict, level: str, _levels: dict | None = None) -> dict:
    """A copy of ``profile`` holding only what ``level`` may show.

    ``_levels`` is ``select_for_level``'s memo of field levels, shared by the profiles whose
    ``sensitivity`` maps are equal (a field's level depends on its path and that map alone),
    and of resolved schema nodes: without it every field of every list item walked the schema
    from its root again. It lives for one call, so a schema changed in between is read anew."""
    if level not in _RANK:
        raise ValueError(f"unknown level {level!r}")
    raises = profile.get("sensitivity") or {}
    memo = {} if _levels is None else _levels
    levels = memo.setdefault(_raises_key(raises), {})
    # Sources carry their own level: the list's schema default ("internal", what an unmarked
    # source is) must not hide a source marked public, so the list is filtered item by item
    # here, outside the field walk. A profile's own raise of "sources" still hides them all.
    rest = {k: v for k, v in profile.items() if k != "sources"}  # the walk copies as it goes
    sources = profile.get("sources") or []
    nodes = memo.setdefault(None, {})
    out = _redact_node(rest, profile_schema(), "", profile, level, levels, nodes)
    raised = raises.get("sources")
    if raised is None or rank(raised) <= rank(level):
        shown = [_source_copy(s, level) for s in sources if rank(source_level(s)) <= rank(level)]
        if shown:
            out["sources"] = shown
    if "attachments" in out:
        out["attachments"] = [
            a for a in out["attachments"] if rank(attachment_level(profile, a)) <= rank(level)
        ]
        kept = {a["id"] for a in out["attachments"]}
        if out.get("photo") and out["photo"] not in kept:
            del out["photo"]
        if not out["attachments"]:
            del out["attachments"]
    return out


def _raises_key(raises: dict) -> tuple:
    return tuple(sorted((str(k), str(v)) for k, v in raises.items()))


_SOURCE_FIELDS = ("id", "title", "kind", "url", "date", "reliability", "level")


def _source_copy(source: dict, level: str) -> dict:
    """A source as ``level`` shows it: its notes (who told the researcher what) stay internal."""
    keys = _SOURCE_FIELDS + (("notes",) if level == "internal" else ())
    return {k: _copy(source[k]) for k in keys if k in source}


def select_for_level(
    profiles: list[dict], level: str, include_unconsented: bool = False
) -> list[dict]:
    """The profiles an export at ``level`` may carry, each redacted."""
    chosen = [
        p for p in profiles if level != "public" or include_unconsented or consent_allows_public(p)
    ]
    levels: dict = {}  # field levels, looked up once per path and sensitivity map (``redact``)
    return [redact(p, level, levels) for p in chosen]


def keep_hidden(incoming: dict, stored: dict, level: str) -> dict:
    """``incoming`` (from a file written at ``level``) with what that level could not carry taken
    from ``stored`` — so that importing a redacted file never wipes confidential fields."""
    if level == "internal":
        return incoming

    def merge(new: dict, old: dict, path: str) -> dict:
        out = dict(new)
        for key, old_value in old.items():
            child_path = f"{path}.{key}" if path else key
            if key not in new:
                if rank(field_level(stored, child_path)) > rank(level):
                    out[key] = old_value
                continue
            new_value = new[key]
            if isinstance(new_value, dict) and isinstance(old_value, dict):
                out[key] = merge(new_value, old_value, child_path)
            elif (
                isinstance(new_value, list)
                and isinstance(old_value, list)
                and all(isinstance(v, dict) and "id" in v for v in new_value + old_value)
            ):
                old_by_id = {v["id"]: v for v in old_value}
                merged = [merge(v, old_by_id.get(v["id"], {}), child_path) for v in new_value]
                seen = {v["id"] for v in new_value}
                merged += [
                    v
                    for v in old_value
                    if v["id"] not in seen and _hidden_item(stored, key, v, level)
                ]
                out[key] = merged
        return out

    return merge(incoming, stored, "")


def _hidden_item(profile: dict, list_key: str, item: dict, level: str) -> bool:
    """Whether a stored source or attachment is one an export at ``level`` leaves out."""
    if list_key == "sources":
        return rank(source_level(item)) > rank(level)
    if list_key == "attachments":
        return rank(attachment_level(profile, item)) > rank(level)
    return False
