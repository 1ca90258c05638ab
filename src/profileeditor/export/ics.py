"""The agenda as an iCalendar file (RFC 5545), written by hand: every calendar program reads it.

One all-day event (``DTSTART;VALUE=DATE``) per dated agenda item — sessions and milestones; the
records needing attention are a to-do list in the app, not calendar days. Each event has:

- a UID hashed from the vault's id, the profile's id, the kind, the date and the case
  (``Item.uid``) — stable, so importing a later export updates the same events instead of
  duplicating them, and no name inside it;
- DTSTAMP (the export time, UTC), SUMMARY in the chosen language at the chosen level, a
  DESCRIPTION that says the level, and a display alarm at 09:00 the day before (``-PT15H`` from
  the day's start: DISPLAY alarms are the kind Outlook and phones keep).

All-day dates carry no time zone, so an event never moves a day for a reader in Cairo or
anywhere else. Lines are folded at 75 octets (never inside a UTF-8 character) and end in CRLF.
The file is not encrypted: callers warn (``NOT_ENCRYPTED_WARNING``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from profileeditor.core import agenda as ag
from profileeditor.core import agenda_words as words
from profileeditor.core import bidi
from profileeditor.export.strings import level_line

PRODID = "-//Profile Editor//Campaign agenda//EN"
ALARM_TRIGGER = "-PT15H"  # 09:00 on the day before an all-day event
NOT_ENCRYPTED_WARNING = (
    "warning: the calendar file is NOT encrypted — it leaves the vault's protection and anyone "
    "who gets hold of it can read it. Keep it on an encrypted disk, delete it once imported."
)
_CALENDAR_NAME = {"ar": "أجندة الحملة", "en": "Campaign agenda"}
_EXPECTED_NOTE = {
    "ar": "موعد متوقع: تاريخ آخر جلسة مضافًا إليه مدة التجديد.",
    "en": "Expected date: the last session plus its renewal period.",
}
_APPROXIMATE_NOTE = {
    "ar": "تاريخ تقريبي: تاريخ القبض معروف بالشهر فقط.",
    "en": "Approximate date: the arrest date is known to the month only.",
}


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped, no
    direction override (``bidi.neutralise``) that could turn a calendar's line around."""
    return (
        bidi.neutralise(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so that no line exceeds 75 octets (RFC 5545 §3.1); a
    continuation starts with a space, and a character is never split between lines."""
    out: list[bytes] = []
    current = b""
    limit = 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b" "
            limit = 75
        current += encoded
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def event_lines(item: ag.Item, vault_id: str, lang: str, level: str, stamp: str) -> list[str]:
    summary = words.summary(item, lang)
    notes = [words.day_in_words(item.day, lang, weekday=True)]
    if item.expected:
        notes.append(_EXPECTED_NOTE[lang])
    if item.approximate:
        notes.append(_APPROXIMATE_NOTE[lang])
    notes.append(level_line(level, lang))
    return [
        "BEGIN:VEVENT",
        f"UID:{item.uid(vault_id)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(item.day)}",
        f"DTEND;VALUE=DATE:{_date(item.day + timedelta(days=1))}",
        f"SUMMARY;LANGUAGE={lang}:{escape_text(summary)}",
        f"DESCRIPTION;LANGUAGE={lang}:{escape_text(chr(10).join(notes))}",
        f"CATEGORIES:{item.category.upper()}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(summary)}",
        f"TRIGGER:{ALARM_TRIGGER}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_bytes(
    agenda: ag.Agenda,
    vault_id: str,
    lang: str = "en",
    now: datetime | None = None,
    items: Iterable[ag.Item] | None = None,
) -> bytes:
    """The whole calendar for ``agenda``'s dated items (or the ``items`` given)."""
    if lang not in ("ar", "en"):
        raise ValueError(f"the calendar's language is ar or en, not {lang!r}")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(_CALENDAR_NAME[lang])}",
    ]
    for item in agenda.items if items is None else items:
        if item.category != "attention":
            lines += event_lines(item, vault_id, lang, agenda.level, stamp)
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)


def write_ics(
    agenda: ag.Agenda,
    out: Path,
    vault_id: str,
    lang: str = "en",
    now: datetime | None = None,
    items: Iterable[ag.Item] | None = None,
) -> Path:
    """Write the calendar to ``out`` whole or not at all (a temporary beside it, then renamed)."""
    from profileeditor.export.dispatch import atomic_path

    data = calendar_bytes(agenda, vault_id, lang, now, items)
    out = Path(out)
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
    return out
