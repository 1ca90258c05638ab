"""``profileeditor agenda``: sessions, milestones and records needing attention (issue 16), on
the terminal, as JSON, or as a calendar file for any calendar program."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from profileeditor.cli.common import EXIT_OK, EXIT_USAGE, CliError, open_vault

_HEADINGS = {
    "en": ("Agenda", "Needs attention", "nothing falls due"),
    "ar": ("الأجندة", "سجلات تحتاج إلى مراجعة", "لا شيء مستحق"),
}


def _today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--today: not a date (YYYY-MM-DD): {value!r}", EXIT_USAGE) from exc


def cmd_agenda(args) -> int:
    from profileeditor.core import agenda as ag
    from profileeditor.core import agenda_words as words

    if args.days < 0 or args.days > 3660:
        raise CliError("--days must be between 0 and 3660", EXIT_USAGE)
    today = _today(args.today)
    out = Path(args.ics) if args.ics else None
    if out is not None and not out.parent.exists():
        raise CliError(f"{out.parent}: no such folder", EXIT_USAGE)
    # What leaves the vault as a file goes at public level unless asked; the screen shows all.
    level = args.level or ("public" if out is not None else "internal")
    with open_vault(args.vault) as vault:
        agenda = ag.build_from_repository(
            vault.repository,
            today=today,
            days=args.days,
            level=level,
            include_unconsented=args.include_unconsented,
        )
        vault_id = vault.vault_id
    lang = args.lang
    if out is not None:
        from profileeditor.export.ics import NOT_ENCRYPTED_WARNING, write_ics

        print(NOT_ENCRYPTED_WARNING, file=sys.stderr)
        write_ics(agenda, out, vault_id, lang)
        print(f"wrote {out}: {len(agenda.items)} events ({level} level)")
        return EXIT_OK
    if args.json:
        doc = agenda.to_json()
        for key, items in (("items", agenda.items), ("attention", agenda.attention)):
            for entry, item in zip(doc[key], items, strict=True):
                entry["summary"] = words.summary(item, lang)
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    title, attention_title, nothing = _HEADINGS[lang]
    span = f"{words.day_in_words(agenda.first, lang)} – {words.day_in_words(agenda.last, lang)}"
    print(f"{title}: {span}")
    for item in agenda.items:
        print("  " + words.line(item, today, lang))
    if not agenda.items:
        print(f"  ({nothing})")
    if agenda.attention:
        print(f"{attention_title}: {len(agenda.attention)}")
        for item in agenda.attention:
            print(f"  {words.day_in_words(item.day, lang)} — {words.summary(item, lang)}")
    return EXIT_OK


def register(sub, add) -> None:
    """Add this module's commands to the parser (``add(name, handler, help)``)."""
    p = add(
        "agenda",
        cmd_agenda,
        "sessions, milestones and records needing attention in the coming days and past week",
    )
    p.add_argument("vault")
    p.add_argument("--days", type=int, default=30, help="how many days ahead (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--ics", metavar="FILE", help="write a calendar file (.ics) instead")
    p.add_argument(
        "--level",
        choices=["public", "partner", "internal"],
        help="what may be shown (default: internal on screen, public in a calendar file)",
    )
    p.add_argument("--lang", default="en", choices=["ar", "en"])
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default today)")
    p.add_argument(
        "--include-unconsented",
        action="store_true",
        help="public level: include people without full consent",
    )
