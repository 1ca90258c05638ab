from datetime import date

from profileeditor.core.facts import compute

TODAY = date(2026, 1, 1)


def _profile(**kw):
    base = {"id": "00000000-0000-4000-8000-000000000001", "name": {"en": "X"}}
    base.update(kw)
    return base


def test_open_episode_counts_to_today():
    facts = compute(_profile(detentions=[{"id": "d1", "arrest_date": "2025-12-01"}]), TODAY)
    assert facts.current_days == 31
    assert facts.total_days == 31
    assert facts.currently_detained
    assert not facts.approximate


def test_closed_episode_counts_to_release():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2020-01-01", "release_date": "2020-01-11"}]
    )
    facts = compute(p, TODAY)
    assert facts.current_days == 10
    assert not facts.currently_detained


def test_partial_dates_count_from_earliest_day_and_are_approximate():
    facts = compute(_profile(detentions=[{"id": "d1", "arrest_date": "2025-12"}]), TODAY)
    assert facts.current_days == 31  # from 2025-12-01
    assert facts.approximate
    year_only = compute(_profile(detentions=[{"id": "d1", "arrest_date": "2025"}]), TODAY)
    assert year_only.current_days == 365
    assert year_only.approximate


def test_several_episodes_total_and_overlap_counted_once():
    p = _profile(
        detentions=[
            {"id": "d1", "arrest_date": "2020-01-01", "release_date": "2020-01-31"},
            {"id": "d2", "arrest_date": "2020-01-21", "release_date": "2020-02-10"},  # overlaps
            {"id": "d3", "arrest_date": "2025-12-22"},
        ]
    )
    facts = compute(p, TODAY)
    assert facts.total_days == 40 + 10
    assert facts.current_days == 10  # the latest episode
    assert facts.episode_start == "2025-12-22"


def test_disappearance_days():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2020-01-01", "disappeared_until": "2020-01-15"}]
    )
    assert compute(p, TODAY).disappearance_days == 14


def test_still_disappeared_runs_to_today():
    p = _profile(status="disappeared", detentions=[{"id": "d1", "arrest_date": "2025-12-01"}])
    assert compute(p, TODAY).disappearance_days == 31


def test_renewals_and_next_session():
    proceedings = [
        {"id": "p1", "date": "2025-11-01", "type": "renewal", "next_date": "2025-11-15"},
        {"id": "p2", "date": "2025-12-20", "type": "renewal", "next_date": "2026-01-05"},
        {"id": "p3", "date": "2025-12-21", "type": "hearing"},
    ]
    facts = compute(_profile(cases=[{"id": "c1", "proceedings": proceedings}]), TODAY)
    assert facts.renewals == 2
    assert facts.next_session == "2026-01-05"


def test_legal_limit_flag_uses_the_limit_given():
    p = _profile(detentions=[{"id": "d1", "arrest_date": "2023-01-01"}])
    assert compute(p, TODAY, legal_limit_days=730).beyond_legal_limit  # 1096 days
    assert not compute(p, TODAY, legal_limit_days=1200).beyond_legal_limit
    assert compute(p, TODAY).open_pretrial_start == "2023-01-01"


def test_sentence_ends_pretrial_detention():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2020-01-01"}],
        cases=[{"id": "c1", "sentence": {"date": "2020-06-01", "term_months": 60}}],
    )
    facts = compute(p, TODAY)
    assert facts.pretrial_days == 152
    assert not facts.beyond_legal_limit
    assert facts.open_pretrial_start is None
    assert facts.current_days > 2000  # still detained, serving the sentence


def test_past_episode_beyond_limit_is_flagged_after_release():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2019-01-01", "release_date": "2022-01-01"}]
    )
    facts = compute(p, TODAY)
    assert facts.beyond_legal_limit
    assert facts.closed_pretrial_days == 1096


def test_recycled_case_marked_explicitly_or_joined_while_detained():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2020-01-01"}],
        cases=[
            {"id": "c1", "joined_date": "2020-01-02"},
            {"id": "c2", "joined_date": "2021-06-01"},  # joined while held on c1
            {"id": "c3", "recycled_from": "c1"},
        ],
    )
    assert set(compute(p, TODAY).recycled_cases) == {"c2", "c3"}


def test_case_joined_after_release_order_is_recycled():
    p = _profile(
        detentions=[
            {"id": "d1", "arrest_date": "2020-01-01", "release_date": "2021-01-01"},
            {"id": "d2", "arrest_date": "2021-03-01"},
        ],
        cases=[
            {
                "id": "c1",
                "joined_date": "2020-01-01",
                "proceedings": [{"id": "p", "date": "2020-12-20", "outcome": "released"}],
            },
            {"id": "c2", "joined_date": "2021-03-01"},
        ],
    )
    assert compute(p, TODAY).recycled_cases == ("c2",)


def test_first_case_is_not_recycled_and_empty_profile_is_quiet():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2020-01-01"}],
        cases=[{"id": "c1", "joined_date": "2020-01-15"}],
    )
    assert compute(p, TODAY).recycled_cases == ()
    empty = compute(_profile(), TODAY)
    assert empty.current_days is None and empty.total_days == 0 and not empty.beyond_legal_limit


def test_sample_profiles(sample_profiles):
    by_name = {p["name"]["en"]: compute(p, TODAY) for p in sample_profiles}
    salma = by_name["Salma Abdel-Raouf Mansour"]
    assert salma.current_days == (TODAY - date(2019, 1, 10)).days
    assert salma.disappearance_days == 10
    assert salma.renewals == 6
    assert salma.beyond_legal_limit
    assert len(by_name["Youssef Ibrahim El-Shenawy"].recycled_cases) == 1


def test_released_without_release_date_is_a_warning_not_a_detention():
    p = _profile(status="released", detentions=[{"id": "d1", "arrest_date": "2019-09-29"}])
    facts = compute(p, TODAY)
    assert facts.warnings == ("released_without_release_date",)
    assert not facts.currently_detained
    assert facts.current_days is None  # unknown, not days to today
    assert not facts.beyond_legal_limit
    assert facts.pretrial_days == 0
    assert facts.open_pretrial_start is None and facts.episode_start is None


def test_a_consistent_record_has_no_warning():
    p = _profile(
        status="released",
        detentions=[{"id": "d1", "arrest_date": "2019-09-29", "release_date": "2021-01-01"}],
    )
    assert compute(p, TODAY).warnings == ()
    detained = _profile(
        status="detained",
        detentions=[{"id": "d1", "arrest_date": "2019-09-29", "release_date": "2021-01-01"}],
    )
    assert compute(detained, TODAY).warnings == ("detained_but_released_episode",)


def test_every_session_that_renewed_detention_counts_whatever_its_type():
    p = _profile(
        detentions=[{"id": "d1", "arrest_date": "2025-01-01"}],
        cases=[
            {
                "id": "c1",
                "proceedings": [
                    {"id": "p1", "date": "2025-01-15", "type": "renewal"},
                    {"id": "p2", "date": "2025-02-15", "type": "hearing", "outcome": "renewed"},
                    {"id": "p3", "date": "2025-03-15", "type": "appeal", "outcome": "renewed"},
                    {"id": "p4", "date": "2025-04-15", "type": "hearing", "outcome": "postponed"},
                ],
            }
        ],
    )
    assert compute(p, TODAY).renewals == 3


def test_the_list_figures_agree_with_the_facts(vault):
    """The list's SQL (days, beyond the limit) reads columns the facts fill: same answers."""
    from profileeditor.core.repository import Filters

    repo = vault.repository
    released = _profile(
        id="00000000-0000-4000-8000-000000000002",
        name={"en": "Released, no date"},
        status="released",
        detentions=[{"id": "00000000-0000-4000-8000-0000000000d1", "arrest_date": "2019-09-29"}],
    )
    held = _profile(
        id="00000000-0000-4000-8000-000000000003",
        name={"en": "Held"},
        status="detained",
        detentions=[{"id": "00000000-0000-4000-8000-0000000000d2", "arrest_date": "2019-09-29"}],
    )
    for p in (released, held):
        repo.create_profile(p)
    rows = {r.id: r for r in repo.search(today=TODAY)}
    for p in (released, held):
        facts = compute(p, TODAY, repo.legal_limit_days)
        assert rows[p["id"]].days_detained == facts.current_days
        assert rows[p["id"]].beyond_limit == facts.beyond_legal_limit
    beyond = {r.id for r in repo.search(filters=Filters(beyond_limit=True), today=TODAY)}
    assert beyond == {held["id"]}


def test_born_after_an_arrest_is_a_warning_only_where_the_dates_cannot_overlap():
    arrested = [{"id": "d1", "arrest_date": "2019-03-10"}]
    born_later = _profile(birth_date="2019-05", detentions=arrested)
    assert compute(born_later, TODAY).warnings == ("born_after_arrest",)
    same_year = _profile(birth_date="2019", detentions=arrested)
    assert compute(same_year, TODAY).warnings == ()
    assert compute(_profile(birth_date="1990-01-01", detentions=arrested), TODAY).warnings == ()


def test_a_session_before_the_first_arrest_is_a_warning():
    def with_session(day: str) -> dict:
        return _profile(
            detentions=[{"id": "d1", "arrest_date": "2020-06-15"}],
            cases=[{"id": "c1", "proceedings": [{"id": "s1", "date": day}]}],
        )

    assert compute(with_session("2020-06-01"), TODAY).warnings == ("session_before_arrest",)
    assert compute(with_session("2020-05"), TODAY).warnings == ("session_before_arrest",)
    assert compute(with_session("2020-06"), TODAY).warnings == ()  # may be after the 15th
    assert compute(with_session("2020-06-15"), TODAY).warnings == ()


def test_the_session_warning_agrees_with_the_dates_meaning_for_every_spelling():
    """The text comparison that skips most sessions decides as parsing every date would: full,
    partial, padded, impossible and non-ASCII spellings around the arrest's day."""
    from profileeditor.core import dates

    arrests = ["2020-06-15", "2020-06", "2020", "2019-12-31"]
    sessions = [
        "2020-06-14", "2020-06-15", "2020-06-16", "2020-06", "2020-05", "2020", "2019",
        "2021", " 2020-05-01", "2020-05-01 ", " 2019", "2019 ", "2020-02-30", "2020-13",
        "٢٠١٩-٠١-٠١", "٢٠٢١", "", "someday", "2019-12-31", "2020-01-01",
    ]  # fmt: skip
    for arrest in arrests:
        first = dates.earliest(arrest)
        for day in sessions:
            try:
                expected = dates.latest(day) < first
            except dates.PartialDateError:
                expected = False
            profile = _profile(
                detentions=[{"id": "d1", "arrest_date": arrest}],
                cases=[{"id": "c1", "proceedings": [{"id": "s1", "date": day}]}],
            )
            found = "session_before_arrest" in compute(profile, TODAY).warnings
            assert found == expected, (arrest, day)
