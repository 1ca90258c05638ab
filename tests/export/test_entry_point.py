"""One export entry point (export_from_vault) for the command line and the GUI: formats, levels
and languages listed once, profiles read a chunk at a time (JSON streamed), the vault's campaign
line honoured in both."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from profileeditor.cli import build_parser
from profileeditor.export import (
    EXPORT_FORMATS,
    UnknownProfile,
    dispatch,
    export_from_vault,
    jsonfile,
)


def test_formats_levels_and_languages_are_listed_once():
    from profileeditor.gui.dialogs import export_dialog

    assert export_dialog.FORMATS is EXPORT_FORMATS and "json" in EXPORT_FORMATS
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.choices and "export" in a.choices)
    choices = {a.dest: a.choices for a in subcommands.choices["export"]._actions}
    assert list(choices["format"]) == list(EXPORT_FORMATS)
    assert list(choices["level"]) == list(dispatch.EXPORT_LEVELS) == list(export_dialog.LEVELS)
    assert list(choices["lang"]) == list(dispatch.EXPORT_LANGUAGES)


def test_json_is_streamed_a_chunk_at_a_time(demo_vault, tmp_path, monkeypatch):
    repo = demo_vault.repository
    ids = repo.ids()
    asked = []
    real = repo.get_profiles

    def spy(chunk, with_data=True):
        asked.append(len(chunk))
        return real(chunk, with_data)

    monkeypatch.setattr(repo, "get_profiles", spy)
    monkeypatch.setattr(dispatch, "READ_CHUNK", 3)
    out = tmp_path / "all.json"
    phases = []
    export_from_vault(
        repo, ids, "json", out, level="internal", progress=lambda *a: phases.append(a)
    )
    assert asked == [3, 3, 2]  # never the whole selection at once
    assert phases[-1] == ("reading", len(ids), len(ids))
    written = json.loads(out.read_text(encoding="utf-8"))
    expected = jsonfile.document(real(ids), "internal")
    assert written["profiles"] == expected["profiles"]
    assert {k: written[k] for k in ("format", "version", "level")} == {
        "format": "profileeditor.profiles",
        "version": 1,
        "level": "internal",
    }


def test_an_unknown_id_is_refused_before_anything_is_written(demo_vault, tmp_path):
    out = tmp_path / "x.json"
    with pytest.raises(UnknownProfile):
        export_from_vault(demo_vault.repository, ["no-such-id"], "json", out)
    assert not out.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_the_gui_export_honours_the_vaults_campaign_line(demo_vault, tmp_path):
    from profileeditor.gui.dialogs.export_dialog import ExportRequest, ExportSelection, run_export

    repo = demo_vault.repository
    repo.set_setting("campaign_line", {"en": "Free them all now", "ar": "الحرية للجميع"})
    pid = repo.ids()[0]
    out = tmp_path / "dossier.pdf"
    run_export(
        repo,
        ExportSelection(current_id=pid),
        ExportRequest("current", "pdf", "en", "internal", out),
        progress=lambda *a: None,
        cancelled=lambda: False,
    )
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Free them all now" in text


@pytest.mark.parametrize("fmt", ["pdf", "charts"])  # charts are counted by their own stream
def test_nothing_to_export_says_why_the_same_way_in_every_path(demo_vault, tmp_path, fmt):
    repo = demo_vault.repository
    unconsented = [
        p["id"]
        for p in repo.get_profiles(repo.ids(), False)
        if (p.get("consent") or {}).get("level") != "full"
    ]
    assert unconsented
    out = tmp_path / "out"
    with pytest.raises(dispatch.NothingToExport) as public:
        export_from_vault(repo, unconsented, fmt, out, level="public")
    assert str(public.value) == (
        "no profile may be exported at this level"
        " (profiles without full consent are left out of public exports)"
    )
    assert str(dispatch.NothingToExport("partner")) == "no profile may be exported at this level"
    assert not out.exists()
