"""Dates, durations, counts and digits in words, in Arabic and English (no Qt).

One place for how the app says "29 سبتمبر 2019", "6 years, 5 months and 3 days" or "beyond the
two-year limit on pretrial detention (Art. 143) by 470 days", so that the dossier, the editor's
history sentences and the agenda say it the same way. Arabic uses the month names of Egypt
(يناير … ديسمبر) and the noun agreement of Arabic numerals (يوم، يومان، 3 أيام، 11 يومًا).
Digits are Western unless ``arabic_digits`` asks for Arabic-Indic ones (a vault setting) —
applied to the whole Arabic text, never mixed.

Partial dates (``YYYY``, ``YYYY-MM``) are printed at their own precision ("سبتمبر 2019", "2019"),
never padded to a day that was not recorded.
"""

from __future__ import annotations

import calendar
from datetime import date

from profileeditor.core import dates

SETTING_ARABIC_DIGITS = "arabic_indic_digits"  # vault setting: bool

MONTHS = {
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Arabic nouns after a number: (one said alone, two, 3–10 plural, 11–99 singular accusative,
# singular genitive — after 0, a figure 1 and round hundreds and thousands: "0 يوم", "مئة يوم",
# "ألف يوم", "2000 يوم"). English: (one, more).
_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "day": ("يوم واحد", "يومان", "أيام", "يومًا", "يوم"),
        "month": ("شهر واحد", "شهران", "أشهر", "شهرًا", "شهر"),
        "year": ("سنة واحدة", "سنتان", "سنوات", "سنة", "سنة"),
        "session": ("جلسة واحدة", "جلستان", "جلسات", "جلسة", "جلسة"),
        "renewal": ("تجديد واحد", "تجديدان", "تجديدات", "تجديدًا", "تجديد"),
        "profile": ("ملف واحد", "ملفان", "ملفات", "ملفًا", "ملف"),
        "match": ("نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة", "نتيجة"),
        "minute": ("دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة", "دقيقة"),
    },
    "en": {
        "day": ("day", "days"),
        "month": ("month", "months"),
        "year": ("year", "years"),
        "session": ("session", "sessions"),
        "renewal": ("renewal", "renewals"),
        "profile": ("profile", "profiles"),
        "match": ("match", "matches"),
        "minute": ("minute", "minutes"),
    },
}
NOUNS = tuple(_NOUNS["en"])
# The Arabic dual after a noun or a preposition (genitive, "مرور سنتين", "بعد يومين"): the
# only form of these nouns whose spelling follows the case.
_DUAL_GENITIVE = {
    "day": "يومين",
    "month": "شهرين",
    "year": "سنتين",
    "session": "جلستين",
    "renewal": "تجديدين",
    "profile": "ملفين",
    "match": "نتيجتين",
    "minute": "دقيقتين",
}


_WORDS = {
    "unknown": {"ar": "غير معروف", "en": "unknown"},
    "none": {"ar": "لا يوجد", "en": "none"},
    "as_of": {"ar": "حتى {date}", "en": "as of {date}"},
    "approximate": {"ar": "تقريبًا", "en": "approximately"},
    "and": {"ar": " و", "en": " and "},
    "beyond": {
        "ar": "تجاوز الحد الأقصى للحبس الاحتياطي ({limit}، المادة 143) بـ{over}",
        "en": "beyond the {limit} limit on pretrial detention (Art. 143) by {over}",
    },
    "within": {
        "ar": "ضمن الحد الأقصى للحبس الاحتياطي ({limit}، المادة 143)، يتبقى {left}",
        "en": "within the {limit} limit on pretrial detention (Art. 143), {left} left",
    },
    "two_years": {"ar": "سنتان", "en": "two-year"},
    "n_days_limit": {"ar": "{n}", "en": "{n}-day"},
    "only_in": {"ar": "(بالإنجليزية فقط)", "en": "(in Arabic only)"},
}

# Contradictions between fields of a record that the facts refuse to paper over.
WARNINGS = {
    "released_without_release_date": {
        "ar": "الوضع المسجّل هو الإفراج لكن لا يوجد تاريخ إفراج: لا تُحسب أيام الاحتجاز ولا تجاوز الحد",
        "en": "Status is released but no release date is recorded: days in detention and the "
        "legal limit are not counted",
    },
    "release_before_arrest": {
        "ar": "تاريخ الإفراج يسبق تاريخ القبض",
        "en": "The release date is before the arrest date",
    },
    "detained_but_released_episode": {
        "ar": "الوضع المسجّل هو الاحتجاز لكن لآخر فترة احتجاز تاريخ إفراج",
        "en": "Status is in detention but the latest detention has a release date",
    },
    "born_after_arrest": {
        "ar": "تاريخ الميلاد بعد تاريخ القبض",
        "en": "The birth date is after an arrest date",
    },
    "session_before_arrest": {
        "ar": "جلسة مؤرخة قبل أول قبض",
        "en": "A session is dated before the first arrest",
    },
}


def word(key: str, lang: str) -> str:
    return _WORDS[key][lang]


def warning(code: str, lang: str) -> str:
    return WARNINGS[code][lang]


def digits(text: str, lang: str, arabic_digits: bool = False) -> str:
    """``text`` with its digits as the dossier prints them: Arabic-Indic in Arabic when asked."""
    if lang == "ar" and arabic_digits:
        return text.translate(_ARABIC_INDIC)
    return text


def western_digits(text: str) -> str:
    return text.translate(_WESTERN)


def number(n: int, lang: str, arabic_digits: bool = False) -> str:
    """An integer as printed: "2,352" in English, "2352" (or "٢٣٥٢") in Arabic."""
    if lang == "en":
        return f"{n:,}"
    return digits(str(n), lang, arabic_digits)


def counted_noun(n: int, noun: str, lang: str) -> str:
    """The noun (one of ``NOUNS``) that follows the figure ``n``: "days" / "أيام", "يومًا", "يوم".
    A card draws it under its large figure; ``count`` writes it after the number.

    Arabic follows the last two digits: 2 takes the dual ("يومان"); 3–10 the plural ("3 أيام",
    "103 أيام"); 11–99 the singular accusative ("11 يومًا", "470 يومًا"); 0, 1, a round hundred
    or thousand, and 101/102 beyond a hundred, the singular genitive ("0 يوم", "100 يوم",
    "1000 يوم", "101 يوم"). English: the singular for 1, else the plural ("0 days")."""
    forms = _NOUNS[lang][noun]
    if lang == "en":
        return forms[0] if n == 1 else forms[1]
    if n == 2:
        return forms[1]
    rest = n % 100
    if 3 <= rest <= 10:
        return forms[2]
    if rest >= 11:
        return forms[3]
    return forms[4]  # 0, 1, 100, 101, 102, 1000, 2000…


def count(
    n: int, noun: str, lang: str, arabic_digits: bool = False, *, genitive: bool = False
) -> str:
    """``n`` followed by ``noun`` (one of ``NOUNS``) with the right agreement (``counted_noun``):
    "470 days", "470 يومًا", "0 يوم". Arabic says 1 and 2 by the noun alone ("يوم واحد",
    "يومان"); ``genitive`` for a count after a noun or preposition ("مرور سنتين")."""
    if lang == "ar" and n == 2 and genitive:
        return _DUAL_GENITIVE[noun]
    if lang == "ar" and n in (1, 2):
        return _NOUNS[lang][noun][n - 1]
    return f"{number(n, lang, arabic_digits)} {counted_noun(n, noun, lang)}"


def date_text(value: str | date | None, lang: str, arabic_digits: bool = False) -> str:
    """A (partial) date with its month name: "29 سبتمبر 2019", "September 2019", "2019".

    Text that is not a date is returned as it is (free text must never be lost).
    """
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        value = value.isoformat()
    parts = value.strip().split("-")
    if not dates.is_partial_date(value):
        return value
    year = parts[0]
    if len(parts) == 1:
        text = year
    else:
        month = MONTHS[lang][int(parts[1]) - 1]
        text = f"{month} {year}" if len(parts) == 2 else f"{int(parts[2])} {month} {year}"
    return digits(text, lang, arabic_digits)


def span_text(start: str | None, end: str | None, lang: str, arabic_digits: bool = False) -> str:
    """A period between two (partial) dates: "3 مايو 2019 – 1 يونيو 2020"."""
    a = date_text(start, lang, arabic_digits)
    b = date_text(end, lang, arabic_digits)
    if a and b:
        return f"{a} – {b}"
    if a:
        return ("منذ " if lang == "ar" else "since ") + a
    if b:
        return ("حتى " if lang == "ar" else "until ") + b
    return ""


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def calendar_breakdown(start: date, end: date) -> tuple[int, int, int]:
    """Whole years, months and days from ``start`` to ``end`` as a calendar counts them (a month
    from 31 January ends on the last day of February)."""
    if end < start:
        start, end = end, start
    months = (end.year - start.year) * 12 + end.month - start.month
    if _add_months(start, months) > end:
        months -= 1
    days = (end - _add_months(start, months)).days
    return months // 12, months % 12, days


def _join(parts: list[str], lang: str) -> str:
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    if lang == "ar":
        return " و".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def duration_text(
    start: date, end: date, lang: str, arabic_digits: bool = False, *, approximate: bool = False
) -> str:
    """The period as years, months and days: "6 years, 5 months and 3 days" / "6 سنوات و5 أشهر"."""
    years, months, days = calendar_breakdown(start, end)
    parts = []
    if years:
        parts.append(count(years, "year", lang, arabic_digits))
    if months:
        parts.append(count(months, "month", lang, arabic_digits))
    if days or not parts:
        parts.append(count(days, "day", lang, arabic_digits))
    text = _join(parts, lang)
    return f"{word('approximate', lang)} {text}" if approximate else text


def days_with_duration(
    n: int | None,
    lang: str,
    arabic_digits: bool = False,
    *,
    start: date | None = None,
    approximate: bool = False,
) -> str:
    """ "2,352 days (6 years, 5 months and 7 days)"; unknown as unknown, never 0."""
    if n is None:
        return word("unknown", lang)
    text = count(n, "day", lang, arabic_digits)
    if approximate:
        text = f"{word('approximate', lang)} {text}"
    if n >= 31:
        start = start or date(2000, 1, 1)
        breakdown = duration_text(
            start, date.fromordinal(start.toordinal() + n), lang, arabic_digits
        )
        text = f"{text} ({breakdown})"
    return text


def limit_name(limit_days: int, lang: str, arabic_digits: bool = False) -> str:
    if limit_days == 730:
        return word("two_years", lang)
    if lang == "ar":
        return count(limit_days, "day", lang, arabic_digits)
    return word("n_days_limit", lang).format(n=number(limit_days, lang))


def legal_limit_text(
    pretrial_days: int | None, limit_days: int, lang: str, arabic_digits: bool = False
) -> str:
    """ "beyond the two-year limit on pretrial detention (Art. 143) by 470 days", or how much is
    left within it; unknown when the pretrial time is not known."""
    if pretrial_days is None:
        return word("unknown", lang)
    limit = limit_name(limit_days, lang, arabic_digits)
    if pretrial_days > limit_days:
        over = count(pretrial_days - limit_days, "day", lang, arabic_digits)
        text = word("beyond", lang).format(limit=limit, over=over)
    else:
        left = count(limit_days - pretrial_days, "day", lang, arabic_digits)
        text = word("within", lang).format(limit=limit, left=left)
    return digits(text, lang, arabic_digits)


def as_of(today: date, lang: str, arabic_digits: bool = False) -> str:
    return word("as_of", lang).format(date=date_text(today, lang, arabic_digits))
