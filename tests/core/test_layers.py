"""Core, export and importers never import Qt (DESIGN §2): a script or the CLI runs them headless."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import profileeditor

PACKAGES = ("core", "export", "importers")


def test_no_qt_below_core_export_importers():
    root = Path(profileeditor.__file__).parent
    modules = [
        f"profileeditor.{pkg}.{info.name}"
        for pkg in PACKAGES
        for info in pkgutil.iter_modules([str(root / pkg)])
    ]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_stdlib_sqlite3_in_the_product():
    root = Path(profileeditor.__file__).parent
    offenders = [
        str(path)
        for path in root.rglob("*.py")
        if "import sqlite3" in path.read_text(encoding="utf-8")
        or "sqlite3.connect(" in path.read_text(encoding="utf-8").replace("sqlcipher3.connect(", "")
    ]
    assert offenders == []
