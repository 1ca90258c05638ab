"""What a profile's first page says: the key facts a journalist reads at a glance, a summary
paragraph and the person's timeline — independent of the file format (pdf_media and docx_media
draw it).

Built from the profile the dossier already received, which ``core.levels`` redacted for the
export level: a value the level hides (health below partner, say) is simply absent here, so the
panel never decides what may be shown. Figures come from ``core.facts`` and words from
``core.wording``, as in the rest of the dossier.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from profileeditor.core import catalogue, dates, wording
from profileeditor.core import facts as facts_mod
from profileeditor.core.vocab import label
from profileeditor.export.strings import s

HUNGER_STRIKE = "hunger_strike"

# The panel's facts that are a field of the record take the field catalogue's label (one place
# for each label); the rest are computed facts, worded in export/strings.py.
CATALOGUE_LABELS = {
    "profession": "profession",
    "status": "status",
    "facility": "detentions.facilities.name",
    "charges": "cases.charges",
}
# "Health concern" stays the panel's own word: it names the concern the health field raises,
# not the field ("Health"), and is shown only at the levels that keep that field.

# The first page holds one page in each language, whatever the record (issue 14 §5: in the
# bilingual dossier the Arabic and English first pages face each other, and a first page that
# ran on would push its twin off the facing page). So what it shows is bounded here, once for
# the PDF and the DOCX: a list shows its first items and "and N more", a free text is cut at
# a word with "…", the summary at a sentence. The whole record follows the first page.
MAX_CASES = 3  # case lines; a fourth and more become "and N more"
MAX_CHARGES = 4
MAX_HUNGER_STRIKES = 2
MAX_VALUE_CHARS = 90  # a free-text value (occupation, facility, health): two panel lines
MAX_LINE_CHARS = 90  # one case line
MAX_SUMMARY_CHARS = 320  # about four lines of the page's width


@dataclass
class FirstPage:
    """The first page of one profile in one language."""

    lang: str
    rows: list[tuple[str, str]]  # (label, value) of the key-facts panel, in reading order
    summary: str
    profile: dict = field(repr=False, default_factory=dict)
    today: date = field(default_factory=date.today)
    arabic_digits: bool = False  # the vault's setting, for the timeline's years and dates

    @functools.cached_property
    def timeline(self):
        """The timeline layout (export/timeline.py), made when a renderer first asks for it."""
        from profileeditor.export import timeline

        lang = self.lang
        return timeline.layout(
            self.profile,
            lang,
            self.today,
            lambda text, size: label_width(text, size, lang),
            arabic_digits=self.arabic_digits,
        )


# Room between two words, in ems: a space's advance (about 0.26 em in Noto Sans and Naskh) and
# the side bearings that the words' ink boxes leave out.
_WORD_GAP_EM = 0.34


@functools.lru_cache(maxsize=8192)
def _word_width(word: str, size: int, lang: str) -> int:
    from profileeditor.export import charts

    return charts.text_width(word, size, lang)


def label_width(text: str, size: int, lang: str) -> float:
    """How wide a timeline label is in our fonts, from its words' widths: measuring shapes the
    text (about a millisecond a label), and a dossier's labels are a few hundred words (month
    names, years, "arrest", "case") in ever new combinations — measuring each label whole was
    a third of the Word dossier's timeline cost. Arabic joins only inside a word, so the words
    shape as they do in the label; the gaps are counted a little wide, never narrow."""
    words = text.split()
    if not words:
        return 0.0
    return sum(_word_width(w, size, lang) for w in words) + (len(words) - 1) * size * _WORD_GAP_EM


ELLIPSIS = "…"
_SENTENCE_ENDS = ".!?؟…"


def clip(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters (and the ellipsis): cut after its last word that
    fits, with "…"; a single word longer than the limit (a hostile or pasted value) is cut
    inside it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > limit // 2 else text[:limit]
    return kept.rstrip(" ,،;؛:—-") + ELLIPSIS


def clip_sentences(text: str, limit: int) -> str:
    """``text`` cut after its last whole sentence within ``limit`` characters; a first
    sentence longer than that is cut at a word (``clip``)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [i + 1 for i, ch in enumerate(text[:limit]) if ch in _SENTENCE_ENDS]
    ends = [i for i in ends if i == len(text) or text[i] == " "]
    if ends and ends[-1] > limit // 3:
        return text[: ends[-1]]
    return clip(text, limit)


def and_more(shown: list[str], total: int, lang: str, ad: bool = False) -> list[str]:
    """``shown`` and, when the list had more, "and N more"."""
    left = total - len(shown)
    if left <= 0:
        return shown
    return [*shown, s("and_more", lang).format(n=wording.number(left, lang, ad))]


def summary_paragraph(bio: str) -> str:
    """The first paragraph of the biography (the schema has no summary field), cut to what
    the first page has room for."""
    for paragraph in bio.replace("\r", "").split("\n"):
        if paragraph.strip():
            return clip_sentences(paragraph, MAX_SUMMARY_CHARS)
    return ""


def _day(value: str | None) -> date | None:
    try:
        return dates.earliest(value) if value else None
    except dates.PartialDateError:
        return None


def _exact(value: str | None) -> bool:
    try:
        return bool(value) and dates.is_exact(value or "")
    except (dates.PartialDateError, ValueError):
        return False


def _age(birth: str | None, today: date, lang: str, ad: bool) -> str:
    born = _day(birth)
    if not born or born > today:
        return ""
    years = wording.calendar_breakdown(born, today)[0]
    text = wording.count(years, "year", lang, ad)
    # A year or a month of birth alone: the age may be one year less.
    if not _exact(birth):
        text = f"{wording.word('approximate', lang)} {text}"
    return text


def build(
    profile: dict,
    lang: str,
    *,
    today: date,
    legal_limit_days: int,
    arabic_digits: bool = False,
    pick=None,
) -> FirstPage:
    """The first page of a (redacted) profile; ``pick(text, lang)`` chooses one side of a
    bilingual text (content.pick_marked as the dossier uses it)."""
    from profileeditor.export.content import case_title, pick_marked

    ad = arabic_digits
    choose = pick or (lambda text, lg: pick_marked(text, lg))
    f = facts_mod.compute(profile, today, legal_limit_days)
    sex = profile.get("sex")
    comma = "، " if lang == "ar" else ", "
    rows: list[tuple[str, str]] = []

    feminine = catalogue.is_feminine(profile)

    def add(key: str, value: str | None) -> None:
        if value:
            path = CATALOGUE_LABELS.get(key)
            name = catalogue.label(path, lang, feminine) if path else s(key, lang)
            rows.append((name, value))

    add("age", _age(profile.get("birth_date"), today, lang, ad))
    profession = label("profession", profile.get("profession"), lang, sex)
    occupation = choose(profile.get("occupation"), lang)
    add("profession", clip(" — ".join(p for p in (profession, occupation) if p), MAX_VALUE_CHARS))
    add("status", label("status", profile.get("status"), lang, sex))

    dets = [d for d in profile.get("detentions") or [] if d.get("arrest_date")]
    latest = max(dets, key=lambda d: d["arrest_date"], default=None)
    if f.currently_detained and latest and f.episode_start:
        start = date.fromisoformat(f.episode_start)
        held = wording.date_text(latest["arrest_date"], lang, ad)
        if start <= today:
            approx = not _exact(latest["arrest_date"])
            duration = wording.duration_text(start, today, lang, ad, approximate=approx)
            held = f"{held} ({duration})"
        add("held_since_f" if sex == "female" else "held_since", held)
    elif latest:
        add(
            "detained",
            wording.span_text(latest.get("arrest_date"), latest.get("release_date"), lang, ad),
        )
    if f.current_facility:
        add("facility", clip(choose(f.current_facility, lang) or "", MAX_VALUE_CHARS))

    recycled = set(f.recycled_cases)
    cases = profile.get("cases") or []
    case_lines = []
    for case in cases:
        parts = [case_title(case, lang, ad)]
        if case.get("prosecution"):
            parts.append(label("prosecution", case["prosecution"], lang))
        line = " — ".join(parts)
        if case.get("id") in recycled:
            line += f" ({s('recycled_case', lang)})"
        case_lines.append(clip(line, MAX_LINE_CHARS))
    # Up to MAX_CASES lines: the first cases, the rest counted in the last line.
    shown = case_lines if len(case_lines) <= MAX_CASES else case_lines[: MAX_CASES - 1]
    add("case_prosecution", "\n".join(and_more(shown, len(case_lines), lang, ad)))
    charges: list[str] = []
    for case in cases:
        for code in case.get("charges") or []:
            text = label("charge", code, lang)
            if text and text not in charges:
                charges.append(text)
    shown = charges[:MAX_CHARGES]
    add("charges", clip(comma.join(and_more(shown, len(charges), lang, ad)), 2 * MAX_VALUE_CHARS))
    if f.next_session:
        add("next_session", wording.date_text(f.next_session, lang, ad))
    if f.currently_detained or f.pretrial_days:
        end_unknown = "released_without_release_date" in f.warnings
        pretrial = None if end_unknown and not f.pretrial_days else f.pretrial_days
        add("legal_limit", wording.legal_limit_text(pretrial, f.legal_limit_days, lang, ad))
    strikes = [e for e in profile.get("events") or [] if e.get("type") == HUNGER_STRIKE]
    if strikes:
        strikes.sort(key=lambda e: e.get("date") or "")
        spans = [
            wording.span_text(e.get("date"), e.get("end_date"), lang, ad)
            if e.get("end_date")
            else wording.date_text(e.get("date"), lang, ad)
            for e in strikes[:MAX_HUNGER_STRIKES]
        ]
        count = wording.number(len(strikes), lang, ad)
        spans = and_more(spans, len(strikes), lang, ad)
        add("hunger_strikes", f"{count}: " + ("؛ " if lang == "ar" else "; ").join(spans))
    # Present only when the export level kept it (partner and internal): the profile is redacted.
    add("health_concern", clip(choose(profile.get("health"), lang) or "", MAX_VALUE_CHARS))
    return FirstPage(
        lang=lang,
        rows=rows,
        summary=summary_paragraph(choose(profile.get("bio"), lang)),
        profile=profile,
        today=today,
        arabic_digits=ad,
    )
