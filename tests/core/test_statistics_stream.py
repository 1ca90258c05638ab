"""The campaign figures of a vault's selection counted a chunk at a time
(``statistics.from_repository``, what the Statistics tab and the charts export use) equal
``statistics.compute`` over ``select_for_level`` of the whole selection; memory does not grow
with the vault; the public level counts consenting people only (issue 14 item 3)."""

from __future__ import annotations

import itertools
import tracemalloc
from datetime import date

import pytest
from bench.synthetic import iter_profiles

from profileeditor.core import statistics
from profileeditor.core.levels import LEVELS, consent_allows_public, select_for_level

TODAY = date(2026, 12, 1)


def _whole(repo, ids, level, include_unconsented=False):
    everyone = repo.get_profiles(ids, with_data=False)
    chosen = select_for_level(everyone, level, include_unconsented)
    return statistics.compute(chosen, TODAY, repo.legal_limit_days)


def _fill(repo, count: int) -> None:
    profiles = iter_profiles(count, seed=11)
    with repo.bulk_import():
        while chunk := list(itertools.islice(profiles, 1000)):
            repo.import_profiles(chunk, batch_size=500)


def test_compute_is_the_accumulator_over_the_list(sample_profiles):
    chosen = select_for_level(sample_profiles, "internal")
    accumulator = statistics.Accumulator(TODAY, 730)
    for profile in chosen:
        accumulator.add(profile)
    assert accumulator.result() == statistics.compute(chosen, TODAY, 730)
    assert accumulator.result().people == len(sample_profiles)


@pytest.mark.parametrize("include_unconsented", [False, True])
@pytest.mark.parametrize("level", LEVELS)
def test_streamed_figures_equal_compute_on_the_samples(demo_vault, level, include_unconsented):
    repo = demo_vault.repository
    ids = repo.ids()
    streamed = statistics.from_repository(repo, ids, level, include_unconsented, TODAY, chunk=3)
    assert streamed == _whole(repo, ids, level, include_unconsented)
    assert streamed.people > 0


def test_streamed_figures_equal_compute_on_a_generated_vault_and_memory_is_bounded(vault):
    repo = vault.repository
    _fill(repo, 2400)
    ids = repo.ids()
    assert len(ids) == 2400
    for level in ("public", "internal"):
        steps: list[tuple[int, int]] = []
        streamed = statistics.from_repository(
            repo, ids, level, today=TODAY, progress=lambda d, t, s=steps: s.append((d, t))
        )
        whole = _whole(repo, ids, level)
        assert streamed == whole
        assert streamed.renewals and streamed.by_facility and streamed.recycled_cases
        assert steps[0] == (0, 2400) and steps[-1] == (2400, 2400)
        assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    everyone = repo.get_profiles(ids, with_data=False)
    public = statistics.from_repository(repo, ids, "public", today=TODAY)
    assert public.people == sum(map(consent_allows_public, everyone)) < len(ids)

    # Memory: the peak while counting 4N profiles stays near the peak at N (the old tab held
    # every redacted profile of the list at once: four times as much).
    def peak(count: int) -> int:
        chosen = ids[:count]
        tracemalloc.start()
        try:
            statistics.from_repository(repo, chosen, "internal", today=TODAY, chunk=50)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(200), peak(800)
    assert large < 1.5 * small, (small, large)


def test_public_counts_only_consenting_people_and_no_internal_value(vault, sample_profiles):
    repo = vault.repository
    first, second = (dict(p) for p in sample_profiles[:2])
    first.update(profession="secret-profession", consent={"level": "none"})
    second.update(profession="raised-profession", consent={"level": "full"})
    second["sensitivity"] = {**(second.get("sensitivity") or {}), "profession": "internal"}
    repo.import_profiles([first, second])
    ids = repo.ids()
    public = statistics.from_repository(repo, ids, "public", today=TODAY)
    assert public.people == 1
    assert "secret-profession" not in public.by_profession
    assert "raised-profession" not in public.by_profession
    internal = statistics.from_repository(repo, ids, "internal", today=TODAY)
    assert internal.people == 2
    assert {"secret-profession", "raised-profession"} <= set(internal.by_profession)
    assert public == _whole(repo, ids, "public") and internal == _whole(repo, ids, "internal")


def test_cancel_stops_the_count(demo_vault):
    class Stop(Exception):
        pass

    def check():
        raise Stop

    with pytest.raises(Stop):
        statistics.from_repository(demo_vault.repository, demo_vault.repository.ids(), "public",
                                   today=TODAY, check=check)  # fmt: skip
