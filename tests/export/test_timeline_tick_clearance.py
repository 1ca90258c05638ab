"""Timeline labels keep clear of the renewal sessions' ticks and of their own leader: the
leader of "تجديد الحبس: 30 جلسة" used to run down beside its first letter, at the first
tick's x, and strike it in every renderer that set the label a little wider than measured."""

from __future__ import annotations

from datetime import date

import pytest

from profileeditor.export import charts, timeline

TODAY = date(2026, 12, 1)


def _ink_top(text: str, size: int, lang: str) -> float:
    """How far above its baseline ``text`` rises in our fonts (Pillow, as the exports measure)."""
    writer = charts._measurer(lang).writer
    font = writer.font(text, size, False)
    box = writer.draw.textbbox(
        (0, 0), writer.visual(text), font=font, anchor="ls", **writer.direction(font)
    )
    return -box[1]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_labels_keep_clear_of_ticks_and_leaders(samples, lang):
    checked = 0
    for profile in samples:
        tl = timeline.layout(
            profile, lang, TODAY, lambda text, size: charts.text_width(text, size, lang)
        )
        if tl is None or not tl.ticks:
            continue
        shapes = tl.shapes
        lines = [s for s in shapes if isinstance(s, timeline.Line)]
        ticks = [s for s in lines if (s.y1, s.y2) == timeline.SESSION_TICK]
        assert len(ticks) == len(tl.ticks)
        leaders = [s for s in lines if s.dashed]
        labels = [
            s for s in shapes if isinstance(s, timeline.Label) and s.size == timeline.LABEL_SIZE
        ]
        assert len(leaders) == len(labels) == len(tl.markers)
        for marker, leader, label in zip(tl.markers, leaders, labels, strict=True):
            # The label's box: its marker's [left, right] (the leader on one edge), from a
            # full size above its baseline (no letter rises higher) to below it.
            left, right = marker.box
            top = label.baseline - timeline.LABEL_SIZE
            assert _ink_top(label.text, label.size, lang) <= timeline.LABEL_SIZE, label.text
            assert leader.x1 == marker.x and leader.y2 < top, label.text
            for tick in ticks:
                if left <= tick.x1 <= right:
                    assert tick.y2 + 6 <= top, (label.text, tick)
            checked += 1
        assert any(
            m.text.startswith(("تجديد", "30", "7")) or "sessions" in m.text for m in tl.markers
        )
    assert checked
