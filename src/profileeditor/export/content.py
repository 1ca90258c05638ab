"""What a dossier says about one profile, in one language, independent of the file format.

The DOCX and PDF renderers (and the card and tables) read these views, so that every format
carries the same content. Views are built from profiles that ``core.levels`` already redacted:
nothing here decides what a level may show, it only prints what is left.
"""

from __future__ import annotations

import base64
import binascii
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from profileeditor.core import bidi, catalogue, wording
from profileeditor.core import dates as dates_mod
from profileeditor.core import facts as facts_mod
from profileeditor.core.vocab import label
from profileeditor.export import fields
from profileeditor.export import first_page as first_page_mod
from profileeditor.export.images import clean_photo
from profileeditor.export.strings import s


@dataclass(frozen=True)
class DossierOptions:
    """Vault settings that change how a dossier reads (not what it may show)."""

    arabic_digits: bool = False  # Arabic-Indic digits in the generated Arabic text
    organisation: dict = field(default_factory=dict)  # {"ar", "en"} name on the cover
    contact: str = ""  # the organisation's contact line on the cover
    mark_other_language: bool = True  # mark text that exists only in the other language
    timelines: bool = True  # each profile's timeline on its first page (issue 14)
    statistics: bool = True  # the statistics section of a multi-profile dossier (issue 14)


# Vault settings (stored encrypted in the vault) that shape the dossier.
SETTING_ORGANISATION = "organisation_name"  # {"ar": …, "en": …}
SETTING_CONTACT = "organisation_contact"  # one line: an address, a phone or a mail


# A vault setting drawn on covers, cards and charts (the organisation, its contact, the campaign
# line) is one line of the user's words: its control characters (a NUL made the DOCX unwritable)
# and direction overrides go (``bidi.neutralise``: one could turn the line around), and it is cut
# at a word to more than any cover, card or chart shows, so a hostile megabyte costs no more time
# or memory than a full line (a 20,000-character campaign line took the charts 55 s).
MAX_SETTING_CHARS = 500


def setting_line(value: object) -> str:
    """``value`` as one line of a vault setting (see above)."""
    text = bidi.neutralise(str(value or ""))
    text = " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())
    if len(text) > MAX_SETTING_CHARS:
        cut = text[: MAX_SETTING_CHARS + 1]
        text = cut[: cut.rfind(" ")] if " " in cut[1:] else cut[:MAX_SETTING_CHARS]
    return text


def options_from_settings(get_setting, lang: str = "ar+en") -> DossierOptions:
    """The dossier options a vault's settings ask for (``get_setting(key, default)``)."""
    organisation = get_setting(SETTING_ORGANISATION, None) or {}
    return DossierOptions(
        arabic_digits=bool(get_setting(wording.SETTING_ARABIC_DIGITS, False)),
        organisation={k: setting_line(v) for k, v in organisation.items() if isinstance(v, str)}
        if isinstance(organisation, dict)
        else {},
        contact=setting_line(get_setting(SETTING_CONTACT, "")),
        mark_other_language=lang != "ar+en",
    )


# One side of a bilingual text (``pick``), marked when only the other side exists.
pick = fields.pick
pick_marked = fields.pick_marked


def iso(value: str | None, lang: str, arabic_digits: bool = False) -> str:
    """A (partial) date as printed: with its month name ("29 سبتمبر 2019", "September 2019").

    Month names keep an Arabic date one readable run (an ISO date inside Arabic text reads
    backwards under the bidi algorithm), with no invisible marks.
    """
    return wording.date_text(value, lang, arabic_digits)


def span(start: str | None, end: str | None, lang: str, arabic_digits: bool = False) -> str:
    return wording.span_text(start, end, lang, arabic_digits)


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
    sessions: list[tuple[str, list[list[str]]]]  # (case title, rows) per case with sessions
    events: list[tuple[str, str]]
    sources: list[str]  # numbered references: title, kind, date, address
    documents: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # contradictions in the record, in words
    as_of: str = ""
    # For the summary table and the card:
    status: str = ""
    profession: str = ""
    days: str = ""
    facility: str = ""
    case_numbers: str = ""
    # The first page: key facts, summary and the timeline (export/first_page.py).
    first_page: first_page_mod.FirstPage | None = None


@dataclass(frozen=True)
class Headline:
    """Who the person is in one line's words: the dossier's heading and summary row, and the
    card, print these (the status and profession agree with a woman in Arabic)."""

    name: str
    status: str
    profession: str


def contents_rows(views, langs) -> tuple[dict[str, list[str]], dict[str, list[list[str]]]]:
    """Each language's contents entries (the profiles' names) and summary rows (name, status,
    days, facility, case numbers), gathered in one pass over ``views`` — a sequence of each
    profile's views that dispatch may build on demand, so none is kept."""
    names: dict[str, list[str]] = {lang: [] for lang in langs}
    summary: dict[str, list[list[str]]] = {lang: [] for lang in langs}
    for index in range(len(views)):
        for v in views[index]:
            names[v.lang].append(v.name)
            summary[v.lang].append([v.name, v.status, v.days, v.facility, v.case_numbers])
    return names, summary


def headline(profile: dict, lang: str) -> Headline:
    """The name, status and profession of ``profile`` in ``lang``, read straight from it (a
    card needs these, not a whole view)."""
    sex = profile.get("sex")
    return Headline(
        name=pick(profile.get("name"), lang),
        status=label("status", profile.get("status"), lang, sex),
        profession=label("profession", profile.get("profession"), lang, sex),
    )


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


def _partial(*values: str | None) -> bool:
    """Whether any of the dates is partial (a figure resting on it is approximate)."""
    for value in values:
        if value and dates_mod.is_partial_date(value) and not dates_mod.is_exact(value):
            return True
    return False


# Paths the composed lines below print themselves; any other printed field of these records is
# added to the line as "label: value" (fields.rest), so a new catalogue entry still shows.
_SESSION_FIELDS = tuple(
    "cases.proceedings." + k
    for k in (
        "date",
        "type",
        "authority",
        "outcome",
        "renewal_days",
        "next_date",
        "present",
        "notes",
    )
)
_EVENT_FIELDS = ("events.date", "events.end_date", "events.type", "events.description")
_SOURCE_FIELDS = tuple(f"sources.{k}" for k in ("title", "kind", "date", "url", "notes"))
_ATTACHMENT_FIELDS = ("attachments.caption", "attachments.filename", "attachments.credit")
_FACILITY_FIELDS = tuple(f"detentions.facilities.{k}" for k in ("name", "from", "to"))


def _consent(profile: dict, ctx: fields.Context) -> str:
    """The consent line: its level in words, who gave it, when, and the notes on it."""
    consent = profile.get("consent") or {}
    level = fields.format_value(catalogue.get("consent.level"), consent.get("level"), ctx)
    parts = [
        level,
        consent.get("given_by", ""),
        wording.date_text(consent.get("date"), ctx.lang, ctx.arabic_digits),
        consent.get("notes", ""),
    ]
    return bidi.join(parts, " — ", ctx.lang)


def _facility(fac: dict, ctx: fields.Context) -> str:
    """A place of detention with the dates it was held there: "Tora (March 2020 – ...)"."""
    where = fields.pick_marked(fac.get("name"), ctx.lang, ctx.mark_other_language)
    when = span(fac.get("from"), fac.get("to"), ctx.lang, ctx.arabic_digits)
    where = bidi.isolate(where, ctx.lang, inside=bool(when))
    line = f"{where} ({when})" if where and when else where or when
    extra = fields.rest(fac, "facilities", ctx, _FACILITY_FIELDS)
    return bidi.join([line, *extra], " — ", ctx.lang)


def case_title(case: dict, lang: str, arabic_digits: bool = False) -> str:
    number, year = case.get("number") or "", case.get("year")
    if not number:
        return s("case", lang)
    text = f"{s('case', lang)} {number}" + (f" {s('of_year', lang)} {year}" if year else "")
    return wording.digits(text, lang, arabic_digits)


def build_view(
    profile: dict,
    lang: str,
    *,
    today: date | None,
    legal_limit_days: int,
    options: DossierOptions | None = None,
) -> ProfileView:
    opts = options or DossierOptions()
    ad = opts.arabic_digits
    today = today or date.today()
    f = facts_mod.compute(profile, today, legal_limit_days)
    who = headline(profile, lang)
    name = who.name

    def num(value) -> str:
        return wording.digits(str(value), lang, ad)

    def text(value: dict | None) -> str:
        return pick_marked(value, lang, opts.mark_other_language)

    # Field rows come from the catalogue (labels, formatters, order): a field added there is
    # printed here too. Only rows made of several fields are composed below.
    ctx = fields.Context(lang, ad, catalogue.is_feminine(profile), opts.mark_other_language)
    identity: list[tuple[str, str]] = []
    if name:  # the heading prints the name as is; its row says when it is the other side
        shown = pick_marked(profile.get("name"), lang, opts.mark_other_language)
        identity.append((catalogue.label("name", lang), shown))
    other_lang = "en" if lang == "ar" else "ar"
    other_name = (profile.get("name") or {}).get(other_lang, "").strip()
    if other_name and other_name != name:
        identity.append((s("name_" + other_lang, lang), bidi.isolate(other_name, lang)))
    # The biography has its own section; the photo its box.
    identity += fields.rows(
        profile, "profiles", ctx, skip=("name", "bio"), composed={"consent.level": _consent}
    )

    cases = profile.get("cases") or []
    recycled = set(f.recycled_cases)
    dets = [d for d in profile.get("detentions") or [] if d.get("arrest_date")]
    latest = max(dets, key=lambda d: d["arrest_date"], default=None)
    current_approx = latest is not None and _partial(
        latest.get("arrest_date"), latest.get("release_date")
    )
    all_approx = _partial(*(d.get(k) for d in dets for k in ("arrest_date", "release_date")))
    start = None
    if f.episode_start:
        start = date.fromisoformat(f.episode_start)

    def days(value: int | None, approximate: bool, since: date | None = None) -> str:
        if value == 0 and not approximate:
            return wording.word("none", lang)
        return wording.days_with_duration(value, lang, ad, start=since, approximate=approximate)

    # A released person without a release date: figures resting on the open episode are
    # unknown, not 0 and not counted to today (core.facts leaves them out, with a warning).
    end_unknown = "released_without_release_date" in f.warnings
    total = None if end_unknown and not f.total_days else f.total_days
    pretrial = None if end_unknown and not f.pretrial_days else f.pretrial_days
    facts_rows = [
        (s("current_days", lang), days(f.current_days, current_approx, start)),
        (s("total_days", lang), days(total, all_approx)),
        (s("disappearance_days", lang), days(f.disappearance_days, False)),
        (s("pretrial_days", lang), days(pretrial, all_approx)),
        (
            s("renewals", lang),
            wording.count(f.renewals, "session", lang, ad)
            if f.renewals
            else wording.word("none", lang),
        ),
        (
            s("legal_limit", lang),
            wording.legal_limit_text(pretrial, f.legal_limit_days, lang, ad),
        ),
        (
            s("recycled", lang),
            bidi.join(
                (case_title(c, lang, ad) for c in cases if c.get("id") in recycled), ctx.comma, lang
            )
            or s("no", lang),
        ),
    ]
    if f.next_session:
        facts_rows.insert(5, (s("next_session", lang), iso(f.next_session, lang, ad)))
    facts_rows = [(k, v) for k, v in facts_rows if v]
    warnings = [wording.warning(code, lang) for code in f.warnings]

    detentions: list[list[tuple[str, str]]] = []
    facility_label = catalogue.label("detentions.facilities.name", lang)
    for det in profile.get("detentions") or []:
        episode = fields.rows(det, "detentions", ctx)
        for fac in det.get("facilities") or []:
            line = _facility(fac, ctx)
            if line:
                episode.append((facility_label, line))
        if episode:
            detentions.append(episode)

    case_views: list[CaseView] = []
    sessions: list[tuple[str, list[list[str]]]] = []
    header = [s(k, lang) for k in ("when", "authority", "decision", "next_date")]
    titles = {c.get("id"): case_title(c, lang, ad) for c in cases if c.get("id")}

    def recycled_from(case: dict, _ctx: fields.Context) -> str:
        source = case.get("recycled_from")
        return titles.get(source, "") if source else ""

    for case in cases:
        # The number and year make the case's title; the charges are a list of their own.
        lines = fields.rows(
            case,
            "cases",
            ctx,
            skip=("cases.number", "cases.year"),
            composed={"cases.recycled_from": recycled_from},
        )
        charges = [label("charge", c, lang) for c in case.get("charges") or []]
        title = case_title(case, lang, ad)
        case_views.append(CaseView(title=title, lines=lines, charges=charges))
        rows: list[list[str]] = []
        for proc in sorted(case.get("proceedings") or [], key=lambda p: p.get("date") or ""):
            decision = [
                label("proceeding_outcome", proc.get("outcome"), lang)
                or label("proceeding_type", proc.get("type"), lang)
            ]
            if proc.get("renewal_days") is not None:
                decision.append(wording.count(proc["renewal_days"], "day", lang, ad))
            if proc.get("present") is False:
                decision.append("غائب" if lang == "ar" else "not present")
            note = text(proc.get("notes"))
            if note:
                decision.append(note)
            decision += fields.rest(proc, "proceedings", ctx, _SESSION_FIELDS)
            rows.append(
                [
                    iso(proc.get("date"), lang, ad),
                    text(proc.get("authority")),
                    bidi.join(decision, " — ", lang),
                    iso(proc.get("next_date"), lang, ad),
                ]
            )
        if rows:
            sessions.append((title, rows))

    events = []
    for ev in sorted(profile.get("events") or [], key=lambda e: e.get("date") or ""):
        when = (
            span(ev.get("date"), ev.get("end_date"), lang, ad)
            if ev.get("end_date")
            else iso(ev.get("date"), lang, ad)
        )
        what = label("event_type", ev.get("type"), lang)
        desc = text(ev.get("description"))
        line = f"{what}: {bidi.isolate(desc, lang, inside=True)}" if desc else what
        events.append(
            (when, bidi.join([line, *fields.rest(ev, "events", ctx, _EVENT_FIELDS)], " — ", lang))
        )

    sources = []
    for src in profile.get("sources") or []:
        parts = [
            src.get("title") or "",
            label("source_kind", src.get("kind"), lang),
            iso(src.get("date"), lang, ad),
            src.get("url") or "",
        ]
        if src.get("notes"):
            parts.append(src["notes"])
        parts += fields.rest(src, "sources", ctx, _SOURCE_FIELDS)
        sources.append(bidi.join(parts, " — ", lang))

    documents = []
    for att in profile.get("attachments") or []:
        if att.get("id") == profile.get("photo"):
            continue
        caption = text(att.get("caption")) or att.get("filename") or ""
        if att.get("credit"):
            credit = bidi.isolate(att["credit"], lang, inside=True)
            caption = f"{bidi.isolate(caption, lang, inside=True)} ({credit})"
        extra = fields.rest(att, "attachments", ctx, _ATTACHMENT_FIELDS)
        documents.append(bidi.join([caption, *extra], " — ", lang))

    facility = pick_marked(f.current_facility, lang, opts.mark_other_language)
    return ProfileView(
        id=profile.get("id", ""),
        lang=lang,
        name=name,
        photo=photo_bytes(profile),
        identity=identity,
        facts=facts_rows,
        bio=pick_marked(profile.get("bio"), lang, opts.mark_other_language),
        detentions=detentions,
        cases=case_views,
        sessions_header=header,
        sessions=sessions,
        events=events,
        sources=sources,
        documents=documents,
        warnings=warnings,
        as_of=f"{s('as_of', lang)} {iso(today.isoformat(), lang, ad)}",
        status=who.status,
        profession=who.profession,
        days="" if f.current_days is None else num(f.current_days),
        facility=facility,
        case_numbers=wording.digits(
            bidi.join(
                (
                    f"{c.get('number')}/{c.get('year')}" if c.get("year") else str(c.get("number"))
                    for c in cases
                    if c.get("number")
                ),
                ctx.comma,
                lang,
            ),
            lang,
            ad,
        ),
        first_page=first_page_mod.build(
            profile,
            lang,
            today=today,
            legal_limit_days=legal_limit_days,
            arabic_digits=ad,
            pick=lambda value, lg: pick_marked(value, lg, opts.mark_other_language),
        ),
    )
