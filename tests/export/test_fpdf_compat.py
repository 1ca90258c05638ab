"""fpdf2 coupling: the pinned version, and the source of every private method we rely on."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import re
from importlib.metadata import version
from pathlib import Path

import pytest

from profileeditor.export import fpdf_compat

ROOT = Path(__file__).resolve().parents[2]


def _resolve(name: str):
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(name)


def test_fpdf2_is_pinned_exactly_and_installed_at_that_version():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pinned = re.search(r'"fpdf2==([0-9.]+)"', pyproject)
    assert pinned, "fpdf2 must be pinned with == in pyproject.toml"
    assert version("fpdf2") == pinned.group(1)


@pytest.mark.parametrize("name", sorted(fpdf_compat.UPSTREAM_METHODS))
def test_upstream_source_is_the_one_the_compat_module_was_written_against(name):
    """Fails when an upgrade changes a method we override or reach into: check fpdf_compat
    against the new code, then renew the hash."""
    source = inspect.getsource(_resolve(name))
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    assert digest == fpdf_compat.UPSTREAM_METHODS[name]


def test_no_other_module_touches_fpdf2_private_api():
    """Only fpdf_compat reaches into fpdf2 internals (underscore names, the line breaker)."""
    export = ROOT / "src" / "profileeditor" / "export"
    offenders = []
    for path in export.glob("*.py"):
        if path.name == "fpdf_compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"fpdf\.line_break|fpdf\.fpdf\b|fpdf\.fonts|fpdf\.bidi", text):
            offenders.append(path.name)
        if re.search(r"\bself\._(render_styled|perform_page|out\b|preload)", text):
            offenders.append(path.name)
    assert offenders == []
