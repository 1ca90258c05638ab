"""What a dossier says about one profile, in one language, independent of the file format.

The DOCX and PDF renderers (and the card and tables) read these views, so that every format
carries the same content. Views are built from profiles that ``core.levels`` already redacted:
nothing here decides what a level may show, it only prints what is left.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import date

from profileeditor.core import facts as facts_mod
from profileeditor.core.vocab import label
from profileeditor.export.images import clean_photo
from profileeditor.export.strings import s


def pick(text: dict | None, lang: str) -> str:
    """One side of a bilingual text, falling back to the other side when it is empty."""
    if not text:
        return ""
    other = "en" if lang == "ar" else "ar"
    return (text.get(lang) or text.get(other) or "").strip()


def iso(value: str | None, lang: str) -> str:
    """A (partial) ISO date as printed. In Arabic text the bidi algorithm turns digits after an
    Arabic letter into Arabic numbers, for which "-" is not a separator, and 2019-01-10 would
    read 10-01-2019; a leading LRM keeps the date one left-to-right run."""
    if not value:
        return ""
    return "\u200e" + value if lang == "ar" else value


def span(start: str | None, end: str | None, lang: str) -> str:
    start, end = iso(start, lang), iso(end, lang)
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"{s('from', lang)} {start}"
    if end:
        return f"{s('to', lang)} {end}"
    return ""


@dataclass
class CaseView:
    title: str
    lines: list[tuple[str, str]]
    charges: list[str]


@dataclass
class ProfileView:
    """Everything a dossier section prints for one profile in one language."""

    id: str
    lang: str
    name: str
    photo: bytes | None
    identity: list[tuple[str, str]]
    facts: list[tuple[str, str]]
    bio: str
    detentions: list[list[tuple[str, str]]]
    cases: list[CaseView]
    sessions_header: list[str]
    sessions: list[list[str]]
    events: list[tuple[str, str]]
    sources: list[str]
    documents: list[str] = field(default_factory=list)
    # For the summary table and the card:
    status: str = ""
    profession: str = ""
    days: str = ""
    facility: str = ""
    case_numbers: str = ""


def photo_bytes(profile: dict) -> bytes | None:
    """The profile photo re-encoded without metadata, or None."""
    photo_id = profile.get("photo")
    for att in profile.get("attachments") or []:
        if att.get("id") == photo_id and att.get("data"):
            try:
                raw = base64.b64decode(att["data"], validate=False)
            except (binascii.Error, ValueError):
                return None
            return clean_photo(raw)
    return None


def _yes_no(value: bool, lang: str) -> str:
    return s("yes", lang) if value else s("no", lang)


def _days(value: int | None, approximate: bool, lang: str) -> str:
    if value is None:
        return ""
    return f"{value} ({s('approximate', lang)})" if approximate else str(value)


def case_title(case: dict, lang: str) -> str:
    number, year = case.get("number") or "", case.get("year")
    if not number:
        return s("case", lang)
    return f"{s('case', lang)} {number}" + (f" {s('of_year', lang)} {year}" if year else "")


def build_view(
    profile: dict, lang: str, *, today: date | None, legal_limit_days: int
) -> ProfileView:
    f = facts_mod.compute(profile, today, legal_limit_days)
    name = pick(profile.get("name"), lang)

    identity: list[tuple[str, str]] = []

    def add(key: str, value: str | None) -> None:
        if value:
            identity.append((s(key, lang), value))

    other_lang = "en" if lang == "ar" else "ar"
    add("name", name)
    other_name = (profile.get("name") or {}).get(other_lang, "").strip()
    if other_name and other_name != name:
        identity.append((s("name", lang) + f" ({other_lang})", other_name))
    add(
        "aliases",
        "، ".join(profile.get("aliases") or [])
        if lang == "ar"
        else ", ".join(profile.get("aliases") or []),
    )
    if profile.get("sex"):
        add(
            "sex",
            s("sex_" + profile["sex"], lang)
            if profile["sex"] in ("male", "female", "other", "unknown")
            else profile["sex"],
        )
    add("birth_date", iso(profile.get("birth_date"), lang))
    add("nationality", profile.get("nationality"))
    add("governorate", pick(profile.get("governorate"), lang))
    add("profession", label("profession", profile.get("profession"), lang))
    add("occupation", pick(profile.get("occupation"), lang))
    add("affiliation", pick(profile.get("affiliation"), lang))
    add("status", label("status", profile.get("status"), lang))
    # Partner and internal fields: present only when the level kept them.
    add("health", pick(profile.get("health"), lang))
    add("lawyers", pick(profile.get("lawyers"), lang))
    add("family_contact", pick(profile.get("family_contact"), lang))
    add("notes", pick(profile.get("notes"), lang))
    add("tags", ", ".join(profile.get("tags") or []))
    consent = profile.get("consent") or {}
    if consent:
        parts = [
            consent.get("level", ""),
            consent.get("given_by", ""),
            consent.get("date", ""),
            consent.get("notes", ""),
        ]
        add("consent", " — ".join(p for p in parts if p))

    cases = profile.get("cases") or []
    recycled = set(f.recycled_cases)
    facts_rows = [
        (s("current_days", lang), _days(f.current_days, f.approximate, lang)),
        (s("total_days", lang), _days(f.total_days, f.approximate, lang)),
        (s("disappearance_days", lang), str(f.disappearance_days)),
        (s("pretrial_days", lang), str(f.pretrial_days)),
        (s("renewals", lang), str(f.renewals)),
        (s("beyond_limit", lang), f"{_yes_no(f.beyond_legal_limit, lang)} ({f.legal_limit_days})"),
        (
            s("recycled", lang),
            ", ".join(case_title(c, lang) for c in cases if c.get("id") in recycled)
            or s("no", lang),
        ),
    ]
    if iso(f.next_session, lang):
        facts_rows.insert(5, (s("next_session", lang), f.next_session))
    facts_rows = [(k, v) for k, v in facts_rows if v]

    detentions = []
    for det in profile.get("detentions") or []:
        rows = []
        if det.get("arrest_date"):
            rows.append((s("arrest", lang), iso(det["arrest_date"], lang)))
        for key in ("arrest_place", "arresting_authority"):
            text = pick(det.get(key), lang)
            if text:
                rows.append(
                    (s("arrest_place" if key == "arrest_place" else "authority", lang), text)
                )
        if det.get("arrest_manner"):
            rows.append(
                (s("arrest_manner", lang), label("arrest_manner", det["arrest_manner"], lang))
            )
        if det.get("disappeared_until"):
            rows.append((s("disappeared_until", lang), iso(det["disappeared_until"], lang)))
        for fac in det.get("facilities") or []:
            rows.append(
                (
                    s("facility", lang),
                    " ".join(
                        p
                        for p in (
                            pick(fac.get("name"), lang),
                            span(fac.get("from"), fac.get("to"), lang),
                        )
                        if p
                    ),
                )
            )
        if det.get("release_date") or det.get("release_type"):
            value = " ".join(
                p
                for p in (
                    det.get("release_date") or "",
                    label("release_type", det.get("release_type"), lang),
                )
                if p
            )
            rows.append((s("release", lang), value))
        if rows:
            detentions.append(rows)

    case_views, sessions = [], []
    any_notes = any(pick(p.get("notes"), lang) for c in cases for p in c.get("proceedings") or [])
    header = [
        s(k, lang)
        for k in (
            "case",
            "when",
            "type",
            "authority",
            "outcome",
            "renewal_days",
            "next_date",
            "present",
        )
    ]
    if any_notes:
        header.append(s("notes", lang))
    for case in cases:
        lines = []
        if case.get("prosecution"):
            lines.append((s("prosecution", lang), label("prosecution", case["prosecution"], lang)))
        if pick(case.get("court"), lang):
            lines.append((s("court", lang), pick(case.get("court"), lang)))
        if case.get("joined_date"):
            lines.append((s("joined", lang), iso(case["joined_date"], lang)))
        sentence = case.get("sentence") or {}
        if sentence:
            parts = [iso(sentence.get("date"), lang)]
            if sentence.get("term_months") is not None:
                parts.append(f"{sentence['term_months']} {s('months', lang)}")
            parts.append(pick(sentence.get("court"), lang))
            lines.append((s("sentence", lang), " — ".join(p for p in parts if p)))
            if pick(sentence.get("appeal"), lang):
                lines.append((s("appeal", lang), pick(sentence.get("appeal"), lang)))
        if pick(case.get("notes"), lang):
            lines.append((s("notes", lang), pick(case.get("notes"), lang)))
        charges = [label("charge", c, lang) for c in case.get("charges") or []]
        title = case_title(case, lang)
        case_views.append(CaseView(title=title, lines=lines, charges=charges))
        short = case.get("number") or ""
        if case.get("year"):
            short = f"{short}/{case['year']}"
        for proc in sorted(case.get("proceedings") or [], key=lambda p: p.get("date") or ""):
            row = [
                short,
                iso(proc.get("date"), lang),
                label("proceeding_type", proc.get("type"), lang),
                pick(proc.get("authority"), lang),
                label("proceeding_outcome", proc.get("outcome"), lang),
                str(proc["renewal_days"]) if proc.get("renewal_days") is not None else "",
                iso(proc.get("next_date"), lang),
                "" if proc.get("present") is None else _yes_no(bool(proc["present"]), lang),
            ]
            if any_notes:
                row.append(pick(proc.get("notes"), lang))
            sessions.append(row)

    events = []
    for ev in sorted(profile.get("events") or [], key=lambda e: e.get("date") or ""):
        when = (
            span(ev.get("date"), ev.get("end_date"), lang)
            if ev.get("end_date")
            else iso(ev.get("date"), lang)
        )
        what = label("event_type", ev.get("type"), lang)
        desc = pick(ev.get("description"), lang)
        events.append((when, f"{what}: {desc}" if desc else what))

    sources = []
    for src in profile.get("sources") or []:
        parts = [
            src.get("title") or "",
            label("source_kind", src.get("kind"), lang),
            src.get("date") or "",
            src.get("url") or "",
        ]
        if src.get("notes"):
            parts.append(src["notes"])
        sources.append(" — ".join(p for p in parts if p))

    documents = []
    for att in profile.get("attachments") or []:
        if att.get("id") == profile.get("photo"):
            continue
        caption = pick(att.get("caption"), lang) or att.get("filename") or ""
        if att.get("credit"):
            caption += f" ({att['credit']})"
        documents.append(caption)

    facility = pick(f.current_facility, lang) if f.current_facility else ""
    return ProfileView(
        id=profile.get("id", ""),
        lang=lang,
        name=name,
        photo=photo_bytes(profile),
        identity=identity,
        facts=facts_rows,
        bio=pick(profile.get("bio"), lang),
        detentions=detentions,
        cases=case_views,
        sessions_header=header,
        sessions=sessions,
        events=events,
        sources=sources,
        documents=documents,
        status=label("status", profile.get("status"), lang),
        profession=label("profession", profile.get("profession"), lang),
        days="" if f.current_days is None else str(f.current_days),
        facility=facility,
        case_numbers=", ".join(
            f"{c.get('number')}/{c.get('year')}" if c.get("year") else str(c.get("number"))
            for c in cases
            if c.get("number")
        ),
    )
