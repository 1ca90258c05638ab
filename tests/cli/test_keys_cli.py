"""Issue 9 (keys): the passphrase policy, rotation, recovery keys, key-file bounds and fail-closed
opening, through the real command line."""

from __future__ import annotations

import pytest


def _one_line_error(result, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_weak_passphrase_is_refused_by_init_demo_and_passwd(run_cli, tmp_path):
    for command in ("init", "demo"):
        result = run_cli(
            command, tmp_path / f"{command}.pevault", env={"PROFILEEDITOR_PASSPHRASE": "a"}
        )
        assert "too short" in _one_line_error(result, 2)
        assert not (tmp_path / f"{command}.pevault").exists()
    vault = tmp_path / "v.pevault"
    assert run_cli("init", vault).returncode == 0
    before = (vault / "vault.key").read_bytes()
    for weak in ("a", "password123456", "v.pevault v.pevault"):
        result = run_cli("passwd", vault, env={"PROFILEEDITOR_NEW_PASSPHRASE": weak})
        _one_line_error(result, 2)
    assert (vault / "vault.key").read_bytes() == before


def _recovery(result) -> str:
    return result.stdout.strip().splitlines()[-1].strip()


def test_passwd_rotate_data_key_and_new_recovery_key(run_cli, tmp_path):
    import shutil

    from profileeditor.core import keyfile
    from profileeditor.core.vault import Vault, VaultDamaged, WrongPassphrase, connect_keyed

    vault = tmp_path / "v.pevault"
    old_recovery = _recovery(run_cli("init", vault))
    assert run_cli("backup", vault, tmp_path / "elsewhere.pevault").returncode == 0
    shutil.copy(vault / "vault.key", tmp_path / "seized.key")
    new = "an entirely new passphrase"
    result = run_cli(
        "passwd", vault, "--rotate-data-key", env={"PROFILEEDITOR_NEW_PASSPHRASE": new}
    )
    assert result.returncode == 0, result.stderr
    assert "data key rotated" in result.stdout
    assert "copies of this vault made elsewhere" in result.stderr
    rotated_recovery = _recovery(result)
    assert rotated_recovery != old_recovery
    old_key = keyfile.unlock_with_passphrase(
        keyfile.read_key_file(tmp_path / "seized.key"), "cli test passphrase"
    )
    with pytest.raises(VaultDamaged):
        connect_keyed(vault / "profiles.db", old_key)
    env = {"PROFILEEDITOR_PASSPHRASE": new}
    assert run_cli("list", vault, env=env).returncode == 0
    result = run_cli("new-recovery-key", vault, env=env)
    assert result.returncode == 0, result.stderr
    newest = _recovery(result)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault, rotated_recovery)
    with Vault.open_with_recovery_key(vault, newest) as opened:
        assert opened.repository.count() == 0


def test_compromised_requires_rotation_and_a_new_passphrase(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    run_cli("init", vault)
    same = run_cli(
        "passwd",
        vault,
        "--compromised",
        env={"PROFILEEDITOR_NEW_PASSPHRASE": "cli test passphrase"},
    )
    assert "must change" in _one_line_error(same, 2)
    result = run_cli(
        "passwd",
        vault,
        "--compromised",
        env={"PROFILEEDITOR_NEW_PASSPHRASE": "after the raid 2026"},
    )
    assert result.returncode == 0 and "data key rotated" in result.stdout


def test_passwd_names_each_backup_it_could_not_update(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    run_cli("demo", vault)
    assert run_cli("list", vault).returncode == 0  # the automatic backup
    backup = next((vault / "backups").iterdir())
    (backup / "vault.key").write_text("{")
    result = run_cli("passwd", vault, env={"PROFILEEDITOR_NEW_PASSPHRASE": "brand new words here"})
    assert result.returncode == 0
    assert f"backup not updated (it still opens with the old passphrase): {backup}" in result.stderr


def test_check_warns_about_the_test_kdf_and_key_file_damage_exits_4(run_cli, tmp_path):
    import json

    from profileeditor.core import keyfile

    vault = tmp_path / "v.pevault"
    run_cli("init", vault)
    result = run_cli("check", vault)
    assert result.returncode == 0 and "below the floor" in result.stderr
    doc = json.loads((vault / "vault.key").read_text())
    doc["slots"][0]["kdf"]["iterations"] = 10**9
    doc["checksum"] = keyfile._checksum(doc)
    (vault / "vault.key").write_text(json.dumps(doc))
    assert "out of range" in _one_line_error(run_cli("list", vault), 4)
    (vault / "vault.key").write_text("[" * 200_000)
    _one_line_error(run_cli("list", vault), 4)


def test_an_empty_database_exits_4(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    run_cli("demo", vault)
    (vault / "profiles.db").write_bytes(b"")
    for command in ("list", "check"):
        assert "empty" in _one_line_error(run_cli(command, vault), 4)


def test_the_cli_hardens_itself_and_drops_the_passphrase_variable(cli_env, tmp_path):
    import subprocess
    import sys

    vault = tmp_path / "v.pevault"
    code = (
        "import os, resource, sys\n"
        "from profileeditor.cli import main\n"
        "from profileeditor.core.hardening import is_dumpable\n"
        f"main(['init', {str(vault)!r}])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(is_dumpable())\n"
        "print('PROFILEEDITOR_PASSPHRASE' in os.environ)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=cli_env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()[-3:]
    assert lines == ["(0, 0)", "False", "False"]
