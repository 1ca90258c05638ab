"""The agenda's items and dates in words, in Arabic and English (CLI, calendar file, GUI).

Arabic avoids verbs that agree with the person ("تجاوز الحد…" as a noun, not "تجاوزت"), so a line
is right for a man or a woman without knowing which. Counted nouns are core/wording.py's
(``count`` and ``counted_noun``: يومان، 5 أيام، 11 يومًا، 1000 يوم; "بعد يومين" after a
preposition).
"""

from __future__ import annotations

from datetime import date

from profileeditor.core import agenda as ag
from profileeditor.core import wording

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}


def day_in_words(day: date, lang: str, weekday: bool = False) -> str:
    """ "3 December 2026" / "3 ديسمبر 2026" (core/wording.py), optionally after the weekday."""
    text = wording.date_text(day, lang)
    if weekday:
        sep = "، " if lang == "ar" else " "
        text = f"{WEEKDAYS[lang][day.weekday()]}{sep}{text}"
    return text


def relative_day(day: date, today: date, lang: str) -> str:
    """ "today", "tomorrow", "in 5 days", "3 days ago"."""
    delta = (day - today).days
    if lang == "ar":
        if delta == 0:
            return "اليوم"
        if delta == 1:
            return "غدًا"
        if delta == -1:
            return "أمس"
        days = wording.count(abs(delta), "day", lang, genitive=True)
        return f"بعد {days}" if delta > 0 else f"منذ {days}"
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    days = wording.count(abs(delta), "day", lang)
    return f"in {days}" if delta > 0 else f"{days} ago"


def _name(item: ag.Item, lang: str) -> str:
    other = "en" if lang == "ar" else "ar"
    return item.name.get(lang) or item.name.get(other) or ""


_SESSION = {
    "renewal": {"ar": "جلسة تجديد", "en": "Renewal session"},
    "hearing": {"ar": "جلسة محاكمة", "en": "Trial hearing"},
    "appeal": {"ar": "جلسة استئناف", "en": "Appeal hearing"},
    "verdict": {"ar": "جلسة الحكم", "en": "Verdict session"},
    None: {"ar": "جلسة", "en": "Session"},
}


def _case(item: ag.Item, lang: str) -> str:
    if not item.case_label:
        return ""
    if lang == "ar":
        number, _, year = item.case_label.partition("/")
        return f" — القضية {number} لسنة {year}" if year else f" — القضية {number}"
    return f" — case {item.case_label}"


def what(item: ag.Item, lang: str) -> str:
    """What the item is, without the person's name (for a column beside it)."""
    ar = lang == "ar"
    kind = item.kind
    if kind == ag.SESSION:
        text = _SESSION.get(item.session_type, _SESSION[None])[lang]
        if item.expected:
            text += " (متوقعة)" if ar else " (expected)"
        return text + _case(item, lang)
    count = item.count or 0
    days = wording.count(count, "day", lang)
    if kind == ag.DAYS:
        text = f"{days} في الاحتجاز" if ar else f"{days} in detention"
    elif kind == ag.LEGAL_LIMIT:
        text = (
            f"تجاوز الحد القانوني للحبس الاحتياطي ({days})"
            if ar
            else f"Beyond the legal limit on pretrial detention ({days})"
        )
    elif kind == ag.ANNIVERSARY:
        years = wording.count(count, "year", lang, genitive=True)
        text = f"مرور {years} على القبض" if ar else f"{years} since the arrest"
    elif kind == ag.BIRTHDAY:
        text = (
            f"عيد ميلاد في الاحتجاز ({wording.count(count, 'year', lang)})"
            if ar
            else f"Birthday in detention (turns {count})"
        )
    elif kind == ag.NO_OUTCOME:
        session = _SESSION.get(item.session_type, _SESSION[None])[lang]
        if ar:
            text = f"لم تُسجَّل نتيجة {session}{' المتوقعة' if item.expected else ''}"
        else:
            text = f"No outcome entered for the {'expected ' if item.expected else ''}{session.lower()}"
        text += _case(item, lang)
    elif kind == ag.STALE:
        since = wording.count(count, "day", lang, genitive=True)
        text = f"لا تحديث منذ {since}" if ar else f"No update for {days}"
    elif kind == ag.CONTRADICTION:
        code = item.code or ""
        text = wording.warning(code, lang) if code in wording.WARNINGS else code
    else:
        text = kind
    if item.approximate:
        text += " (تقريبي)" if ar else " (approximate)"
    return text


def summary(item: ag.Item, lang: str) -> str:
    """One line: the person and what falls due (the calendar event's title)."""
    return f"{_name(item, lang)}: {what(item, lang)}"


def line(item: ag.Item, today: date, lang: str) -> str:
    """A full line for the terminal: the date in words, how far it is, the summary."""
    when = day_in_words(item.day, lang, weekday=True)
    return f"{when} ({relative_day(item.day, today, lang)}) — {summary(item, lang)}"


def milestone_card_line(item: ag.Item, lang: str) -> tuple[str, str]:
    """The large figure and the line under it on a milestone's social-media card."""
    count = item.count or 0
    ar = lang == "ar"
    # The counted noun agrees with the figure above it: 1000 يوم, 730 يومًا, 5 أيام.
    day = wording.counted_noun(count, "day", "ar")
    if item.kind == ag.DAYS:
        return (str(count) if ar else f"{count:,}"), (
            f"{day} في الاحتجاز" if ar else "days in detention"
        )
    if item.kind == ag.LEGAL_LIMIT:
        return (
            (str(count) if ar else f"{count:,}"),
            f"{day}: تجاوز الحد القانوني للحبس الاحتياطي"
            if ar
            else "days: beyond the legal limit on pretrial detention",
        )
    if item.kind == ag.ANNIVERSARY:
        figure = str(count)
        if ar:
            noun = wording.counted_noun(count, "year", "ar")
            return figure, f"{noun} على القبض"
        return figure, "year since the arrest" if count == 1 else "years since the arrest"
    if item.kind == ag.BIRTHDAY:
        return str(count), ("عيد ميلاد في الاحتجاز" if ar else "a birthday in detention")
    raise ValueError(f"no card for a {item.kind} item")
