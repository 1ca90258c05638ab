"""Issue 9.10: a public JSON export from the dialog keeps record ids only when asked."""

from __future__ import annotations

import json

from profileeditor.gui.dialogs.export_dialog import ExportDialog, ExportSelection


def _export(qtbot, vault, path, keep: bool | None) -> dict:
    dialog = ExportDialog(vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_selection("all")
    dialog.set_format("json")
    dialog.set_level("public")
    assert not dialog.keep_ids_check.isHidden()
    assert not dialog.keep_ids_check.isChecked()  # off unless the user asks
    if keep:
        dialog.keep_ids_check.click()
    dialog.path_edit.setText(str(path))
    job = dialog.start_export()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None, job.error
    return json.loads(path.read_text(encoding="utf-8"))


def test_public_json_ids_only_when_the_box_is_ticked(qtbot, demo_vault, tmp_path):
    stored = set(demo_vault.repository.ids(""))
    plain = _export(qtbot, demo_vault, tmp_path / "plain.json", keep=False)
    assert plain["profiles"] and not {p["id"] for p in plain["profiles"]} & stored
    assert not [p for p in plain["profiles"] if "updated_at" in p or "created_at" in p]
    kept = _export(qtbot, demo_vault, tmp_path / "kept.json", keep=True)
    assert {p["id"] for p in kept["profiles"]} <= stored


def test_the_box_is_only_for_json_below_internal(qtbot, demo_vault):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    assert dialog.keep_ids_check.isHidden()
    dialog.set_format("json")
    dialog.set_level("internal")
    assert dialog.keep_ids_check.isHidden()
