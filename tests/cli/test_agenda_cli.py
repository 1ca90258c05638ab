"""``profileeditor agenda``: terminal, JSON and calendar output of a fixture vault (issue 16)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import icalendar
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from agenda_fixture import EXPECTED, EXPECTED_ATTENTION, make_vault

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault


@pytest.fixture
def agenda_vault(tmp_path, cli_env):
    path = tmp_path / "agenda.pevault"
    vault, _ = Vault.create(
        path, cli_env["PROFILEEDITOR_PASSPHRASE"], KdfParams.insecure_for_tests()
    )
    make_vault(vault)
    vault_id = vault.vault_id
    vault.lock()
    return path, vault_id


def _tuples(entries):
    return [
        (
            e["date"],
            e["kind"],
            int(e["profile_id"][-12:]),
            e.get("count"),
            e.get("case_id"),
            e.get("expected", False),
            e.get("approximate", False),
        )
        for e in entries
    ]


def test_json_lists_every_item_once(run_cli, agenda_vault):
    path, _ = agenda_vault
    result = run_cli("agenda", path, "--json", "--today", "2026-12-01")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert _tuples(doc["items"]) == EXPECTED
    assert _tuples(doc["attention"]) == EXPECTED_ATTENTION
    assert doc["level"] == "internal" and doc["from"] == "2026-11-24" and doc["to"] == "2026-12-31"
    assert doc["items"][-1]["summary"] == (
        "Alaa Abdel Fattah: Renewal session (expected) — case 911/2022"
    )


def test_terminal_lines_in_arabic_with_dates_in_words(run_cli, agenda_vault):
    path, _ = agenda_vault
    result = run_cli("agenda", path, "--today", "2026-12-01", "--lang", "ar", "--days", "10")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "الأجندة: 24 نوفمبر 2026 – 11 ديسمبر 2026" in out
    assert "الجمعة، 11 ديسمبر 2026 (بعد 10 أيام) — علاء عبد الفتاح: 1000 يوم في الاحتجاز" in out
    assert "2026-12-15" not in out and "عمر زكي" not in out  # beyond 10 days
    assert "سجلات تحتاج إلى مراجعة: 3" in out


def test_ics_export_warns_defaults_to_public_and_keeps_uids(run_cli, agenda_vault, tmp_path):
    path, _ = agenda_vault
    out = tmp_path / "agenda.ics"
    first = run_cli("agenda", path, "--ics", out, "--today", "2026-12-01")
    assert first.returncode == 0, first.stderr
    assert "NOT encrypted" in first.stderr
    events = [
        c for c in icalendar.Calendar.from_ical(out.read_bytes()).walk() if c.name == "VEVENT"
    ]
    public = [t for t in EXPECTED if t[2] not in (2,) and not (t[2] == 9 and t[1] == "session")]
    assert [e.decoded("DTSTART").isoformat() for e in events] == [t[0] for t in public]
    assert "Salma" not in out.read_text(encoding="utf-8")
    uids = [str(e["UID"]) for e in events]
    again = run_cli(
        "agenda", path, "--ics", out, "--today", "2026-12-01", "--level", "partner", "--lang", "ar"
    )
    assert again.returncode == 0, again.stderr
    events = [
        c for c in icalendar.Calendar.from_ical(out.read_bytes()).walk() if c.name == "VEVENT"
    ]
    assert set(uids) <= {str(e["UID"]) for e in events}
    assert len(events) == len([t for t in EXPECTED if not (t[2] == 9 and t[1] == "session")])


def test_same_calendar_in_every_time_zone(run_cli, agenda_vault, tmp_path):
    """All-day dates: the same days in Cairo just after midnight and 14 hours ahead of UTC."""
    path, _ = agenda_vault
    bodies = []
    for zone in ("Africa/Cairo", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"):
        out = tmp_path / f"{zone.replace('/', '-')}.ics"
        result = run_cli("agenda", path, "--ics", out, "--today", "2026-12-01", env={"TZ": zone})
        assert result.returncode == 0, result.stderr
        bodies.append(
            [line for line in out.read_bytes().split(b"\r\n") if not line.startswith(b"DTSTAMP")]
        )
    assert all(body == bodies[0] for body in bodies)


def test_usage_errors(run_cli, agenda_vault, tmp_path):
    path, _ = agenda_vault
    for args in (("--days", "-1"), ("--today", "yesterday"), ("--ics", tmp_path / "no" / "a.ics")):
        result = run_cli("agenda", path, *args)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
