"""The media kit's cards (issue 14 item 4): sizes, templates, variants, both languages on the
bilingual card, text inside the card, right to left in Arabic, nothing but pixels in the file,
file names that name no one."""

from __future__ import annotations

import copy
import functools
import io
import itertools
import unicodedata
from datetime import date

import pytest
from export_helpers import TODAY
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageStat, features

from profileeditor.core import agenda as ag
from profileeditor.export import export_profiles, pillow_fonts
from profileeditor.export.card import (
    SIZES,
    TEMPLATES,
    VARIANTS,
    TextWriter,
    layout_card,
    render_card,
)
from profileeditor.export.milestone_card import write_milestone_card
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE
from profileeditor.resources import resource

RAQM = [
    pytest.param(True, marks=pytest.mark.skipif(not features.check("raqm"), reason="no raqm")),
    False,
]
LANGS = ("ar", "en", "ar+en")


def _layout(profile, **kw):
    kw.setdefault("lang", "ar")
    return layout_card(
        profile, today=TODAY, legal_limit_days=730, campaign_line=DEFAULT_CAMPAIGN_LINE, **kw
    )


@pytest.fixture(scope="module")
def long_record(consented) -> dict:
    """A name, profession and status far longer than any card line."""
    p = copy.deepcopy(consented[0])
    p["name"] = {
        "ar": "عبد الرحمن محمد عبد الرحمن إبراهيم عبد الفتاح السيد الشناوي المنصوري الدمياطي",
        "en": "Abdel-Rahman Mohamed Abdel-Rahman Ibrahim Abdel-Fattah El-Sayed El-Shenawy "
        "El-Mansoury El-Domyati",
    }
    return p


def _inside(inner, outer) -> bool:
    return (
        inner[0] >= outer[0]
        and inner[1] >= outer[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_card_is_its_size_and_nothing_but_pixels(consented, size, template):
    for lang, variant in itertools.product(LANGS, VARIANTS):
        data = render_card(
            consented[0],
            lang=lang,
            today=TODAY,
            legal_limit_days=730,
            campaign_line=DEFAULT_CAMPAIGN_LINE,
            size=size,
            template=template,
            variant=variant,
        )
        with Image.open(io.BytesIO(data)) as img:
            assert img.format == "PNG"
            assert img.size == SIZES[size]
            assert img.info == {}, (lang, variant, img.info)  # no text chunks, no dpi, no exif
            assert not img.getexif()
            img.load()
            assert not getattr(img, "text", {})


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("use_raqm", RAQM)
def test_text_fits_inside_the_card_and_never_overlaps(
    consented, long_record, size, template, use_raqm
):
    for profile, lang, variant in itertools.product(
        (consented[0], consented[2], long_record), LANGS, VARIANTS
    ):
        img, layout = _layout(
            profile, lang=lang, size=size, template=template, variant=variant, use_raqm=use_raqm
        )
        card = (0, 0, *img.size)
        where = (size, template, lang, variant, profile["name"]["en"][:12])
        assert layout.texts, where
        boxes = [t.box for t in layout.texts]
        for text in layout.texts:
            assert _inside(text.box, card), (where, text)
            if text.role == "line":
                assert layout.band and _inside(text.box, layout.band), (where, text)
            else:
                assert _inside(text.box, layout.region), (where, text)
                if layout.photo:
                    assert not _overlap(text.box, layout.photo), (where, text)
                if layout.band:
                    assert not _overlap(text.box, layout.band), (where, text)
        for a, b in itertools.combinations(boxes, 2):
            assert not _overlap(a, b), (where, a, b)
        # Each line is really drawn: ink differs from the ground inside its box.
        for text in layout.texts:
            crop = img.crop(text.box).convert("L")
            assert crop.getextrema()[0] != crop.getextrema()[1], (where, text)
        assert {"name", "figure", "caption"} <= {t.role for t in layout.texts}, where


def _ground(img, layout):
    """The card's ground colour: the commonest in the region where the lines go."""
    crop = img.crop(layout.region)
    return max(crop.getcolors(crop.width * crop.height))[1]


def _stray_ink(img, layout, slack: int = 2):
    """The box of whatever is drawn off the ground between the top bar and the band that is
    neither the photo nor inside a line's own box (grown by ``slack`` pixels), or None. Found
    from the pixels, so a box that the layout measured wrong, or text drawn past the card's
    edge (cut off there), shows."""
    ground = _ground(img, layout)
    width, height = img.size
    top = 0
    while img.getpixel((0, top)) != ground:  # the accent bar along the top
        top += 1
    bottom = layout.band[1] if layout.band else height
    masked = img.copy()
    paint = ImageDraw.Draw(masked)
    for box in [layout.photo] if layout.photo else []:
        paint.rectangle((box[0] - 1, box[1] - 1, box[2], box[3]), fill=ground)
    for text in layout.texts:
        x0, y0, x1, y1 = text.box
        paint.rectangle((x0 - slack, y0 - slack, x1 + slack - 1, y1 + slack - 1), fill=ground)
    area = (0, top, width, bottom)
    diff = ImageChops.difference(
        masked.crop(area), Image.new("RGB", masked.crop(area).size, ground)
    )
    stray = diff.convert("L").point(lambda v: 255 if v > 40 else 0).getbbox()
    return None if stray is None else (stray[0], stray[1] + top, stray[2], stray[3] + top)


@functools.cache
def _characters_of(arabic: bool, bold: bool) -> frozenset[int]:
    """The characters with a glyph in the face a card line is drawn in (Pillow has no fallback
    font: any other character is an empty box)."""
    if arabic:
        font = TTFont(io.BytesIO(pillow_fonts.arabic_font_bytes(bold)))
    else:
        weight = "Bold" if bold else "Regular"
        font = TTFont(str(resource("fonts", f"{pillow_fonts.LATIN_FACE}-{weight}.ttf")))
    return frozenset(font.getBestCmap())


def _missing_glyphs(text: str, bold: bool) -> set[str]:
    arabic = any(unicodedata.bidirectional(ch) in ("AL", "R") for ch in text)
    drawn = _characters_of(arabic, bold)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in drawn}


def _shortened_at_a_word(shown: str, full: str) -> bool:
    """``shown`` is ``full`` cut after a whole word, with an ellipsis saying so."""
    if not shown.endswith("…"):
        return False
    kept = shown[:-1]
    return bool(kept) and full.startswith(kept) and full[len(kept)] in " ,،-"


LONG_AR = "عبد الرحمن محمد عبد الرحمن إبراهيم عبد الفتاح السيد الشناوي المنصوري الدمياطي"
LONG_EN = (
    "Abdel-Rahman Mohamed Abdel-Rahman Ibrahim Abdel-Fattah El-Sayed El-Shenawy El-Mansoury "
    "El-Domyati"
)
NAMES = [
    {"ar": LONG_AR, "en": LONG_EN},  # longer than a line, fits once shrunk
    {"ar": " ".join([LONG_AR] * 3), "en": " ".join([LONG_EN] * 3)},  # must be shortened
]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("use_raqm", RAQM)
def test_long_names_stay_inside_the_card_and_are_shortened_at_a_word(
    consented, size, template, use_raqm
):
    shortened = set()
    for names, lang in itertools.product(NAMES, LANGS):
        profile = copy.deepcopy(consented[0])
        profile["name"] = dict(names)
        img, layout = _layout(profile, lang=lang, size=size, template=template, use_raqm=use_raqm)
        where = (size, template, lang, len(names["en"]))
        assert _stray_ink(img, layout) is None, where
        shown = layout.of("name")
        assert {t.lang for t in shown} == set(lang.split("+")), where
        for name in shown:
            full = names[name.lang]
            # Drawn: ink in its box; the box inside the card with room to spare.
            crop = img.crop(name.box).convert("L")
            assert crop.getextrema()[0] != crop.getextrema()[1], (where, name)
            x0, y0, x1, y1 = name.box
            assert x0 >= 20 and y0 >= 20 and x1 <= img.width - 20 and y1 <= img.height - 20
            if name.text != full:
                assert _shortened_at_a_word(name.text, full), (where, name.text)
                shortened.add(name.lang)
            # Every character drawn, the ellipsis too: no empty box in its place.
            assert not _missing_glyphs(name.text, bold=True), (where, name.text)
    assert shortened == {"ar", "en"}  # the triple names were shortened in both languages


def test_the_ink_check_sees_text_outside_its_box(consented):
    """A positive control for _stray_ink: a name drawn past its box (here, a second copy beside
    the card's edge) is found."""
    img, layout = _layout(consented[0], lang="en", size="link")
    assert _stray_ink(img, layout) is None
    name = layout.of("name")[0]
    TextWriter(ImageDraw.Draw(img), "en", False, img.width).draw_at(
        img.width - 30, name.box[1], name.text, name.size, (255, 255, 255), True
    )
    stray = _stray_ink(img, layout)
    assert stray and stray[0] >= img.width - 32, stray


def test_long_names_shrink_then_shorten_but_stay_whole_when_they_fit(consented, long_record):
    _, layout = _layout(consented[0], lang="en", size="link")
    assert layout.of("name")[0].text == consented[0]["name"]["en"]
    for size in SIZES:
        _, layout = _layout(long_record, lang="en", size=size, template="figure")
        # The figure card has the room: the long name is whole, in a smaller type.
        name = layout.of("name")[0]
        assert name.text == long_record["name"]["en"], size
        assert name.size < layout.of("caption")[0].size


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_bilingual_card_shows_both_languages(consented, template, variant):
    profile = consented[0]
    for size in SIZES:
        _, both = _layout(profile, lang="ar+en", size=size, template=template, variant=variant)
        for role in ("name", "caption", "line"):
            ar, en = both.of(role, "ar"), both.of(role, "en")
            assert len(ar) == 1 and len(en) == 1, (size, role)
            assert any("\u0600" <= ch <= "\u06ff" for ch in ar[0].text)
            assert en[0].text.isascii()
            # Arabic first, its English under it.
            assert ar[0].box[3] <= en[0].box[1]
        assert both.of("name", "ar")[0].text == profile["name"]["ar"]
        assert both.of("name", "en")[0].text == profile["name"]["en"]
        assert both.of("line", "en")[0].text == DEFAULT_CAMPAIGN_LINE["en"]
        assert len(both.of("figure")) == 1  # one figure, shared
        # The one-language cards have only their own language.
        for lang in ("ar", "en"):
            _, one = _layout(profile, lang=lang, size=size, template=template, variant=variant)
            assert {t.lang for t in one.texts} == {lang}


@pytest.mark.parametrize("use_raqm", RAQM)
def test_arabic_reads_right_to_left(use_raqm):
    """The first word of an Arabic line is drawn at its right end (an English one at its left):
    the ink of the first word alone, aligned to the same edge, matches that end of the line."""
    for lang, text, first in (
        ("ar", "الحرية لسلمى منصور", "الحرية"),
        ("en", "Freedom for Salma", "Freedom"),
    ):
        images = []
        for shown in (text, first):
            img = Image.new("L", (900, 120), 0)
            writer = TextWriter(ImageDraw.Draw(img), lang, use_raqm, 900)
            left, _, right, _ = writer.measure(shown, 48, True)
            x = 880 - right if lang == "ar" else 20 - left
            font = writer.font(shown, 48, True)  # the same baseline for both
            writer.draw.text(
                (x, 20), writer.visual(shown), font=font, fill=255, **writer.direction(font)
            )
            images.append(img)
        line, word = images
        box = word.getbbox()
        assert box
        ink = line.getbbox()
        assert ink
        width = box[2] - box[0]
        # The word's ink compared with each end of the line's ink (within a pixel or two of
        # subpixel placement, which antialiasing shows): it is the start in reading order, the
        # right end in Arabic.
        right_end = _mismatch(line, word, box, ink[2] - width)
        left_end = _mismatch(line, word, box, ink[0])
        start, other = (right_end, left_end) if lang == "ar" else (left_end, right_end)
        assert start * 3 < other, (lang, start, other)


def _mismatch(line, word, box, x) -> float:
    piece = word.crop(box)
    best = 255.0
    for dx in (-2, -1, 0, 1, 2):
        crop = line.crop((x + dx, box[1], x + dx + piece.width, box[3]))
        best = min(best, ImageStat.Stat(ImageChops.difference(crop, piece)).mean[0])
    return best


def test_link_card_mirrors_in_arabic(consented):
    profile = consented[0]
    _, ar = _layout(profile, lang="ar", size="link")
    _, en = _layout(profile, lang="en", size="link")
    width = SIZES["link"][0]
    assert ar.photo and en.photo
    assert ar.photo[0] > width // 2 and ar.region[2] <= ar.photo[0]  # photo right, text left
    assert en.photo[2] < width // 2 and en.region[0] >= en.photo[2]
    for t in ar.texts:
        if t.role != "line":
            assert t.rtl and t.box[2] == ar.region[2]  # flush right
    for t in en.texts:
        if t.role != "line":
            assert not t.rtl and t.box[0] == en.region[0]  # flush left


def test_days_and_years_variants(consented):
    profile = consented[0]  # held since 10 January 2019
    _, days = _layout(profile, lang="en")
    assert days.of("figure")[0].text == "1,969"
    assert days.of("caption")[0].text == "days in detention"
    _, years = _layout(profile, lang="en", variant="years")
    assert years.of("figure")[0].text == "5"
    assert years.of("caption")[0].text == "years in detention"
    assert "since 10 January 2019" in years.of("detail")[0].text
    _, years_ar = _layout(profile, lang="ar", variant="years")
    assert years_ar.of("caption")[0].text == "سنوات في الاحتجاز"
    assert "منذ 10 يناير 2019" in years_ar.of("detail")[0].text
    _, days_ar = _layout(profile, lang="ar")
    assert days_ar.of("caption")[0].text == "يومًا في الاحتجاز"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", list(SIZES))
def test_milestone_card_in_every_size(tmp_path, consented, lang, size):
    profile = consented[0]
    item = ag.Item(day=date(2021, 10, 6), kind=ag.DAYS, profile_id=profile["id"],
                   name=profile["name"], count=1000)  # fmt: skip
    out = write_milestone_card(
        profile,
        item,
        tmp_path / "m.png",
        lang=lang,
        legal_limit_days=730,
        campaign_line=DEFAULT_CAMPAIGN_LINE,
        size=size,
        template="figure",
    )
    with Image.open(out) as img:
        assert img.size == SIZES[size] and img.info == {}
    _, layout = _layout(
        profile,
        lang=lang,
        size=size,
        milestone={"ar": ("1000", "يوم في الاحتجاز"), "en": ("1,000", "days in detention")},
    )
    assert layout.variant == "milestone"
    assert layout.of("figure")[0].text == ("1,000" if lang == "en" else "1000")
    captions = {t.lang: t.text for t in layout.of("caption")}
    if lang != "en":
        assert captions["ar"] == "يوم في الاحتجاز"
    if lang != "ar":
        assert captions["en"] == "days in detention"


@pytest.mark.parametrize("readable", [False, True])
def test_card_file_names_name_no_one_unless_asked(tmp_path, consented, readable):
    out = tmp_path / "cards"
    files = export_profiles(
        consented,
        "card",
        out,
        lang="ar+en",
        today=TODAY,
        card_size="square",
        card_template="figure",
        card_variant="years",
        readable_names=readable,
    )
    assert len(files) == len(consented)
    assert files[0].name.startswith("card-001-square-ar-en")
    for path, profile in zip(files, consented, strict=True):
        with Image.open(path) as img:
            assert img.size == SIZES["square"]
        words = [w.lower() for w in profile["name"]["en"].replace("-", " ").split() if len(w) > 3]
        words += profile["name"]["ar"].split()
        named = [w for w in words if w in path.name.lower()]
        if readable:
            assert named, path.name
        else:
            assert not named, path.name
            assert profile["id"] not in path.name
    assert not list(out.glob(".partial-*"))


def test_the_vaults_digits_setting_reaches_the_card(tmp_path, consented, vault):
    """Arabic-Indic digits, when the vault asks for them (the dossiers' setting), on Arabic
    cards only; the file from export_from_vault is the card laid out so."""
    from profileeditor.core import wording
    from profileeditor.export import export_from_vault
    from profileeditor.importers.json_import import import_document

    _, plain = _layout(consented[0], lang="ar")
    _, indic = _layout(consented[0], lang="ar", arabic_digits=True, variant="years")
    assert plain.of("figure")[0].text == "1969"
    assert indic.of("figure")[0].text == "٥"
    assert "١٠ يناير ٢٠١٩" in indic.of("detail")[0].text
    _, english = _layout(consented[0], lang="en", arabic_digits=True)
    assert english.of("figure")[0].text == "1,969"

    import_document(
        vault.repository,
        {
            "format": "profileeditor.profiles",
            "version": 1,
            "profiles": copy.deepcopy(consented[:1]),
        },
    )
    repo = vault.repository
    out = tmp_path / "one.png"
    export_from_vault(repo, repo.ids(), "card", out, lang="ar", today=TODAY)
    with Image.open(out) as img:
        without = img.tobytes()
    repo.set_setting(wording.SETTING_ARABIC_DIGITS, True)
    export_from_vault(repo, repo.ids(), "card", out, lang="ar", today=TODAY)
    with Image.open(out) as img:
        assert img.tobytes() != without
    stored = repo.get_profile(repo.ids()[0])
    expected, _ = _layout(stored, lang="ar", arabic_digits=True)
    with Image.open(out) as img:
        assert img.tobytes() == expected.tobytes()


def test_the_websites_preview_card_is_the_link_size(tmp_path, consented):
    """A person page's OpenGraph/Twitter image is the 1200×675 link card, and says so."""
    out = tmp_path / "site"
    export_profiles(consented[:2], "site", out, today=TODAY)
    cards = sorted((out / "assets" / "cards").glob("*.jpg"))
    assert len(cards) == 4  # two people, two languages
    for card in cards:
        with Image.open(card) as img:
            assert img.size == SIZES["link"]
            assert not img.getexif() and "exif" not in img.info
    page = next((out / "en" / "people").glob("*.html")).read_text(encoding="utf-8")
    assert '<meta property="og:image:width" content="1200">' in page
    assert '<meta property="og:image:height" content="675">' in page


def test_milestone_lines_agree_with_their_figure():
    from profileeditor.core import agenda_words as words

    def item(kind, count):
        return ag.Item(day=date(2026, 1, 1), kind=kind, profile_id="x", name={}, count=count)

    assert words.milestone_card_line(item(ag.DAYS, 1000), "ar") == ("1000", "يوم في الاحتجاز")
    assert words.milestone_card_line(item(ag.DAYS, 1500), "ar")[1] == "يوم في الاحتجاز"
    assert words.milestone_card_line(item(ag.LEGAL_LIMIT, 730), "ar")[1].startswith("يومًا:")
    assert words.milestone_card_line(item(ag.LEGAL_LIMIT, 540), "ar")[1].startswith("يومًا:")
    assert words.milestone_card_line(item(ag.LEGAL_LIMIT, 730), "en") == (
        "730",
        "days: beyond the legal limit on pretrial detention",
    )
