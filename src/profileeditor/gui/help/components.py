"""The components bundled in the installers and their licences, for the About box.

Versions are read from the installed distributions at run time (a frozen build carries their
metadata), so the box never shows a version that is not the one running."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    distribution: str = ""  # the Python distribution whose version is shown
    fixed_version: str = ""  # for parts that are not a Python distribution


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        return str(row[0]) if row else ""
    except Exception:  # the About box must open even if the binding misbehaves
        return ""


COMPONENTS: tuple[Component, ...] = (
    Component("Python", "PSF License", fixed_version=sys.version.split()[0]),
    Component("Qt", "LGPL-3.0", fixed_version=qVersion()),
    Component("PySide6 (Qt for Python)", "LGPL-3.0", fixed_version=pyside_version),
    Component("SQLCipher", "BSD-3-Clause (Zetetic LLC)"),
    Component("sqlcipher3", "zlib", "sqlcipher3"),
    Component("cryptography", "Apache-2.0 or BSD-3-Clause", "cryptography"),
    Component("argon2-cffi", "MIT", "argon2-cffi"),
    Component("pyrage (age encryption)", "MIT", "pyrage"),
    Component("fpdf2", "LGPL-3.0", "fpdf2"),
    Component("HarfBuzz (uharfbuzz)", "MIT (HarfBuzz), Apache-2.0 (uharfbuzz)", "uharfbuzz"),
    Component("python-docx", "MIT", "python-docx"),
    Component("openpyxl", "MIT", "openpyxl"),
    Component("Pillow", "MIT-CMU (HPND)", "Pillow"),
    Component("fontTools", "MIT", "fonttools"),
    Component("Brotli", "MIT", "brotli"),
    Component("arabic-reshaper", "MIT", "arabic-reshaper"),
    Component("python-bidi", "LGPL-3.0", "python-bidi"),
    Component("jsonschema", "MIT", "jsonschema"),
    Component("fastjsonschema", "BSD-3-Clause", "fastjsonschema"),
    Component("sqlite-utils", "Apache-2.0", "sqlite-utils"),
    Component("RapidFuzz", "MIT", "rapidfuzz"),
    Component("zxcvbn", "MIT", "zxcvbn"),
    Component("segno", "BSD-3-Clause", "segno"),
    Component("Noto Sans, Noto Naskh Arabic", "SIL Open Font License 1.1", fixed_version=""),
)


def version_of(component: Component) -> str:
    if component.name == "SQLCipher":
        return _sqlcipher_version()
    if component.fixed_version or not component.distribution:
        return component.fixed_version
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""
