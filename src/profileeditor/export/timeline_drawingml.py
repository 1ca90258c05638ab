"""A timeline (export/timeline.py's shapes) as DrawingML for the Word dossier: one inline group
(``wpg:wgp``) of shapes, so that the picture stays vector and its labels stay text that Word and
LibreOffice shape, order, search and read aloud.

Lines of one colour and dash are one shape with a custom path (a picture with thirty renewal
ticks is one shape, not thirty); each span is a rectangle; each label a text box without
border, inset or wrap, its paragraph right to left in Arabic (``w:bidi``) and its runs marked by
script as in the rest of the dossier (docx._segments). Nothing but the shapes: no picture, so
nothing to strip of metadata.
"""

from __future__ import annotations

from html import escape

from docx.oxml.parser import parse_xml

from profileeditor.export import timeline as timeline_mod
from profileeditor.export.docx import ARABIC_FONT, LATIN_FONT, _segments

_EMU_PER_CM = 360000
_PT_PER_CM = 72 / 2.54
LINE_EMU = 6350  # 0.5 pt
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
_NO_LINE = "<a:ln><a:noFill/></a:ln>"


def _color(color: str) -> str:
    return color.lstrip("#").upper()


def _xfrm(x: int, y: int, cx: int, cy: int) -> str:
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'


def _run(text: str, script: str, color: str, half_points: int) -> str:
    rtl = "<w:rtl/>" if script == "ar" else ""
    lang = '<w:lang w:bidi="ar-EG"/>' if script == "ar" else ""
    space = ' xml:space="preserve"' if text.strip() != text else ""
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" '
        f'w:cs="{ARABIC_FONT}"/><w:color w:val="{color}"/><w:sz w:val="{half_points}"/>'
        f'<w:szCs w:val="{half_points}"/>{rtl}{lang}</w:rPr>'
        f"<w:t{space}>{escape(text, quote=False)}</w:t></w:r>"
    )


def drawing_xml(tl: timeline_mod.Timeline, width_cm: float, ident: int, description: str) -> str:
    """The ``w:drawing`` of ``tl`` at ``width_cm`` across; ``ident`` its unique drawing id."""
    emu = width_cm * _EMU_PER_CM / tl.width  # EMU per layout unit
    pt = width_cm * _PT_PER_CM / tl.width  # points per layout unit
    cx, cy = round(tl.width * emu), round(tl.height * emu)
    rtl = tl.lang == "ar"
    boxes: list[str] = []
    labels: list[str] = []
    # Lines by colour and dash, one shape each, kept behind the spans (the axis and its years)
    # or over them (the session ticks and the leaders) as the shapes' order puts them.
    paths: dict[tuple[bool, str, bool], list[str]] = {}
    for shape in tl.shapes:
        if isinstance(shape, timeline_mod.Line):
            paths.setdefault((bool(boxes), shape.color, shape.dashed), []).append(
                f'<a:moveTo><a:pt x="{round(shape.x1 * emu)}" y="{round(shape.y1 * emu)}"/>'
                f'</a:moveTo><a:lnTo><a:pt x="{round(shape.x2 * emu)}" '
                f'y="{round(shape.y2 * emu)}"/></a:lnTo>'
            )
        elif isinstance(shape, timeline_mod.Box):
            boxes.append(
                "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
                + _xfrm(
                    round(shape.left * emu),
                    round(shape.top * emu),
                    round(shape.width * emu),
                    round(shape.height * emu),
                )
                + '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                f'<a:solidFill><a:srgbClr val="{_color(shape.color)}"/></a:solidFill>'
                f"{_NO_LINE}</wps:spPr><wps:bodyPr/></wps:wsp>"
            )
        else:
            half_points = max(2, round(shape.size * pt * 2))
            runs = "".join(
                _run(piece, script, _color(shape.color), half_points)
                for piece, script in _segments(shape.text, tl.lang)
            )
            # The paragraph's start is its reading side: right in Arabic, left in English.
            jc = '<w:jc w:val="center"/>' if shape.align == "center" else ""
            bidi = "<w:bidi/>" if rtl else ""
            # The box runs from a line's height above the baseline to a little below it; the
            # text sits on its bottom edge (anchor "b"), so it lands on the layout's baseline.
            top = shape.baseline - shape.size * 1.6
            bottom = shape.baseline + shape.size * 0.45
            # Word and LibreOffice wrap a box's text even with wrap="none" when their font is
            # wider than ours (a fallback font): the box grows away from its aligned edge
            # (the text does not move), to the picture's edge.
            left, right = shape.left, shape.right
            room = (right - left) * 0.6 + 20
            if shape.align == "left":
                right = min(tl.width, right + room)
            elif shape.align == "right":
                left = max(0.0, left - room)
            labels.append(
                '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
                + _xfrm(
                    round(left * emu),
                    round(top * emu),
                    round((right - left) * emu),
                    round((bottom - top) * emu),
                )
                + '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
                f"{_NO_LINE}</wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr>{bidi}"
                '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                f"{jc}</w:pPr>{runs}</w:p></w:txbxContent></wps:txbx>"
                '<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" '
                'bIns="0" anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            )
    lines: dict[bool, list[str]] = {False: [], True: []}
    for (over, color, dashed), segments in paths.items():
        dash = '<a:prstDash val="sysDash"/>' if dashed else ""
        lines[over].append(
            "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
            + _xfrm(0, 0, cx, cy)
            + '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" '
            f'b="b"/><a:pathLst><a:path w="{cx}" h="{cy}" fill="none">{"".join(segments)}'
            f'</a:path></a:pathLst></a:custGeom><a:noFill/><a:ln w="{LINE_EMU}">'
            f'<a:solidFill><a:srgbClr val="{_color(color)}"/></a:solidFill>{dash}</a:ln>'
            "</wps:spPr><wps:bodyPr/></wps:wsp>"
        )
    return (
        f'<w:drawing {_NS}><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{ident}" name="Timeline {ident}" descr="{escape(description)}"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>'
        + "".join(lines[False] + boxes + lines[True] + labels)
        + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


def drawing(tl: timeline_mod.Timeline, width_cm: float, ident: int, description: str):
    """``drawing_xml`` as an element for a run."""
    return parse_xml(drawing_xml(tl, width_cm, ident, description))
