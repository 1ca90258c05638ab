"""The list, its filters and the history speak Arabic: every interface string of their modules
has a finished Arabic translation in one of the catalogues, the new ones in editorlist_ar.ts, and
its compiled .qm is there for i18n.install to load."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from profileeditor.gui import i18n

GUI = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui"
MODULES = [
    GUI / "models" / "profile_list.py",
    GUI / "views" / "filter_bar.py",
    GUI / "views" / "profile_table.py",
    GUI / "editor" / "history_view.py",
    GUI / "editor" / "places.py",
]
CATALOGUE = i18n.translations_dir() / "editorlist_ar.ts"


def _translated(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in root.findall("context")
        for message in context.findall("message")
        if message.find("translation").get("type") not in ("unfinished", "obsolete")
        and "".join(message.find("translation").itertext()).strip()
    }


def test_the_catalogue_is_finished_and_compiled():
    root = ET.parse(CATALOGUE).getroot()
    messages = root.findall("context/message")
    assert messages
    assert len(_translated(CATALOGUE)) == len(messages)
    assert CATALOGUE.with_suffix(".qm").stat().st_size > 0


def test_every_string_of_the_list_filters_and_history_is_translated(tmp_path):
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_ar.ts"
    sources = [str(p) for p in MODULES if p.exists()]
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().findall("context")
        for m in c.findall("message")
    }
    assert wanted
    have: set[tuple[str, str]] = set()
    for catalogue in i18n.translations_dir().glob("*_ar.ts"):
        have |= _translated(catalogue)
    missing = sorted(wanted - have)
    assert not missing, f"add to {CATALOGUE.name} and compile: {missing}"
