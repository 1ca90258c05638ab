"""Issue 9 (keys): the passphrase policy, rotation, recovery keys, key-file bounds and fail-closed
opening, through the real command line."""

from __future__ import annotations


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
