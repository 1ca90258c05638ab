"""Campaign charts: the figures are the list's figures, levels and consent hold, Arabic reads
right to left, and the files carry nothing but the picture."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date

from export_helpers import CANARY
from PIL import Image

from profileeditor.core import statistics
from profileeditor.core.levels import consent_allows_public, select_for_level
from profileeditor.core.vocab import label
from profileeditor.export.charts import build_charts, render_svg, write_charts
from profileeditor.export.dispatch import atomic_path

TODAY = date(2026, 12, 1)
SVG = "{http://www.w3.org/2000/svg}"


def _write(profiles, out, **kw):
    options = {
        "langs": ("ar", "en"),
        "level": "public",
        "include_unconsented": False,
        "today": TODAY,
        "legal_limit_days": 730,
        "campaign_line": {"ar": "لا عدالة مناخية بدون فضاء مدني حر", "en": "No climate justice"},
        "atomic": atomic_path,
    }
    return write_charts(profiles, out, **{**options, **kw})


def test_every_chart_in_png_and_svg_with_no_metadata(tmp_path, samples):
    files = _write(samples, tmp_path / "charts")
    pngs = [f for f in files if f.suffix == ".png"]
    assert len(pngs) == len(files) // 2 >= 10
    for path in pngs:
        with Image.open(path) as image:
            assert image.size == (1080, 1080)
            assert not image.info and not image.getexif(), path
            assert len(image.convert("L").getcolors(2**16) or []) > 5
    for path in (f for f in files if f.suffix == ".svg"):
        root = ET.fromstring(path.read_bytes())
        assert root.find(f"{SVG}metadata") is None
        assert b"<!--" not in path.read_bytes() and b"inkscape" not in path.read_bytes()
    names = " ".join(f.name for f in files)
    for profile in samples:
        assert profile["name"]["en"].split()[0].lower() not in names.lower()


def test_chart_figures_equal_the_list_figures(demo_vault):
    """The bars count what the list shows for the same selection (the status column)."""
    repo = demo_vault.repository
    rows = repo.search("", limit=1000)
    profiles = repo.get_profiles([r.id for r in rows])
    figures = statistics.compute(profiles, date.today(), repo.legal_limit_days)
    by_status = dict(next(c for c in build_charts(figures, "en") if c.key == "status").values)
    expected = Counter(label("status", r.status, "en") for r in rows)
    assert by_status == dict(expected)
    headline = dict(next(c for c in build_charts(figures, "en") if c.key == "headline").rows)
    assert int(headline["people documented"]) == len(rows)
    beyond = sum(1 for r in rows if r.beyond_limit)
    assert int(headline["beyond the legal limit"]) == beyond


def test_public_charts_count_consenting_people_and_no_hidden_value(tmp_path, samples):
    public = select_for_level(samples, "public")
    figures = statistics.compute(public, TODAY)
    assert figures.people == sum(1 for p in samples if consent_allows_public(p)) < len(samples)
    # An internal value never becomes a label: a canary profession code raised to internal.
    secret = copy.deepcopy(samples)
    for profile in secret:
        profile["consent"] = {"level": "full"}
        profile["profession"] = CANARY
        profile["sensitivity"] = {"profession": "internal"}
    files = _write(secret, tmp_path / "charts")
    for path in files:
        assert CANARY.encode() not in path.read_bytes(), path


def test_arabic_charts_read_right_to_left(samples):
    figures = statistics.compute(select_for_level(samples, "internal"), TODAY)
    for lang, expect_rtl in (("ar", True), ("en", False)):
        chart = next(c for c in build_charts(figures, lang) if c.key == "status")
        root = ET.fromstring(render_svg(chart, lang, "as of"))
        assert root.get("direction") == ("rtl" if expect_rtl else "ltr")
        texts = [t for t in root.iter(f"{SVG}text") if t.text in dict(chart.values)]
        bars = [r for r in root.iter(f"{SVG}rect") if r.get("x") and float(r.get("y", 0)) > 200]
        assert texts and bars
        label_x = float(texts[0].get("x"))
        bar_x = float(bars[0].get("x"))
        assert (label_x > bar_x) == expect_rtl, lang
        # time runs the way the text reads: the latest month on the left in Arabic
        months = next(c for c in build_charts(figures, lang) if c.key == "renewals")
        columns = [
            float(r.get("x"))
            for r in ET.fromstring(render_svg(months, lang, "")).iter(f"{SVG}rect")
            if r.find(f"{SVG}title") is not None
        ]
        assert columns == sorted(columns, reverse=expect_rtl)


def test_no_chart_of_a_dossier_outlives_its_export(samples):
    """The statistics section draws its charts when asked and keeps none: an image of one
    vault's figures (a facility's name among them) must not stay in memory after the export,
    when the vault may be locked."""
    import gc

    from profileeditor.export import dossier_statistics

    canary = "Canary Prison 7f3a"
    profiles = copy.deepcopy(select_for_level(samples, "internal"))
    for profile in profiles:
        for det in profile.get("detentions") or []:
            for fac in det.get("facilities") or []:
                fac["name"] = {"ar": canary, "en": canary}

    def export_once() -> int:
        figures = statistics.compute(profiles, TODAY)
        section = dossier_statistics.build(figures, "en", TODAY)
        drawn = [block.png("en", section.as_of) for block in section.charts]
        assert any(canary in str(b.chart.values) for b in section.charts)
        return len(drawn)

    assert export_once() >= 3
    gc.collect()
    alive = [
        obj
        for obj in gc.get_objects()
        if type(obj).__name__ == "Chart" and canary in str(getattr(obj, "values", ""))
    ]
    assert not alive, "a chart of the export is still held after it"
