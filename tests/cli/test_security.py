"""Nothing identifying on disk in plaintext: a canary planted in every text field of a profile
must not appear in any file under the vault, the temp folder or the config folders after import,
edits, backup and export — and photos come out without metadata."""

import json
import uuid

import pytest

from profileeditor.core.vault import Vault

FREE_TEXT_KEYS = {"number", "title", "url", "given_by", "credit", "filename"}


def plant(value, canary: str):
    """Every free-text string of a profile replaced by a canary (codes, ids, dates kept)."""
    if isinstance(value, dict):
        out = {}
        for key, child in value.items():
            if key in ("ar", "en") and isinstance(child, str):
                out[key] = f"{canary} {key}"
            elif (key in FREE_TEXT_KEYS and isinstance(child, str)) or (
                key == "notes" and isinstance(child, str)
            ):
                out[key] = canary
            elif key in ("aliases", "tags"):
                out[key] = [canary, f"{canary} 2"]
            else:
                out[key] = plant(child, canary)
        return out
    if isinstance(value, list):
        return [plant(v, canary) for v in value]
    return value


def files_containing(folder, needles):
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(path)
    return hits


@pytest.fixture
def outside(run_dirs):
    """A folder outside the scanned ones, for the input file and the export."""
    folder = run_dirs["tmp"].parent / f"outside-{uuid.uuid4().hex}"
    folder.mkdir()
    return folder


def test_canary_never_reaches_disk_in_plaintext(run_cli, run_dirs, outside, sample_doc, cli_env):
    canary = f"CANARY{uuid.uuid4().hex}"
    arabic_canary = "كناري" + uuid.uuid4().hex[:8]
    profile = plant(json.loads(json.dumps(sample_doc["profiles"][0])), canary)
    profile["name"]["ar"] = arabic_canary
    source = outside / "canary.json"
    source.write_text(
        json.dumps(
            {"format": "profileeditor.profiles", "version": 1, "profiles": [profile]},
            ensure_ascii=False,
        )
    )

    vault_path = run_dirs["tmp"] / f"canary-{uuid.uuid4().hex}.pevault"
    assert run_cli("init", vault_path).returncode == 0
    assert run_cli("import", vault_path, source).returncode == 0
    # edits, through the core as the GUI makes them
    with Vault.open(vault_path, cli_env["PROFILEEDITOR_PASSPHRASE"]) as vault:
        stored = vault.repository.get_profile(profile["id"])
        stored["bio"]["en"] = f"{canary} edited"
        stored["cases"][0]["notes"] = {"ar": f"{canary} تعديل"}
        vault.repository.update_profile(stored)
        vault.repository.set_setting("author_name", canary)
        vault.backup()
    assert run_cli("backup", vault_path, vault_path / "extra-copy").returncode == 0
    exported = outside / "internal.json"
    assert (
        run_cli(
            "export", vault_path, "--format", "json", "--level", "internal", "--out", exported
        ).returncode
        == 0
    )
    assert canary in exported.read_text(encoding="utf-8")  # the export itself is the user's choice

    needles = []
    for text in (canary, arabic_canary):
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    for folder in (vault_path, run_dirs["tmp"], run_dirs["config"], run_dirs["home"]):
        assert files_containing(folder, needles) == [], folder
