"""Helpers for the packaging tests: import the scripts in packaging/ (not a Python package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(relative: str):
    """Import ``packaging/<relative>`` as a module (its folder goes on sys.path for siblings)."""
    path = PACKAGING / relative
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def make_icons():
    return load_script("make_icons.py")


@pytest.fixture(scope="session")
def make_packages():
    return load_script("linux/make_packages.py")


@pytest.fixture(scope="session")
def build_script():
    return load_script("build.py")
