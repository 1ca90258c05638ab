"""A person's chronology as one horizontal picture: detention spans, enforced disappearance,
places of detention, cases joined (recycled ones marked), renewal sessions as ticks with their
count, sentences, hunger strikes and other events, release — years on the axis.

``layout`` is Qt-free geometry; time runs the way the text reads, right to left in Arabic.
Labels are measured in our fonts and set in the first row where they overlap nothing, so no two
ever collide. ``Timeline.shapes`` is the whole picture as lines, boxes and labels, with their
positions, sizes and colours in layout units (1000 across): every renderer only draws those
(``render_svg`` here for the website, timeline_drawingml for the Word
dossier, pdf_media for the PDF), so the picture is computed in one place.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from profileeditor.core import dates, wording
from profileeditor.core import facts as facts_mod
from profileeditor.core.vocab import label
from profileeditor.export.content import pick

WIDTH = 1000
MARGIN = 24
LABEL_SIZE = 14
ROW = 20  # height of a label row
GAP = 6  # room kept between two labels on one row

COLORS: dict[str, str] = {
    "detention": "#8a1c1c",
    "disappearance": "#1b1f24",
    "session": "#4a5360",
    "case": "#1d4ed8",
    "event": "#6b2d5c",
    "release": "#1f7a3a",
}
FACILITY_COLORS = ("#c9a227", "#a67c00")  # alternating, so that two places in a row differ
_WORDS = {
    "arrest": {"ar": "القبض", "en": "Arrest"},
    "release": {"ar": "الإفراج", "en": "Release"},
    "disappearance": {"ar": "اختفاء قسري", "en": "Enforced disappearance"},
    "case": {"ar": "قضية", "en": "Case"},
    "recycled": {"ar": "مُدوَّرة", "en": "recycled"},
    "sessions": {"ar": "جلسات تجديد", "en": "renewal sessions"},
    "sentence": {"ar": "الحكم", "en": "Sentence"},
}


@dataclass
class Span:
    lane: str
    start: float
    end: float
    color: str
    text: str = ""


@dataclass
class Marker:
    x: float
    text: str
    color: str
    row: int = 0  # label row, set by the layout
    box: tuple[float, float] = (0.0, 0.0)  # the label's left and right edges


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    dashed: bool = False


@dataclass(frozen=True)
class Box:
    """A filled rectangle (a span)."""

    left: float
    top: float
    width: float
    height: float
    color: str
    title: str = ""  # what the span is (a facility's name), for a renderer that shows it


@dataclass(frozen=True)
class Label:
    """One line of text inside [left, right], set ``align`` ("left", "right" or "center") on
    ``baseline``; ``size`` is the font size in layout units."""

    left: float
    right: float
    baseline: float
    text: str
    size: int
    color: str
    align: str


Shape = Line | Box | Label

AXIS_COLOR = "#d5d0c8"
YEAR_COLOR = "#4a5360"
YEAR_SIZE = 12
AXIS_Y = 24
SESSION_TICK = (100, 108)  # top and bottom of a renewal session's tick
# Room between the ticks and the top of the first label row (its baseline less LABEL_SIZE),
# where the leaders end: a leader then reaches past the ticks, not mistaken for one of them.
TICK_CLEARANCE = 8
LEADER_CLEARANCE = 2  # a leader stops this far above its label's row


def rgb(color: str) -> tuple[int, int, int]:
    """ "#rrggbb" as three 0–255 integers."""
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def label_baseline(row: int) -> float:
    """The baseline of label row ``row``."""
    return SESSION_TICK[1] + TICK_CLEARANCE + LABEL_SIZE + row * ROW


@dataclass
class Timeline:
    lang: str
    width: int
    spans: list[Span] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    years: list[tuple[float, str]] = field(default_factory=list)
    rows: int = 0

    @property
    def height(self) -> int:
        return 110 + ROW * max(1, self.rows) + 30

    @property
    def shapes(self) -> list[Shape]:
        """The picture, back to front: the axis and its years, the spans, the session ticks,
        each marker's dashed leader and then the labels (over the leaders)."""
        rtl = self.lang == "ar"
        out: list[Shape] = [Line(MARGIN, AXIS_Y, self.width - MARGIN, AXIS_Y, AXIS_COLOR)]
        for x, year in self.years:
            out.append(Line(x, AXIS_Y - 6, x, AXIS_Y + 6, YEAR_COLOR))
            out.append(Label(x - 30, x + 30, 14, year, YEAR_SIZE, YEAR_COLOR, "center"))
        for span in self.spans:
            a, b = sorted((span.start, span.end))
            tall = 10 if span.lane == "disappearance" else 16
            out.append(Box(a, LANES[span.lane], max(2.0, b - a), tall, span.color, span.text))
        top, bottom = SESSION_TICK
        out += [Line(tick, top, tick, bottom, COLORS["session"]) for tick in self.ticks]
        for marker in self.markers:
            # The leader stops above its label's letters: run down beside them, it struck
            # the first letter of "تجديد الحبس: 30 جلسة" wherever a renderer set it wider.
            end = label_baseline(marker.row) - LABEL_SIZE - LEADER_CLEARANCE
            out.append(Line(marker.x, AXIS_Y + 6, marker.x, end, marker.color, dashed=True))
        for marker in self.markers:
            left, right = marker.box
            # The label starts 2 units inside its box on the reading side.
            out.append(
                Label(
                    left + 2,
                    right - 2,
                    label_baseline(marker.row),
                    marker.text,
                    LABEL_SIZE,
                    marker.color,
                    "right" if rtl else "left",
                )
            )
        return out


def _day(value: str | None) -> date | None:
    try:
        return dates.earliest(value) if value else None
    except dates.PartialDateError:
        return None


def layout(
    profile: dict,
    lang: str,
    today: date,
    measure,
    width: int = WIDTH,
    arabic_digits: bool = False,
) -> Timeline | None:
    """The timeline of a (redacted) profile, or None when it has no dated record.

    ``arabic_digits``: the vault's setting; years, dates and counts follow it in Arabic.

    ``measure(text, size)`` gives a label's width in pixels (charts._width in our fonts).
    """
    points: list[date] = []
    for det in profile.get("detentions") or []:
        points += [d for d in (_day(det.get("arrest_date")), _day(det.get("release_date"))) if d]
    for case in profile.get("cases") or []:
        points += [d for d in (_day(s.get("date")) for s in case.get("proceedings") or []) if d]
    points += [d for d in (_day(e.get("date")) for e in profile.get("events") or []) if d]
    if not points:
        return None
    start = date(min(points).year, 1, 1)
    end = (
        max([*points, today])
        if any(_open(d) for d in profile.get("detentions") or [])
        else max(points)
    )
    end = date(end.year + 1, 1, 1)
    span_days = (end - start).days or 1
    rtl = lang == "ar"

    def x(day: date) -> float:
        share = (day - start).days / span_days
        return MARGIN + (1 - share if rtl else share) * (width - 2 * MARGIN)

    tl = Timeline(lang, width)
    for year in range(start.year, end.year + 1):
        tl.years.append((x(date(year, 1, 1)), wording.digits(str(year), lang, arabic_digits)))
    renewals = 0
    for det in profile.get("detentions") or []:
        arrest, release = _day(det.get("arrest_date")), _day(det.get("release_date"))
        if not arrest:
            continue
        tl.spans.append(Span("detention", x(arrest), x(release or today), COLORS["detention"]))
        tl.markers.append(
            Marker(
                x(arrest),
                f"{_WORDS['arrest'][lang]} {wording.date_text(det['arrest_date'], lang, arabic_digits)}",
                COLORS["detention"],
            )
        )
        gone = _day(det.get("disappeared_until"))
        if gone:
            tl.spans.append(
                Span(
                    "disappearance",
                    x(arrest),
                    x(gone),
                    COLORS["disappearance"],
                    _WORDS["disappearance"][lang],
                )
            )
        for i, place in enumerate(det.get("facilities") or []):
            begin, finish = (
                _day(place.get("from")) or arrest,
                _day(place.get("to")) or release or today,
            )
            name = pick(place.get("name"), lang)
            tl.spans.append(Span("facility", x(begin), x(finish), FACILITY_COLORS[i % 2], name))
        if release:
            text = f"{_WORDS['release'][lang]} {wording.date_text(det['release_date'], lang, arabic_digits)}"
            tl.markers.append(Marker(x(release), text, COLORS["release"]))
    recycled = set(facts_mod.compute(profile, today=today).recycled_cases)
    for case in profile.get("cases") or []:
        joined = _day(case.get("joined_date"))
        if joined:
            number = wording.digits(
                "/".join(str(v) for v in (case.get("number"), case.get("year")) if v),
                lang,
                arabic_digits,
            )
            text = f"{_WORDS['case'][lang]} {number}".strip()
            if case.get("id") in recycled:
                text += f" ({_WORDS['recycled'][lang]})"
            tl.markers.append(Marker(x(joined), text, COLORS["case"]))
        for session in case.get("proceedings") or []:
            day = _day(session.get("date"))
            if day and facts_mod.renews_detention(session):
                tl.ticks.append(x(day))
                renewals += 1
        sentence = _day((case.get("sentence") or {}).get("date"))
        if sentence:
            tl.markers.append(Marker(x(sentence), _WORDS["sentence"][lang], COLORS["case"]))
    for event in profile.get("events") or []:
        event_start = _day(event.get("date"))
        if not event_start:
            continue
        text = label("event_type", event.get("type"), lang)
        event_end = _day(event.get("end_date"))
        if event_end:
            tl.spans.append(Span("event", x(event_start), x(event_end), COLORS["event"], text))
        tl.markers.append(Marker(x(event_start), text, COLORS["event"]))
    if renewals:
        if rtl:  # the noun agrees with the count: جلستان، 5 جلسات، 30 جلسة
            text = f"تجديد الحبس: {wording.count(renewals, 'session', lang, arabic_digits)}"
        else:
            text = f"{wording.number(renewals, lang, arabic_digits)} {_WORDS['sessions'][lang]}"
        tl.markers.append(Marker(min(tl.ticks) if rtl else max(tl.ticks), text, COLORS["session"]))
    _place_labels(tl, measure)
    return tl


def _open(det: dict) -> bool:
    return bool(det.get("arrest_date")) and not det.get("release_date")


def _place_labels(tl: Timeline, measure) -> None:
    """Each label starts at its marker (towards the reading direction) and takes the first row
    where it overlaps no label already set; a label that would leave the picture is turned
    back from its marker."""
    taken: list[list[tuple[float, float]]] = []
    rtl = tl.lang == "ar"
    for marker in sorted(tl.markers, key=lambda m: -m.x if rtl else m.x):
        w = measure(marker.text, LABEL_SIZE) + 4
        forward = (marker.x - w, marker.x) if rtl else (marker.x, marker.x + w)
        if forward[0] < 0 or forward[1] > tl.width:
            forward = (marker.x, marker.x + w) if rtl else (marker.x - w, marker.x)
        left, right = max(0.0, forward[0]), min(float(tl.width), forward[1])
        for row, boxes in enumerate(taken):
            if all(right + GAP <= a or left >= b + GAP for a, b in boxes):
                boxes.append((left, right))
                marker.row = row
                break
        else:
            taken.append([(left, right)])
            marker.row = len(taken) - 1
        marker.box = (left, right)
    tl.rows = len(taken)


LANES = {"detention": 40, "disappearance": 40, "facility": 62, "event": 84}


def render_svg(tl: Timeline, title: str) -> str:
    rtl = tl.lang == "ar"
    family = "Noto Naskh Arabic, Noto Sans, sans-serif" if rtl else "Noto Sans, sans-serif"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{tl.width}" height="{tl.height}" '
        f'viewBox="0 0 {tl.width} {tl.height}" role="img" font-family="{family}" '
        f'direction="{"rtl" if rtl else "ltr"}" xml:lang="{tl.lang}">',
        f"<title>{html.escape(title)}</title>",
    ]
    for shape in tl.shapes:
        if isinstance(shape, Line):
            dash = ' stroke-dasharray="2 2"' if shape.dashed else ""
            out.append(
                f'<line x1="{shape.x1:.1f}" y1="{shape.y1:.1f}" x2="{shape.x2:.1f}" '
                f'y2="{shape.y2:.1f}" stroke="{shape.color}"{dash}/>'
            )
        elif isinstance(shape, Box):
            out.append(
                f'<rect x="{shape.left:.1f}" y="{shape.top:.1f}" width="{shape.width:.1f}" '
                f'height="{shape.height:.1f}" fill="{shape.color}">'
                f"<title>{html.escape(shape.title)}</title></rect>"
            )
        else:
            # Under direction="rtl", text-anchor "start" is the right edge.
            x, anchor = {
                "center": ((shape.left + shape.right) / 2, "middle"),
                "left": (shape.left, "end" if rtl else "start"),
                "right": (shape.right, "start" if rtl else "end"),
            }[shape.align]
            out.append(
                f'<text x="{x:.1f}" y="{shape.baseline:.1f}" font-size="{shape.size}" '
                f'fill="{shape.color}" text-anchor="{anchor}">{html.escape(shape.text)}</text>'
            )
    out.append("</svg>")
    return "\n".join(out) + "\n"
