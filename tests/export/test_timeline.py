"""The per-person timeline: every record on it, labels that never overlap, right to left in
Arabic."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from profileeditor.export import charts, timeline

TODAY = date(2026, 12, 1)


def _layout(profile, lang):
    return timeline.layout(
        profile, lang, TODAY, lambda text, size: charts.text_width(text, size, lang)
    )


def _long_record(samples) -> dict:
    return max(samples, key=lambda p: sum(len(c.get("proceedings") or []) for c in p["cases"]))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_labels_never_overlap_on_a_row(samples, lang):
    for profile in samples:
        tl = _layout(profile, lang)
        if tl is None:
            continue
        rows: dict[int, list[tuple[float, float]]] = {}
        for marker in tl.markers:
            rows.setdefault(marker.row, []).append(marker.box)
            assert 0 <= marker.box[0] < marker.box[1] <= tl.width
        for boxes in rows.values():
            boxes.sort()
            for (_, right), (left, _) in itertools.pairwise(boxes):
                assert right <= left, (profile["name"]["en"], lang, boxes)


def test_time_runs_right_to_left_in_arabic(samples):
    profile = next(p for p in samples if any(d.get("release_date") for d in p["detentions"]))
    for lang, rtl in (("ar", True), ("en", False)):
        tl = _layout(profile, lang)
        arrest = next(m.x for m in tl.markers if m.color == timeline.COLORS["detention"])
        release = next(m.x for m in tl.markers if m.color == timeline.COLORS["release"])
        assert (arrest > release) == rtl, lang
        years = [x for x, _ in tl.years]
        assert years == sorted(years, reverse=rtl)


def test_the_whole_record_is_drawn(samples):
    profile = _long_record(samples)
    tl = _layout(profile, "en")
    renewals = sum(
        1
        for case in profile["cases"]
        for s in case.get("proceedings") or []
        if s.get("type") == "renewal" or s.get("outcome") == "renewed"
    )
    assert len(tl.ticks) == renewals
    assert any(f"{renewals} renewal sessions" in m.text for m in tl.markers)
    arabic = _layout(profile, "ar")
    counted = "جلسات" if 3 <= renewals <= 10 else "جلسة"  # the noun agrees with the count
    assert any(m.text == f"تجديد الحبس: {renewals} {counted}" for m in arabic.markers)
    lanes = {s.lane for s in tl.spans}
    assert {"detention", "facility"} <= lanes
    for case in profile["cases"]:
        if case.get("joined_date"):
            assert any(case["number"] in m.text for m in tl.markers)
    svg = ET.fromstring(timeline.render_svg(tl, "Timeline"))
    assert svg.get("direction") == "ltr"
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert all(m.text in texts for m in tl.markers)


def test_no_dated_record_no_timeline():
    assert timeline.layout({"name": {"en": "X"}}, "en", TODAY, lambda t, s: 10) is None
