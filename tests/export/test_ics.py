"""The agenda's calendar file (RFC 5545), read back by independent parsers: the `icalendar`
library and, where it installs, khal (a real calendar program). Every dated item of the fixture
is there once, alarms are valid display alarms, re-export keeps the UIDs, all-day dates never
shift, lines are folded at 75 octets with CRLF."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from agenda_fixture import EXPECTED, TODAY, profiles

from profileeditor.core import agenda as ag
from profileeditor.core import agenda_words as words
from profileeditor.export import ics

VAULT_ID = "5b0c1f3e-0d5e-4a53-9b1a-2f1c8d2e7a10"


def _agenda(level="internal", today=TODAY):
    return ag.build_from_profiles(profiles(), today=today, level=level)


def _events(data: bytes) -> list:
    calendar = icalendar.Calendar.from_ical(data)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def test_every_item_present_once_with_valid_alarm():
    agenda = _agenda()
    now = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)
    data = ics.calendar_bytes(agenda, VAULT_ID, "en", now)
    events = _events(data)
    assert len(events) == len(EXPECTED) == len(agenda.items)
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)
    for item in agenda.items:
        event = by_uid[item.uid(VAULT_ID)]
        start = event.decoded("DTSTART")
        assert type(start) is date and start == item.day  # all-day: a date, not a date-time
        assert event.decoded("DTEND") == item.day + timedelta(days=1)
        assert str(event["SUMMARY"]) == words.summary(item, "en")
        assert event.decoded("DTSTAMP") == now
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        assert len(alarms) == 1
        alarm = alarms[0]
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"])
        assert alarm.decoded("TRIGGER") == timedelta(hours=-15)  # 09:00 the day before
    assert [e.decoded("DTSTART").isoformat() for e in events] == [t[0] for t in EXPECTED]


def test_reexport_keeps_uids_and_a_later_day_updates_the_same_events():
    first = ics.calendar_bytes(_agenda(), VAULT_ID, "en", datetime(2026, 12, 1, tzinfo=UTC))
    again = ics.calendar_bytes(_agenda(), VAULT_ID, "ar", datetime(2026, 12, 2, tzinfo=UTC))
    uids = [str(e["UID"]) for e in _events(first)]
    assert uids == [str(e["UID"]) for e in _events(again)]
    later = ics.calendar_bytes(_agenda(today=TODAY + timedelta(days=3)), VAULT_ID, "en")
    still = {str(e["UID"]) for e in _events(later)} & set(uids)
    assert len(still) >= len(uids) - 4  # the items that left the past week are gone, no others
    for uid in uids:
        assert "alaa" not in uid.lower() and "00000000-0000" not in uid
    other_vault = ics.calendar_bytes(_agenda(), "another-vault", "en")
    assert not {str(e["UID"]) for e in _events(other_vault)} & set(uids)


def test_arabic_summaries_and_lines_folded_at_75_octets_with_crlf():
    agenda = _agenda()
    data = ics.calendar_bytes(agenda, VAULT_ID, "ar")
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # Arabic summaries do get folded
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in lines:
        line.decode("utf-8")  # never a character cut in two
    summaries = {str(e["SUMMARY"]) for e in _events(data)}
    assert summaries == {words.summary(i, "ar") for i in agenda.items}
    assert "علاء عبد الفتاح: 1000 يوم في الاحتجاز" in summaries


def test_text_escaping_round_trips():
    profile = profiles()[0]
    profile["name"] = {"en": "Name, with; comma\\semicolon\nand newline"}
    agenda = ag.build_from_profiles([profile], today=TODAY)
    events = _events(ics.calendar_bytes(agenda, VAULT_ID, "en"))
    assert str(events[0]["SUMMARY"]).startswith("Name, with; comma\\semicolon\nand newline: ")


def test_public_level_names_only_consenting_people():
    data = ics.calendar_bytes(_agenda(level="public"), VAULT_ID, "en")
    text = "\n".join(str(e["SUMMARY"]) for e in _events(data))
    assert "Salma" not in text and "Alaa" in text
    assert b"Export level: public" in data.replace(b"\r\n ", b"")


def test_write_is_atomic_and_leaves_no_partial(tmp_path):
    out = tmp_path / "agenda.ics"
    ics.write_ics(_agenda(), out, VAULT_ID)
    assert _events(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]


KHAL = shutil.which("khal")


@pytest.mark.skipif(KHAL is None, reason="khal (Debian package) not installed")
@pytest.mark.parametrize("zone", ["Africa/Cairo", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_khal_reads_every_event_on_its_day(tmp_path, zone):
    """khal, a real calendar program, parses the file (its printics) and shows each all-day
    event on its own day whatever the reader's time zone."""
    path = tmp_path / "agenda.ics"
    ics.write_ics(_agenda(), path, VAULT_ID, "en")
    config = tmp_path / "khal.conf"
    (tmp_path / "cal").mkdir()
    config.write_text(
        f"[calendars]\n[[agenda]]\npath = {tmp_path / 'cal'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"local_timezone = {zone}\ndefault_timezone = {zone}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["TZ"] = zone
    result = subprocess.run(
        [
            KHAL,
            "-c",
            str(config),
            "printics",
            "--format",
            "{start-date}|{title}|{alarm-symbol}",
            str(path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"{len(EXPECTED)} events found" in result.stdout
    shown = [line.split("|") for line in result.stdout.splitlines() if line.count("|") == 2]
    assert [d for d, _title, _alarm in shown] == [t[0] for t in EXPECTED]
    assert all(alarm.strip() for _d, _t, alarm in shown)  # khal sees each alarm
    titles = [t for _d, t, _a in shown]
    assert titles == [words.summary(i, "en") for i in _agenda().items]
