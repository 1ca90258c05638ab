"""The command-line contract (DESIGN §5): commands, exit codes, one-line errors."""

import hashlib
import json
import sqlite3

from profileeditor.resources import resource


def _digest(folder):
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def _one_line_error(result, code):
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_init_prints_recovery_key_and_list_is_empty(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    result = run_cli("init", vault)
    assert result.returncode == 0, result.stderr
    assert "Recovery key" in result.stdout
    listing = run_cli("list", vault, "--json")
    assert listing.returncode == 0 and json.loads(listing.stdout) == []


def test_demo_list_query_status(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    assert run_cli("demo", vault).returncode == 0
    rows = json.loads(run_cli("list", vault, "--json").stdout)
    assert len(rows) == 8 and {"id", "name", "status"} <= rows[0].keys()
    hits = json.loads(run_cli("list", vault, "--json", "--query", "سلمي").stdout)
    assert [r["name"]["en"] for r in hits] == ["Salma Abdel-Raouf Mansour"]
    detained = json.loads(run_cli("list", vault, "--json", "--status", "detained").stdout)
    assert {r["status"] for r in detained} == {"detained"}
    text = run_cli("list", vault)
    assert "8 profiles" in text.stdout


def test_wrong_passphrase_exits_3_and_changes_nothing(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    run_cli("list", vault)  # first open makes the automatic backup
    before = _digest(vault)
    for command in (
        ["list", vault],
        ["check", vault],
        ["export", vault, "--format", "json", "--out", tmp_path / "x.json"],
    ):
        result = run_cli(*command, env={"PROFILEEDITOR_PASSPHRASE": "wrong"})
        _one_line_error(result, 3)
    assert _digest(vault) == before
    assert not (tmp_path / "x.json").exists()


def test_damaged_database_exits_4_and_is_kept(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    db = vault / "profiles.db"
    data = bytearray(db.read_bytes())
    data[64:2048] = b"\x00" * (2048 - 64)
    db.write_bytes(bytes(data))
    for command in ("list", "check"):
        _one_line_error(run_cli(command, vault), 4)
    assert db.read_bytes() == bytes(data)


def test_damaged_key_file_exits_4(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("init", vault)
    (vault / "vault.key").write_text("{ broken")
    _one_line_error(run_cli("list", vault), 4)


def test_missing_vault_exits_4_and_creates_nothing(run_cli, tmp_path):
    _one_line_error(run_cli("list", tmp_path / "none.pevault"), 4)
    assert not (tmp_path / "none.pevault").exists()


def test_usage_errors_exit_2(run_cli, tmp_path):
    _one_line_error(run_cli("list"), 2)
    _one_line_error(run_cli("export", tmp_path, "--format", "nope", "--out", "x"), 2)
    result = run_cli("init", tmp_path / "v", env={"PROFILEEDITOR_PASSPHRASE": ""})
    _one_line_error(result, 2)


def test_no_passphrase_and_no_terminal_is_a_usage_error(run_cli, cli_env, tmp_path):
    env = dict(cli_env)
    del env["PROFILEEDITOR_PASSPHRASE"]
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "profileeditor.cli", "init", str(tmp_path / "v")],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    _one_line_error(result, 2)


def test_bad_input_file_exits_5_naming_it(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    run_cli("init", vault)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "profileeditor.profiles", "version": 1, "profiles": [{"id": "x"}]}')
    result = run_cli("import", vault, bad)
    _one_line_error(result, 5)
    assert "bad.json" in result.stderr
    assert json.loads(run_cli("list", vault, "--json").stdout) == []


def test_import_dry_run_stores_nothing(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    run_cli("init", vault)
    result = run_cli("import", vault, resource("samples", "profiles.sample.json"), "--dry-run")
    assert result.returncode == 0 and "would add 8" in result.stdout
    assert json.loads(run_cli("list", vault, "--json").stdout) == []


def test_json_round_trip_at_internal_level(run_cli, tmp_path, sample_doc):
    vault = tmp_path / "v.pevault"
    run_cli("init", vault)
    assert run_cli("import", vault, resource("samples", "profiles.sample.json")).returncode == 0
    out = tmp_path / "out.json"
    assert (
        run_cli("export", vault, "--format", "json", "--level", "internal", "--out", out).returncode
        == 0
    )
    exported = {p["id"]: p for p in json.loads(out.read_text())["profiles"]}
    for original in sample_doc["profiles"]:
        got = exported[original["id"]]
        for a_got, a_orig in zip(got["attachments"], original["attachments"], strict=True):
            assert a_got.pop("data") != a_orig["data"]
            assert a_got.pop("sha256") != a_orig["sha256"]
            a_got.pop("media_type")
        expected = json.loads(json.dumps(original))
        for a in expected["attachments"]:
            del a["data"], a["sha256"], a["media_type"]
        assert got == expected


def test_public_export_redacts_and_skips_unconsented(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    out = tmp_path / "public.json"
    assert run_cli("export", vault, "--format", "json", "--out", out).returncode == 0
    doc = json.loads(out.read_text())
    assert doc["level"] == "public" and len(doc["profiles"]) == 5
    assert all("family_contact" not in p and "consent" not in p for p in doc["profiles"])
    run_cli("export", vault, "--format", "json", "--out", out, "--include-unconsented")
    assert len(json.loads(out.read_text())["profiles"]) == 8


def test_passwd_then_old_fails_new_and_recovery_work(run_cli, tmp_path):
    vault = tmp_path / "v.pevault"
    created = run_cli("init", vault)
    recovery = created.stdout.strip().splitlines()[-1].strip()
    result = run_cli(
        "passwd", vault, env={"PROFILEEDITOR_NEW_PASSPHRASE": "a brand new passphrase"}
    )
    assert result.returncode == 0, result.stderr
    _one_line_error(run_cli("list", vault), 3)
    assert (
        run_cli(
            "list", vault, env={"PROFILEEDITOR_PASSPHRASE": "a brand new passphrase"}
        ).returncode
        == 0
    )
    from profileeditor.core.vault import Vault

    with Vault.open_with_recovery_key(vault, recovery) as opened:
        assert opened.repository.count() == 0


def test_backup_and_check(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    dest = tmp_path / "usb" / "backup.pevault"
    assert run_cli("backup", vault, dest).returncode == 0
    check = run_cli("check", dest)
    assert check.returncode == 0 and "8 profiles" in check.stdout
    try:
        sqlite3.connect(dest / "profiles.db").execute("SELECT * FROM sqlite_master").fetchall()
        readable = True
    except sqlite3.DatabaseError:
        readable = False
    assert not readable


def test_export_dossiers_through_the_cli(run_cli, tmp_path):
    import subprocess

    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    pdf = tmp_path / "d.pdf"
    result = run_cli(
        "export",
        vault,
        "--format",
        "pdf",
        "--out",
        pdf,
        "--lang",
        "en",
        "--campaign-line-en",
        "Free them all",
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Free them all" in text and "Salma Abdel-Raouf Mansour" in text
    assert "Moemen" not in text  # no consent: left out of a public export
    for fmt in ("docx", "csv", "xlsx"):
        out = tmp_path / f"d.{fmt}"
        assert run_cli("export", vault, "--format", fmt, "--out", out).returncode == 0
        assert out.stat().st_size > 0


def test_export_with_nothing_to_export_is_one_line(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    result = run_cli(
        "export", vault, "--format", "pdf", "--out", tmp_path / "x.pdf", "--query", "Moemen"
    )
    _one_line_error(result, 1)
    assert "consent" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_of_an_unknown_id_is_a_usage_error(run_cli, tmp_path, sample_doc):
    vault = tmp_path / "demo.pevault"
    run_cli("demo", vault)
    known = sample_doc["profiles"][0]["id"]
    unknown = "00000000-0000-4000-8000-000000000000"
    out = tmp_path / "x.json"
    result = run_cli(
        "export", vault, "--format", "json", "--out", out, "--id", known, "--id", unknown
    )
    _one_line_error(result, 2)
    assert unknown in result.stderr and not out.exists()
