from datetime import date

import pytest

from profileeditor.core import wording as w


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2019-09-29", "ar", "29 سبتمبر 2019"),
        ("2019-09-29", "en", "29 September 2019"),
        ("2019-09", "ar", "سبتمبر 2019"),
        ("2019-09", "en", "September 2019"),
        ("2019", "ar", "2019"),
        ("2020-02-01", "en", "1 February 2020"),
        ("not a date", "en", "not a date"),
        (None, "ar", ""),
    ],
)
def test_dates_with_month_names_at_their_own_precision(value, lang, expected):
    assert w.date_text(value, lang) == expected


def test_arabic_indic_digits_only_in_arabic_and_only_when_asked():
    assert w.date_text("2019-09-29", "ar", arabic_digits=True) == "٢٩ سبتمبر ٢٠١٩"
    assert w.date_text("2019-09-29", "en", arabic_digits=True) == "29 September 2019"
    assert w.count(470, "day", "ar", arabic_digits=True) == "٤٧٠ يومًا"
    assert w.western_digits("٢٠١٩") == "2019"


@pytest.mark.parametrize(
    ("n", "ar", "en"),
    [
        # Zero takes the singular genitive, as a round hundred does ("٠ يوم"), and the plural
        # in English.
        (0, "0 يوم", "0 days"),
        (1, "يوم واحد", "1 day"),
        (2, "يومان", "2 days"),
        (3, "3 أيام", "3 days"),
        (10, "10 أيام", "10 days"),
        (11, "11 يومًا", "11 days"),
        (103, "103 أيام", "103 days"),
        (470, "470 يومًا", "470 days"),
        (2352, "2352 يومًا", "2,352 days"),
        (99, "99 يومًا", "99 days"),
        # Round hundreds and thousands take the singular genitive: "مئة يوم", "ألف يوم".
        (100, "100 يوم", "100 days"),
        (101, "101 يوم", "101 days"),
        (200, "200 يوم", "200 days"),
        (1000, "1000 يوم", "1,000 days"),
        (2000, "2000 يوم", "2,000 days"),
        (1003, "1003 أيام", "1,003 days"),
        (1011, "1011 يومًا", "1,011 days"),
    ],
)
def test_counted_nouns_agree_with_the_number(n, ar, en):
    assert w.count(n, "day", "ar") == ar
    assert w.count(n, "day", "en") == en


def test_the_noun_after_a_figure_is_the_one_count_writes():
    """A card draws the figure large and ``counted_noun`` under it; ``count`` writes the same
    noun after the number (but says 1 and 2 by the noun alone in Arabic)."""
    days = [0, 1, 2, 5, 10, 11, 99, 100, 101, 102, 1000, 1005]
    assert [w.counted_noun(n, "day", "ar") for n in days] == [
        "يوم",
        "يوم",
        "يومان",
        "أيام",
        "أيام",
        "يومًا",
        "يومًا",
        "يوم",
        "يوم",
        "يوم",
        "يوم",
        "أيام",
    ]
    for n in days:
        if n not in (1, 2):
            assert w.count(n, "day", "ar") == f"{n} {w.counted_noun(n, 'day', 'ar')}"
        assert w.count(n, "day", "en").endswith(" " + w.counted_noun(n, "day", "en"))
    assert w.count(0, "day", "ar", arabic_digits=True) == "٠ يوم"
    assert w.counted_noun(11, "year", "ar") == "سنة" and w.counted_noun(3, "year", "ar") == "سنوات"
    assert (
        w.counted_noun(1, "year", "en") == "year" and w.counted_noun(0, "month", "en") == "months"
    )
    assert w.counted_noun(12, "month", "ar") == "شهرًا"


@pytest.mark.parametrize(
    ("n", "ar", "en"),
    [
        (1, "تجديد واحد", "1 renewal"),
        (2, "تجديدان", "2 renewals"),
        (5, "5 تجديدات", "5 renewals"),
        (12, "12 تجديدًا", "12 renewals"),
        (1000, "1000 تجديد", "1,000 renewals"),
    ],
)
def test_renewals_are_grammatical_in_both_languages(n, ar, en):
    assert w.count(n, "renewal", "ar") == ar
    assert w.count(n, "renewal", "en") == en
    assert w.count(1000, "year", "ar", arabic_digits=True) == "١٠٠٠ سنة"


def test_calendar_breakdown_and_duration_words():
    assert w.calendar_breakdown(date(2019, 9, 29), date(2026, 1, 1)) == (6, 3, 3)
    assert w.calendar_breakdown(date(2020, 1, 31), date(2020, 3, 1)) == (0, 1, 1)
    assert w.duration_text(date(2019, 9, 29), date(2026, 1, 1), "en") == (
        "6 years, 3 months and 3 days"
    )
    assert w.duration_text(date(2019, 9, 29), date(2026, 1, 1), "ar") == "6 سنوات و3 أشهر و3 أيام"
    assert w.duration_text(date(2020, 1, 1), date(2021, 1, 1), "ar") == "سنة واحدة"


def test_days_beside_their_duration_and_unknown_as_unknown():
    text = w.days_with_duration(2286, "en", start=date(2019, 9, 29))
    assert text == "2,286 days (6 years, 3 months and 3 days)"
    assert w.days_with_duration(None, "ar") == "غير معروف"
    assert w.days_with_duration(5, "en") == "5 days"
    assert w.days_with_duration(5, "en", approximate=True) == "approximately 5 days"


def test_legal_limit_explained():
    assert w.legal_limit_text(1200, 730, "en") == (
        "beyond the two-year limit on pretrial detention (Art. 143) by 470 days"
    )
    assert w.legal_limit_text(1200, 730, "ar") == (
        "تجاوز الحد الأقصى للحبس الاحتياطي (سنتان، المادة 143) بـ470 يومًا"
    )
    assert "100 days left" in w.legal_limit_text(630, 730, "en")
    assert "500-day limit" in w.legal_limit_text(630, 500, "en")
    assert w.legal_limit_text(None, 730, "en") == "unknown"


def test_as_of_and_spans():
    assert w.as_of(date(2026, 1, 1), "ar") == "حتى 1 يناير 2026"
    assert w.as_of(date(2026, 1, 1), "en") == "as of 1 January 2026"
    assert w.span_text("2019-05", "2020-06-01", "en") == "May 2019 – 1 June 2020"
    assert w.span_text("2019", None, "ar") == "منذ 2019"


def test_every_warning_has_both_languages():
    for code in w.WARNINGS:
        assert w.warning(code, "ar") and w.warning(code, "en")


@pytest.mark.parametrize(
    "n, ar, ar_after_preposition, en",
    [
        (1, "دقيقة واحدة", "دقيقة واحدة", "1 minute"),
        (2, "دقيقتان", "دقيقتين", "2 minutes"),
        (5, "5 دقائق", "5 دقائق", "5 minutes"),
        (11, "11 دقيقة", "11 دقيقة", "11 minutes"),
        (100, "100 دقيقة", "100 دقيقة", "100 minutes"),
    ],
)
def test_minutes_and_the_genitive_dual(n, ar, ar_after_preposition, en):
    assert w.count(n, "minute", "ar") == ar
    assert w.count(n, "minute", "ar", genitive=True) == ar_after_preposition
    assert w.count(n, "minute", "en") == en
    assert w.count(2, "day", "ar", genitive=True) == "يومين"
    assert w.count(2, "year", "ar", genitive=True) == "سنتين"
