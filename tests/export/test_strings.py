"""Every wording the export code asks export/strings.py for by name is there (a key removed or
misspelt would raise only when that part of a dossier is drawn), and field names are not: those
are the catalogue's."""

from __future__ import annotations

import ast
from pathlib import Path

from profileeditor.core import catalogue
from profileeditor.export import strings

EXPORT = Path(strings.__file__).parent


def _asked_keys() -> dict[str, str]:
    asked = {}
    for path in EXPORT.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if name == "s" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                asked[first.value] = f"{path.name}:{node.lineno}"
    return asked


def test_every_key_asked_for_is_worded_in_both_languages():
    asked = _asked_keys()
    assert len(asked) > 30  # the scan sees the renderers' calls
    for key, where in asked.items():
        assert set(strings._STRINGS[key]) == {"ar", "en"}, where
        assert strings.s(key, "ar") and strings.s(key, "en"), where


def test_field_names_are_the_catalogues_not_export_strings():
    fields = {e.path for e in catalogue.entries() if "." not in e.path and e.dossier}
    doubled = fields & set(strings._STRINGS)
    # The summary table's columns and the first page's rows name a few fields in their own
    # short words; every other field row takes its label from the catalogue.
    assert doubled <= {"name", "status", "profession", "bio"}, doubled
