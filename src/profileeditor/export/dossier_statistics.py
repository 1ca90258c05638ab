"""The statistics section of a multi-profile dossier: the campaign figures and charts of the
dossier's own selection, in words and pictures, independent of the file format.

The figures are ``core.statistics`` of the profiles the dossier holds (already chosen and
redacted for its level, consenting people only at public level), and the charts are
export/charts.py's, so the section, the chart files and the website say the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from profileeditor.core import statistics, wording
from profileeditor.export import charts
from profileeditor.export.strings import s


@dataclass(frozen=True)
class ChartBlock:
    chart: charts.Chart
    rows: tuple[tuple[str, str], ...]  # the chart's figures as printed beside it

    def png(self, lang: str, as_of: str) -> bytes:
        """The chart drawn now, each time it is asked for (once per dossier): no image of a
        vault's figures outlives the export that drew it (a cache would keep them after the
        vault is locked)."""
        return charts.render_png(self.chart, lang, as_of)


@dataclass(frozen=True)
class StatisticsSection:
    lang: str
    title: str
    as_of: str
    figures: tuple[tuple[str, str], ...]  # the headline figures
    charts: tuple[ChartBlock, ...]


def build(
    figures: statistics.Statistics, lang: str, today: date, arabic_digits: bool = False
) -> StatisticsSection:
    ad = arabic_digits
    built = charts.build_charts(figures, lang, ad)
    headline = next(c for c in built if c.kind == "headline")
    blocks = []
    for chart in built:
        if chart.kind == "bars":
            rows = tuple((text, wording.number(n, lang, ad)) for text, n in chart.values)
        elif chart.kind == "columns":
            total = sum(n for _, n in chart.values)
            month, most = max(chart.values, key=lambda pair: pair[1])
            rows = (
                (s("sessions_in_months", lang), wording.number(total, lang, ad)),
                (
                    s("busiest_month", lang),
                    f"{wording.date_text(month, lang, ad)}: {wording.number(most, lang, ad)}",
                ),
            )
        else:
            continue
        blocks.append(ChartBlock(chart, rows))
    return StatisticsSection(
        lang=lang,
        title=s("statistics", lang),
        as_of=wording.as_of(today, lang, ad),
        figures=tuple((text, value) for text, value in headline.rows),
        charts=tuple(blocks),
    )
