"""The timeline in the editor's Facts tab (issue 14 item 2): export/timeline.py's picture, its
labels inside their boxes and painted, right to left in Arabic, following the profile."""

from __future__ import annotations

import copy
import itertools
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from profileeditor.export import timeline as tl_mod
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.editor.facts_view import FactsView

TODAY = date(2026, 12, 1)
SHOTS = Path(os.environ["TIMELINE_SHOTS"]) if os.environ.get("TIMELINE_SHOTS") else None


def _long_record(profiles) -> dict:
    return max(profiles, key=lambda p: sum(len(c.get("proceedings") or []) for c in p["cases"]))


@pytest.fixture
def language(qapp):
    from profileeditor.gui import i18n

    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def _facts(qtbot, profile, width=760):
    view = FactsView()
    view.timeline.today = TODAY
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_profile(profile, 730)
    return view


def _ink_columns(image, rect, background) -> list[int]:
    """x of every column inside ``rect`` with a pixel that is not the background."""
    cols = []
    for x in range(max(0, int(rect.left())), min(image.width(), int(rect.right()) + 1)):
        for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom()) + 1)):
            if QColor(image.pixel(x, y)) != background:
                cols.append(x)
                break
    return cols


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_facts_tab_draws_the_export_timeline(qtbot, sample_profiles, language, lang):
    language(lang)
    profile = _long_record(sample_profiles)
    view = _facts(qtbot, profile)
    widget = view.timeline
    tl = widget.timeline
    assert tl is not None and widget.height() == tl.height and widget.heading.isVisible()
    assert tl.width == widget.width()
    # The same picture as the export's layout (the same record, the same rules).
    reference = tl_mod.layout(profile, lang, TODAY, lambda text, size: 7 * len(text), tl.width)
    assert reference is not None
    assert [m.text for m in tl.markers] == [m.text for m in reference.markers]
    assert len(tl.ticks) == len(reference.ticks) >= 5
    # Labels: inside the picture, apart on each row, each wide enough for its painted text.
    rows: dict[int, list[tuple[float, float]]] = {}
    for marker in tl.markers:
        left, right = marker.box
        assert 0 <= left < right <= tl.width
        assert widget.measure(marker.text, tl_mod.LABEL_SIZE) <= right - left
        rows.setdefault(marker.row, []).append(marker.box)
    for boxes in rows.values():
        for (_, right), (left, _) in itertools.pairwise(sorted(boxes)):
            assert right <= left
    # Painted: each label's box holds ink, and it starts at the reading side.
    image = widget.grab().toImage()
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    labels = [s for s in tl.shapes if isinstance(s, tl_mod.Label) and s.size == tl_mod.LABEL_SIZE]
    assert [label.text for label in labels] == [m.text for m in tl.markers]
    rects = [widget.label_rect(label) for label in labels]
    for one, other in itertools.combinations(rects, 2):
        overlap = one.intersected(other)
        assert overlap.width() <= 0 or overlap.height() <= 0
    for label, rect in zip(labels, rects, strict=True):
        cols = _ink_columns(image, rect, background)
        assert cols, label.text
        if lang == "ar":
            assert rect.right() - max(cols) <= 4, label.text  # flush right
        else:
            assert min(cols) - rect.left() <= 4, label.text  # flush left
    # Time runs the way the text reads.
    arrest = next(m.x for m in tl.markers if m.color == tl_mod.COLORS["detention"])
    years = [x for x, _ in tl.years]
    assert years == sorted(years, reverse=lang == "ar")
    later = [m.x for m in tl.markers if m.color == tl_mod.COLORS["session"]]
    assert later and (arrest > later[0]) == (lang == "ar")
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / f"facts-timeline-{lang}.png"))


def test_no_dated_record_no_picture(qtbot):
    view = _facts(qtbot, {"id": "x", "name": {"en": "X"}})
    assert view.timeline.timeline is None
    assert view.timeline.height() == 0 and not view.timeline.heading.isVisible()


def test_the_timeline_follows_the_profile(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    unsubscribe = repo.changes.subscribe(editor.repository_changed)
    try:
        pid = next(
            i
            for i in repo.ids()
            if (repo.get_profile(i).get("detentions") or [{}])[0].get("arrest_date")
        )
        editor.load(pid)
        editor.facts.timeline.today = TODAY
        editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
        before = editor.facts.timeline.timeline
        assert before is not None
        changed = copy.deepcopy(repo.get_profile(pid))
        changed.setdefault("events", []).append(
            {"id": "20000000-0000-4000-8000-000000000001", "type": "hunger_strike",
             "date": "2021-03-01", "end_date": "2021-04-15"}
        )  # fmt: skip
        repo.update_profile(changed)
        qtbot.waitUntil(
            lambda: len(editor.facts.timeline.timeline.markers) == len(before.markers) + 1,
            timeout=5000,
        )
        assert any(s.lane == "event" for s in editor.facts.timeline.timeline.spans)
        editor.clear()
        assert editor.facts.timeline.timeline is None
    finally:
        unsubscribe()
