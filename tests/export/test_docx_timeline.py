"""The timeline in the Word dossier is DrawingML drawn from the one layout (export/timeline.py's
shapes): every label a text box in its language's direction, placed where the layout put it,
time right to left in Arabic; the SVG draws the same shapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

import pytest
from test_media_kit import TODAY, long_record

from profileeditor.export import charts, export_profiles, first_page, timeline, timeline_drawingml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
WPG = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}"


def _layout(profile, lang):
    return timeline.layout(
        profile, lang, TODAY, lambda text, size: charts.text_width(text, size, lang)
    )


def _text_boxes(group) -> list[tuple[int, int, str, bool]]:
    """(left, width, text, right-to-left paragraph) of each text box of a wpg group."""
    boxes = []
    for shape in group.iter(f"{WPS}wsp"):
        content = shape.find(f"{WPS}txbx/{W}txbxContent")
        if content is None:
            continue
        off = shape.find(f"{WPS}spPr/{A}xfrm/{A}off")
        ext = shape.find(f"{WPS}spPr/{A}xfrm/{A}ext")
        paragraph = content.find(f"{W}p")
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        rtl = paragraph.find(f"{W}pPr/{W}bidi") is not None
        boxes.append((int(off.get("x")), int(ext.get("cx")), text, rtl))
    return boxes


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_drawing_draws_the_layouts_labels(samples, lang):
    tl = _layout(long_record(samples), lang)
    group = ET.fromstring(timeline_drawingml.drawing_xml(tl, 17.0, 7, "t")).find(f".//{WPG}wgp")
    boxes = _text_boxes(group)
    labels = [s for s in tl.shapes if isinstance(s, timeline.Label)]
    assert [text for _, _, text, _ in boxes] == [label.text for label in labels]
    assert all(rtl == (lang == "ar") for *_, rtl in boxes)
    # Arrest is drawn at the reading start: right in Arabic, left in English.
    arrest = next(b for b in boxes if b[2].startswith(("القبض", "Arrest")))
    strike = next(b for b in boxes if "إضراب" in b[2] or "Hunger" in b[2])
    assert (arrest[0] > strike[0]) == (lang == "ar")
    # The spans are the layout's boxes, one rectangle each.
    rects = [
        s
        for s in group.iter(f"{WPS}wsp")
        if s.find(f"{WPS}spPr/{A}prstGeom[@prst='rect']") is not None
        and s.find(f"{WPS}txbx") is None
    ]
    assert len(rects) == sum(isinstance(s, timeline.Box) for s in tl.shapes)


def test_svg_draws_the_same_shapes(samples):
    tl = _layout(long_record(samples), "en")
    svg = ET.fromstring(timeline.render_svg(tl, "Timeline"))
    ns = "{http://www.w3.org/2000/svg}"
    assert len(svg.findall(f"{ns}text")) == sum(isinstance(s, timeline.Label) for s in tl.shapes)
    assert len(svg.findall(f"{ns}rect")) == sum(isinstance(s, timeline.Box) for s in tl.shapes)
    assert len(svg.findall(f"{ns}line")) == sum(isinstance(s, timeline.Line) for s in tl.shapes)


def test_dossier_holds_one_drawing_per_profile_and_language(tmp_path, samples):
    out = tmp_path / "d.docx"
    export_profiles([long_record(samples)], "docx", out, lang="ar+en", level="public", today=TODAY)
    with zipfile.ZipFile(out) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        # Nothing of the time of day in the zip (ooxml's rule, kept by the streamed writer).
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    groups = list(root.iter(f"{WPG}wgp"))
    assert len(groups) == 2
    directions = [all(rtl for *_, rtl in _text_boxes(g)) for g in groups]
    assert directions == [True, False]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_label_widths_from_words_are_never_narrow(samples, lang):
    """The first page measures labels from their words' widths (cached): never narrower than
    the label measured whole, so boxes set apart by the layout stay apart."""
    for profile in [long_record(samples), *samples]:
        tl = _layout(profile, lang)
        for marker in tl.markers if tl else []:
            whole = charts.text_width(marker.text, timeline.LABEL_SIZE, lang)
            assert first_page.label_width(marker.text, timeline.LABEL_SIZE, lang) >= whole
