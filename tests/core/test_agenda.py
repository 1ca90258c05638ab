"""The campaign agenda (issue 16): every item of a fixture with known dates, once; the edge cases
(partial dates, released people, several renewal periods, levels); the vault's column path gives
exactly what the profile path gives."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from agenda_fixture import (
    EXPECTED,
    EXPECTED_ATTENTION,
    TODAY,
    as_tuple,
    dated_out_of_order,
    make_vault,
    pid,
    profiles,
)

from profileeditor.core import agenda as ag
from profileeditor.core import agenda_words as words
from profileeditor.core import wording
from profileeditor.core.facts import compute


def _agenda(people=None, **kw):
    kw.setdefault("today", TODAY)
    return ag.build_from_profiles(profiles() if people is None else people, **kw)


def test_fixture_items_each_present_once():
    agenda = _agenda()
    assert [as_tuple(i) for i in agenda.items] == EXPECTED
    assert [as_tuple(i) for i in agenda.attention] == EXPECTED_ATTENTION
    keys = [i.key() for i in agenda.all_items()]
    assert len(keys) == len(set(keys))
    assert agenda.first == date(2026, 11, 24) and agenda.last == date(2026, 12, 31)


def test_vault_columns_give_the_same_agenda(vault):
    make_vault(vault)
    from_vault = ag.build_from_repository(vault.repository, today=TODAY)
    assert [as_tuple(i) for i in from_vault.items] == EXPECTED
    assert [as_tuple(i) for i in from_vault.attention] == EXPECTED_ATTENTION
    assert from_vault.items == _agenda().items  # names, case labels, outcomes too
    for level in ("public", "partner"):
        assert (
            ag.build_from_repository(vault.repository, today=TODAY, level=level).all_items()
            == _agenda(level=level).all_items()
        )


def test_public_names_only_consenting_people_and_honours_raised_fields():
    public = {as_tuple(i) for i in _agenda(level="public").all_items()}
    everything = set(EXPECTED + EXPECTED_ATTENTION)
    salma = {t for t in everything if t[2] == 2}  # partial consent
    youssef_sessions = {t for t in everything if t[2] == 9 and t[1] == "session"}  # cases internal
    assert salma and youssef_sessions
    assert public == everything - salma - youssef_sessions
    partner = {as_tuple(i) for i in _agenda(level="partner").all_items()}
    assert partner == everything - youssef_sessions
    with_unconsented = _agenda(level="public", include_unconsented=True).all_items()
    assert {as_tuple(i) for i in with_unconsented} == everything - youssef_sessions


def _held(arrest: str, **kw) -> dict:
    base = {
        "id": pid(50),
        "name": {"en": "Test Person"},
        "status": "detained",
        "consent": {"level": "full"},
        "updated_at": "2026-11-30T00:00:00Z",
        "detentions": [{"id": pid(51), "arrest_date": arrest}],
    }
    base.update(kw)
    return base


def _kinds(profile: dict, today: date = TODAY, days: int = 30) -> list[tuple]:
    agenda = _agenda([profile], today=today, days=days)
    return [(i.day.isoformat(), i.kind, i.count, i.approximate) for i in agenda.all_items()]


def test_month_precision_gives_approximate_milestones_and_year_alone_none():
    today = date(2027, 1, 1)
    month = _kinds(_held("2023-01"), today)
    assert ("2027-01-01", "anniversary", 4, True) in month
    assert all(approximate for *_rest, approximate in month)
    assert _kinds(_held("2023"), today) == []  # same earliest day, but a year could be a year off
    # A day count that the month would reach: none from the year alone either.
    day_1000 = date(2023, 1, 1) + timedelta(days=1000)
    assert ("2025-09-27", "days", 1000, True) in _kinds(_held("2023-01"), day_1000)
    assert [k for k in _kinds(_held("2023"), day_1000) if k[1] != "birthday"] == []


def test_birthday_only_after_the_latest_day_the_arrest_can_mean():
    # Born 3 December; arrested "2026" (any day of 2026): the 2026 birthday may precede it.
    assert _kinds(_held("2026", birth_date="1990-12-03"), TODAY) == []
    assert ("2026-12-03", "birthday", 36, False) in _kinds(
        _held("2026-11-30", birth_date="1990-12-03"), TODAY
    )
    assert _kinds(_held("2026-12-05", birth_date="1990-12-03"), date(2026, 12, 4)) == []
    # A birth date known to the month gives no birthday.
    assert not [k for k in _kinds(_held("2020-01-01", birth_date="1990-12")) if k[1] == "birthday"]


def test_released_people_have_no_milestones_past_or_future():
    arrest = TODAY - timedelta(days=999)  # 1,000 days tomorrow, had they been held
    released = _held(arrest.isoformat(), status="released")
    released["detentions"][0]["release_date"] = (TODAY - timedelta(days=1)).isoformat()
    assert _kinds(released) == []
    held = _kinds(_held(arrest.isoformat()))
    assert (str(TODAY + timedelta(days=1)), "days", 1000, False) in held
    # Released by status with no release date: a contradiction instead of milestones.
    contradicted = _agenda([_held(arrest.isoformat(), status="released")]).all_items()
    assert [(i.kind, i.code) for i in contradicted] == [
        ("contradiction", "released_without_release_date")
    ]


def test_several_cases_with_different_renewal_periods():
    last = "2026-11-26"
    profile = _held(
        "2026-01-01",
        cases=[
            {
                "id": pid(60 + n),
                "number": str(n),
                "proceedings": [
                    {"id": pid(70 + n), "date": last, "outcome": "renewed", "renewal_days": period}
                ],
            }
            for n, period in ((1, 15), (2, 45), (3, 11))
        ],
    )
    sessions = [i for i in _agenda([profile], days=40).items if i.kind == "session"]
    assert [(i.day.isoformat(), i.case_label, i.expected) for i in sessions] == [
        ("2026-11-26", "1", False),  # the last session itself, inside the past week
        ("2026-11-26", "2", False),
        ("2026-11-26", "3", False),
        ("2026-12-07", "3", True),
        ("2026-12-11", "1", True),
        ("2027-01-10", "2", True),
    ]
    # Released: no session is expected from renewals (they renew detention), and none overdue.
    profile["status"] = "released"
    profile["detentions"][0]["release_date"] = "2026-11-25"
    assert not [i for i in _agenda([profile], days=40).all_items() if i.expected]


def test_a_closed_case_expects_no_session_and_a_missed_one_needs_attention():
    def case(outcome, next_date=None):
        proc = {"id": pid(80), "date": "2026-10-01", "type": "renewal", "renewal_days": 15}
        if outcome:
            proc["outcome"] = outcome
        if next_date:
            proc["next_date"] = next_date
        return [{"id": pid(81), "number": "9", "year": 2026, "proceedings": [proc]}]

    closed = _agenda([_held("2026-01-01", cases=case("released"))]).all_items()
    assert not [i for i in closed if i.kind in ("session", "no_outcome")]
    missed = _agenda([_held("2026-01-01", cases=case("renewed", "2026-10-16"))]).attention
    assert [(i.kind, i.day.isoformat(), i.expected) for i in missed] == [
        ("no_outcome", "2026-10-16", False)
    ]
    expected_missed = _agenda([_held("2026-01-01", cases=case("renewed"))]).attention
    assert [(i.kind, i.day.isoformat(), i.expected) for i in expected_missed] == [
        ("no_outcome", "2026-10-16", True)
    ]


def test_29_february_anniversary_falls_on_the_28th():
    assert ("2027-02-28", "anniversary", 3, False) in _kinds(_held("2024-02-29"), date(2027, 2, 27))


def test_item_keys_do_not_depend_on_the_day_asked():
    today = {i.key(): i.uid("vault") for i in _agenda().items}
    tomorrow = {i.key(): i.uid("vault") for i in _agenda(today=TODAY + timedelta(days=1)).items}
    shared = today.keys() & tomorrow.keys()
    assert len(shared) >= len(EXPECTED) - 2
    assert all(today[k] == tomorrow[k] for k in shared)
    uids = [i.uid("vault") for i in _agenda().items]
    assert len(set(uids)) == len(uids)
    assert all("Alaa" not in u and pid(1) not in u for u in uids)
    assert _agenda().items[0].uid("vault") != _agenda().items[0].uid("other vault")


def test_window_size_and_no_negative_days():
    assert [i.day for i in _agenda(days=0).items] == [
        d for d in (i.day for i in _agenda().items) if d <= TODAY
    ]
    with pytest.raises(ValueError):
        _agenda(days=-1)
    with pytest.raises(ValueError):
        _agenda(level="secret")


def _odd_records() -> list[dict]:
    """Records that contradict themselves in each way core/facts.py warns about."""
    reversed_dates = _held("2025-05-01", status="released")
    reversed_dates["detentions"][0]["release_date"] = "2025-04-01"
    earlier_reversed = _held("2026-01-01")
    earlier_reversed["detentions"].insert(
        0, {"id": pid(52), "arrest_date": "2020-06", "release_date": "2020"}
    )
    partial_equal = _held("2026-01-01")
    partial_equal["detentions"].insert(
        0, {"id": pid(53), "arrest_date": "2020-01-01", "release_date": "2020"}
    )
    out_but_open = _held("2024-01-01", status="travel_ban")
    held_but_released = _held("2024-01-01")
    held_but_released["detentions"][0]["release_date"] = "2025-01-01"
    died = _held("2024-01-01", status="deceased_in_custody")
    return [
        reversed_dates,
        earlier_reversed,
        partial_equal,
        out_but_open,
        held_but_released,
        died,
        *dated_out_of_order(),
    ]


def test_held_and_contradictions_agree_with_core_facts():
    for profile in profiles() + _odd_records():
        person = ag.person_from_profile(profile)
        facts = compute(profile, TODAY)
        assert ag.held(person) == facts.currently_detained, profile
        assert ag.contradictions(person) == list(facts.warnings), profile


def test_contradictions_from_the_store_match_the_profiles(vault):
    odd = _odd_records()
    for n, profile in enumerate(odd):
        profile["id"] = pid(90 + n)
        vault.repository.create_profile(profile)
    served = ag.build_from_repository(vault.repository, today=TODAY).attention
    computed = _agenda(odd).attention
    assert served == computed
    assert {i.code for i in served} == set(wording.WARNINGS)  # every code, each worded
    for item in served:
        assert words.what(item, "en") and "_" not in words.what(item, "ar")


def test_words_arabic_number_agreement_and_dates():
    day = date(2026, 12, 3)
    for n, ar in ((5, "5 أيام"), (11, "11 يومًا"), (730, "730 يومًا"), (1000, "1000 يوم")):
        assert words.relative_day(day, day - timedelta(days=n), "ar") == f"بعد {ar}"
    assert words.relative_day(day, day + timedelta(days=103), "ar") == "منذ 103 أيام"
    assert words.relative_day(day, day - timedelta(days=1000), "en") == "in 1,000 days"
    assert words.relative_day(day, day + timedelta(days=3), "en") == "3 days ago"
    assert words.day_in_words(date(2019, 9, 29), "ar") == "29 سبتمبر 2019"
    assert words.day_in_words(date(2019, 9, 29), "en", weekday=True) == "Sunday 29 September 2019"
    days = next(i for i in _agenda().items if i.kind == "days" and not i.approximate)
    assert words.summary(days, "en") == "Alaa Abdel Fattah: 1,000 days in detention"
    assert words.summary(days, "ar") == "علاء عبد الفتاح: 1000 يوم في الاحتجاز"
    assert words.milestone_card_line(days, "en") == ("1,000", "days in detention")
    expected = next(i for i in _agenda().items if i.expected)
    assert words.what(expected, "ar") == "جلسة تجديد (متوقعة) — القضية 911 لسنة 2022"


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_upgraded_vault_serves_the_same_agenda(tmp_path, version):
    """Schema v3 fills each old profile's agenda column in SQL: it must say what the profiles say."""
    import shutil
    from pathlib import Path

    from profileeditor.core.vault import Vault

    source = Path(__file__).resolve().parents[1] / "fixtures" / f"schema-v{version}.pevault"
    copy = shutil.copytree(source, tmp_path / source.name)
    with Vault.open(copy, "fixture passphrase", auto_backup=False) as vault:
        repo = vault.repository
        stored = repo.get_profiles(repo.ids())
        found = 0
        for today in (date(2020, 6, 1), date(2022, 3, 1), date(2024, 9, 15), date(2026, 11, 24)):
            kw = dict(today=today, days=3660, legal_limit_days=repo.legal_limit_days)
            served = ag.build_from_repository(repo, **kw)
            assert served.all_items() == ag.build_from_profiles(stored, **kw).all_items()
            found += len(served.all_items())
        assert found > 20


@pytest.mark.parametrize("limit", [1, 3, 50, 10_000])
def test_the_first_page_served_from_the_store_is_the_agendas_first_page(vault, limit):
    """The screen's agenda (attention_limit): the store finds each kind's first page and counts
    the rest by its own tests (Repository.agenda_page); they must agree with the full agenda
    item for item, on the fixture, the odd records, synthetic vault data (old session logs,
    many gaps) and records left stale, for several days asked and windows."""
    from bench.synthetic import make_profiles

    make_vault(vault)
    repo = vault.repository
    for n, profile in enumerate(_odd_records()):
        profile["id"] = pid(90 + n)
        repo.create_profile(profile)
    repo.import_profiles(make_profiles(120, seed=7))
    stale = {
        "name": {"en": "Left Stale"},
        "status": "detained",
        "updated_at": "2025-01-05T09:00:00Z",
    }
    stale["detentions"] = [{"id": pid(80), "arrest_date": "2023-02-28"}]
    repo.import_profiles([{**stale, "id": pid(81)}])
    repo.delete_profile(pid(90))  # in the trash: counted nowhere
    for today, days in ((TODAY, 30), (date(2025, 2, 20), 7), (date(2027, 3, 1), 400)):
        full = ag.build_from_repository(repo, today=today, days=days)
        page = ag.build_from_repository(repo, today=today, days=days, attention_limit=limit)
        assert page.items == full.items
        assert page.attention == full.attention[:limit]
        assert page.attention_count == len(full.attention) and full.attention_total is None
        kinds = {i.kind for i in full.attention}
        assert {ag.NO_OUTCOME, ag.STALE, ag.CONTRADICTION} <= kinds or today != TODAY


def test_dates_out_of_order_need_attention_in_both_languages(vault):
    """The warnings the editor shows for a session before the arrest and a birth after it are
    the agenda's too: in the full agenda, from the store and on the screen's first page."""
    odd = dated_out_of_order()
    for profile in odd:
        vault.repository.create_profile(profile)
    want = [
        (pid(40), "session_before_arrest", "Sami Nabil", "سامي نبيل"),
        (pid(44), "born_after_arrest", "Mona Said", "منى سعيد"),
    ]
    agendas = {
        "profiles": _agenda(odd),
        "store": ag.build_from_repository(vault.repository, today=TODAY),
        "page": ag.build_from_repository(vault.repository, today=TODAY, attention_limit=1000),
    }
    for where, agenda in agendas.items():
        found = [i for i in agenda.attention if i.kind == ag.CONTRADICTION]
        assert [(i.profile_id, i.code) for i in found] == [w[:2] for w in want], where
        assert agenda.attention_count == len(agenda.attention)
        for item, (_id, code, en, ar) in zip(found, want, strict=True):
            assert words.summary(item, "en") == f"{en}: {wording.warning(code, 'en')}"
            assert words.summary(item, "ar") == f"{ar}: {wording.warning(code, 'ar')}"
    session, born = (i for i in agendas["page"].attention if i.kind == ag.CONTRADICTION)
    assert words.what(session, "en") == "A session is dated before the first arrest"
    assert words.what(session, "ar") == "جلسة مؤرخة قبل أول قبض"
    assert words.what(born, "en") == "The birth date is after an arrest date"
    assert words.what(born, "ar") == "تاريخ الميلاد بعد تاريخ القبض"


def test_two_after_a_preposition_takes_the_genitive_dual():
    """ "بعد يومان" and "لا تحديث منذ يومان" were the nominative dual after a preposition; the
    counts are core/wording.py's, whose genitive says "يومين" (as "مرور سنتين" always did)."""
    day = date(2026, 12, 3)
    assert words.relative_day(day, day - timedelta(days=2), "ar") == "بعد يومين"
    assert words.relative_day(day, day + timedelta(days=2), "ar") == "منذ يومين"

    def item(kind, count):
        return ag.Item(day=day, kind=kind, profile_id="x", name={}, count=count)

    assert words.what(item(ag.STALE, 2), "ar") == "لا تحديث منذ يومين"
    assert words.what(item(ag.STALE, 400), "ar") == "لا تحديث منذ 400 يوم"
    assert words.what(item(ag.STALE, 400), "en") == "No update for 400 days"
    assert words.what(item(ag.ANNIVERSARY, 2), "ar") == "مرور سنتين على القبض"
    assert words.what(item(ag.ANNIVERSARY, 3), "ar") == "مرور 3 سنوات على القبض"
    assert words.what(item(ag.ANNIVERSARY, 1), "en") == "1 year since the arrest"
    assert words.what(item(ag.ANNIVERSARY, 5), "en") == "5 years since the arrest"
    assert words.what(item(ag.BIRTHDAY, 30), "ar") == "عيد ميلاد في الاحتجاز (30 سنة)"
    assert words.what(item(ag.LEGAL_LIMIT, 730), "en") == (
        "Beyond the legal limit on pretrial detention (730 days)"
    )
    assert words.milestone_card_line(item(ag.ANNIVERSARY, 5), "ar") == ("5", "سنوات على القبض")
    assert words.milestone_card_line(item(ag.ANNIVERSARY, 11), "ar") == ("11", "سنة على القبض")
