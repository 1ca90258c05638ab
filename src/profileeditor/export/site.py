"""A self-contained static website of the detained, in Arabic and English, built offline.

Any static host or a USB stick can serve the folder; it works from ``file://`` too. What it holds
is what a public dossier holds: the public level, and only people with full consent
(``core.levels``) — a website is publication, so there is no override. Nothing on a page asks
another host for anything: fonts (subset WOFF2), photos, styles and the search script are in the
folder, and a Content-Security-Policy tells the browser to refuse anything else.

Layout::

    index.html              Arabic list (the coalition's first language); en/index.html English
    ar/people/0001.html     a page per person and language (numbers, not names, unless
    en/people/0001.html     ``readable_names``: a seized copy's file listing names no one)
    ar/statistics.html …    campaign figures
    assets/                 site.css, search.js, fonts/, photos/ (metadata-free, web sizes),
                            cards/ (OpenGraph / Twitter card images)
    sitemap.xml, robots.txt

Day counts are fixed at the build date and say "as of" it. The list works with JavaScript off;
search and filters need it, and fold Arabic exactly as the app does (the fold tables are written
into search.js from ``core.arabic``).
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fontTools import subset as font_subset
from fontTools.ttLib import TTFont
from PIL import Image

from profileeditor.core import arabic, statistics, wording
from profileeditor.core import facts as facts_mod
from profileeditor.core.levels import select_for_level
from profileeditor.core.vocab import label
from profileeditor.export import charts as charts_mod
from profileeditor.export import timeline
from profileeditor.export.card import render_card
from profileeditor.export.content import ProfileView, build_view, photo_bytes, pick
from profileeditor.export.strings import s
from profileeditor.resources import resource

LANGS = ("ar", "en")
PHOTO_SIDE = 800  # the person page
THUMB_SIDE = 320  # the list; lazy-loaded
BAR_WIDTH = 160
# What a site holds at its root: a folder holding only these may be replaced by a new site.
SITE_ROOT_ENTRIES = frozenset({"index.html", "assets", "ar", "en", "sitemap.xml", "robots.txt"})
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; script-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)


class SiteError(Exception):
    """The site could not be built; the message says why in one line."""


def h(text: object) -> str:
    """Escaped for HTML text and attributes; the bidi marks the PDF needs go (HTML isolates
    with <bdi> instead)."""
    return html.escape(str(text).replace("\u200e", "").replace("\u200f", ""), quote=True)


def bdi(text: object) -> str:
    return f"<bdi>{h(text)}</bdi>"


@dataclass
class Person:
    number: int
    slug: str
    profile: dict
    views: dict[str, ProfileView]
    figures: facts_mod.Facts
    has_photo: bool


def _slug(profile: dict, number: int, readable: bool) -> str:
    if not readable:
        return f"{number:04d}"
    name = pick(profile.get("name"), "en")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60]
    return f"{slug}-{number:04d}" if slug else f"{number:04d}"


# -- pages -----------------------------------------------------------------------------------


def _page(
    lang: str,
    *,
    title: str,
    body: str,
    root: str,
    here: str,
    description: str = "",
    image: str | None = None,
    base_url: str | None,
    campaign_line: dict,
) -> str:
    """One HTML page. ``root`` is the way back to the site's root from the page; ``here`` the
    page's path from the root, the same in both languages apart from the language folder."""
    other = "en" if lang == "ar" else "ar"
    other_path = _lang_path(here, other)
    dir_ = "rtl" if lang == "ar" else "ltr"
    meta = [
        f'<meta property="og:title" content="{h(title)}">',
        f'<meta property="og:locale" content="{"ar_EG" if lang == "ar" else "en_GB"}">',
        '<meta property="og:type" content="website">',
    ]
    if description:
        meta.append(f'<meta name="description" content="{h(description)}">')
        meta.append(f'<meta property="og:description" content="{h(description)}">')
    if image:
        url = f"{base_url.rstrip('/')}/{image}" if base_url else root + image
        meta.append(f'<meta property="og:image" content="{h(url)}">')
        meta.append('<meta property="og:image:width" content="1200">')
        meta.append('<meta property="og:image:height" content="675">')
        meta.append('<meta name="twitter:card" content="summary_large_image">')
    if base_url:
        meta.append(f'<link rel="canonical" href="{h(base_url.rstrip("/") + "/" + here)}">')
    meta.append(f'<link rel="alternate" hreflang="{other}" href="{h(root + other_path)}">')
    line = campaign_line.get(lang) or ""
    return f"""<!doctype html>
<html lang="{lang}" dir="{dir_}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<title>{h(title)}</title>
{chr(10).join(meta)}
<link rel="stylesheet" href="{root}assets/site.css">
<link rel="icon" type="image/png" href="{root}assets/icon.png">
</head>
<body>
<a class="skip" href="#main">{h(s("site_skip", lang))}</a>
<header>
<div class="site">
<a class="title" href="{root}{_lang_path("index.html", lang)}">{h(s("site_title", lang))}</a>
<nav aria-label="{h(s("site_title", lang))}">
<a href="{root}{_lang_path("index.html", lang)}">{h(s("site_people", lang))}</a>
<a href="{root}{_lang_path("statistics.html", lang)}">{h(s("site_statistics", lang))}</a>
<a href="{root}{other_path}" hreflang="{other}" lang="{other}">{h(s("site_other_language", lang))}</a>
</nav>
</div>
{f'<p class="campaign">{h(line)}</p>' if line else ""}
</header>
<main id="main">
{body}
</main>
<footer><p>{h(s("site_footer", lang))}</p></footer>
</body>
</html>
"""


def _lang_path(here: str, lang: str) -> str:
    """A page's path from the root in ``lang``: Arabic pages sit at the root and under ar/,
    English ones under en/ (``here`` is written without the language)."""
    if lang == "ar":
        return here if here == "index.html" else f"ar/{here}"
    return f"en/{here}"


def _root_of(path: str) -> str:
    return "../" * path.count("/")


def _days_text(figures: facts_mod.Facts, lang: str) -> tuple[str, str] | None:
    """The figure of days in the current detention and the words after it, whose noun agrees
    with it (core/wording.py): ("1,000", "يوم في الاحتجاز"), ("5", "أيام في الاحتجاز"),
    ("730", "days in detention"); None when the person is not held now."""
    days = figures.current_days
    if not figures.currently_detained or days is None:
        return None
    return f"{days:,}", f"{wording.counted_noun(days, 'day', lang)} {s('in_detention', lang)}"


def _index(people: list[Person], lang: str, today: date, **page) -> str:
    here = "index.html"
    path = _lang_path(here, lang)
    root = _root_of(path)
    statuses = sorted({str(p.profile["status"]) for p in people if p.profile.get("status")})
    professions = sorted(
        {str(p.profile["profession"]) for p in people if p.profile.get("profession")}
    )

    def options(list_name: str, codes: Iterable[str]) -> str:
        items = [f'<option value="">{h(s("site_all", lang))}</option>']
        items += [f'<option value="{h(c)}">{h(label(list_name, c, lang))}</option>' for c in codes]
        return "".join(items)

    cards = []
    for person in people:
        view = person.views[lang]
        profile = person.profile
        haystack = " ".join(
            [
                *(profile.get("name") or {}).values(),
                *(profile.get("aliases") or []),
                *(f"{c.get('number', '')}/{c.get('year', '')}" for c in profile.get("cases") or []),
                *(str(c.get("number", "")) for c in profile.get("cases") or []),
            ]
        )
        image = (
            f'<img src="{root}assets/photos/{person.slug}-thumb.jpg" loading="lazy" '
            f'width="{THUMB_SIDE}" height="{THUMB_SIDE}" '
            f'alt="{h(s("site_photo_of", lang).format(name=view.name))}">'
            if person.has_photo
            else f'<span class="nophoto" role="img" aria-label="{h(s("site_no_photo", lang))}"></span>'
        )
        days = _days_text(person.figures, lang)
        cards.append(
            f'<li data-search="{h(" ".join(arabic.normalize(haystack).split()))}" '
            f'data-status="{h(profile.get("status") or "")}" '
            f'data-profession="{h(profile.get("profession") or "")}">'
            f'<a href="{root}{_lang_path("people/" + person.slug + ".html", lang)}">{image}'
            f'<span class="name">{bdi(view.name)}</span>'
            f'<span class="status">{h(view.status)}</span>'
            + (
                f'<span class="days"><strong>{h(days[0])}</strong> {h(days[1])}</span>'
                if days
                else ""
            )
            + "</a></li>"
        )
    body = f"""<h1>{h(s("site_title", lang))}</h1>
<p class="asof">{h(_as_of(today, lang))}</p>
<div class="tools" id="tools" hidden>
<label>{h(s("site_search", lang))}<input type="search" id="q" autocomplete="off"></label>
<label>{h(s("status", lang))}<select id="status">{options("status", statuses)}</select></label>
<label>{h(s("profession", lang))}<select id="profession">{options("profession", professions)}</select></label>
<p class="count" id="count" aria-live="polite" data-template="{h(s("site_shown", lang))}"></p>
</div>
<ul class="people" id="people">
{chr(10).join(cards)}
</ul>
<script src="{root}assets/search.js"></script>
"""
    return _page(
        lang,
        title=s("site_title", lang),
        body=body,
        root=root,
        here=here,
        description=_as_of(today, lang),
        image=None,
        **page,
    )


def _rows(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<dt>{h(k)}</dt><dd>{bdi(v)}</dd>" for k, v in rows if v)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{h(p.strip())}</p>" for p in re.split(r"\n\s*\n|\n", text) if p.strip())


def _person_page(person: Person, lang: str, today: date, **page) -> str:
    view = person.views[lang]
    here = f"people/{person.slug}.html"
    root = _root_of(_lang_path(here, lang))
    photo = (
        f'<figure><img src="{root}assets/photos/{person.slug}.jpg" '
        f'alt="{h(s("site_photo_of", lang).format(name=view.name))}"></figure>'
        if person.has_photo
        else "<div></div>"
    )
    days = _days_text(person.figures, lang)
    parts = [
        f'<p><a href="{root}{_lang_path("index.html", lang)}">{h(s("site_back", lang))}</a></p>',
        '<article class="person">',
        photo,
        "<div>",
        f"<h1>{bdi(view.name)}</h1>",
        f"<p>{h(view.status)}</p>" if view.status else "",
        (f'<p class="keyfigure">{h(days[0])} <small>{h(days[1])}</small></p>' if days else ""),
        f'<p class="asof">{h(_as_of(today, lang))}</p>',
        f'<h2>{h(s("site_facts", lang))}</h2><dl class="facts">{_rows(view.facts)}</dl>',
        f'<h2>{h(s("site_identity", lang))}</h2><dl class="facts">{_rows(view.identity)}</dl>',
        "</div></article>",
    ]
    chronology = timeline.layout(
        person.profile, lang, today, lambda text, size: charts_mod.text_width(text, size, lang)
    )
    if chronology is not None:
        svg = timeline.render_svg(chronology, f"{s('site_timeline', lang)} — {view.name}")
        parts.append(
            f'<h2>{h(s("site_timeline", lang))}</h2><figure class="timeline">{svg}</figure>'
        )
    if view.bio:
        parts.append(f"<h2>{h(s('site_bio', lang))}</h2>{_paragraphs(view.bio)}")
    if view.detentions:
        parts.append(f"<h2>{h(s('site_detention', lang))}</h2>")
        parts += [f'<dl class="facts">{_rows(rows)}</dl>' for rows in view.detentions]
    if view.cases:
        parts.append(f"<h2>{h(s('site_cases', lang))}</h2>")
        for case in view.cases:
            parts.append(f'<h3>{bdi(case.title)}</h3><dl class="facts">{_rows(case.lines)}</dl>')
            if case.charges:
                items = "".join(f"<li>{h(c)}</li>" for c in case.charges)
                parts.append(f"<p>{h(s('charges', lang))}:</p><ul>{items}</ul>")
    if view.events:
        items = "".join(f"<li>{bdi(when)} — {h(what)}</li>" for when, what in view.events)
        parts.append(f"<h2>{h(s('site_events', lang))}</h2><ul>{items}</ul>")
    sources = person.profile.get("sources") or []
    if sources:
        entries = []
        for source in sources:
            title = h(source.get("title") or source.get("url") or "")
            url = source.get("url") or ""
            link = (
                f'<a href="{h(url)}" rel="noreferrer noopener">{title}</a>'
                if url.startswith(("https://", "http://"))
                else title
            )
            when = f" ({bdi(source['date'])})" if source.get("date") else ""
            entries.append(f"<li>{link}{when}</li>")
        parts.append(f'<h2>{h(s("sources", lang))}</h2><ol class="sources">{"".join(entries)}</ol>')
    description = f"{view.name} — {view.status}" + (f" — {days[0]} {days[1]}" if days else "")
    return _page(
        lang,
        title=view.name,
        body="\n".join(p for p in parts if p),
        root=root,
        here=here,
        description=description,
        image=f"assets/cards/{person.slug}-{lang}.jpg",
        **page,
    )


def _bar(value: int, top: int, lang: str) -> str:
    """A bar drawn inline as SVG (the Content-Security-Policy allows no inline styles), from
    the start of the line in either direction."""
    width = max(2, round(value / (top or 1) * BAR_WIDTH))
    x = BAR_WIDTH - width if lang == "ar" else 0
    return (
        f'<svg class="bar" width="{BAR_WIDTH}" height="12" aria-hidden="true" focusable="false">'
        f'<rect x="{x}" width="{width}" height="12" rx="2"></rect></svg>'
    )


def _table(caption: str, head: str, rows: list[tuple[str, int]], lang: str) -> str:
    """A figure as a table (what screen readers and copy-paste get) with bars beside."""
    if not rows:
        return ""
    top = max(n for _, n in rows)
    body = "".join(
        f'<tr><td>{bdi(name)}</td><td class="n">{n:,}</td><td>{_bar(n, top, lang)}</td></tr>'
        for name, n in rows
    )
    return (
        f'<h2>{h(caption)}</h2><table><thead><tr><th scope="col">{h(head)}</th>'
        f'<th scope="col">{h(s("site_count", lang))}</th><td></td></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _chart_gallery(charts: list[charts_mod.Chart], lang: str, root: str) -> str:
    """The campaign charts as pictures to look at and download (PNG for social media, SVG for
    print); the tables below say the same in text."""
    items = []
    for chart in charts:
        stem = f"{root}assets/charts/{chart.key}-{lang}"
        items.append(
            f'<li><figure><img src="{stem}.svg" width="320" height="320" loading="lazy" '
            f'alt="{h(chart.title)}"><figcaption>{h(chart.title)} — '
            f'<a href="{stem}.png" download>PNG</a> · <a href="{stem}.svg" download>SVG</a>'
            "</figcaption></figure></li>"
        )
    return f'<h2>{h(s("site_charts", lang))}</h2><ul class="charts">{"".join(items)}</ul>'


def _statistics_page(
    figures: statistics.Statistics, lang: str, today: date, charts: list, **page
) -> str:
    here = "statistics.html"
    root = _root_of(_lang_path(here, lang))

    def labelled(list_name: str, counter) -> list[tuple[str, int]]:
        return [
            (label(list_name, code, lang) if code != statistics.UNKNOWN else "—", n)
            for code, n in counter.most_common()
        ]

    facilities = [
        ((names[0] if lang == "ar" else names[1]) or names[0] or names[1], n)
        for names, n in figures.by_facility.most_common()
    ]
    bands = [
        (statistics.DURATION_BAND_LABELS[lang][i], figures.by_duration[i])
        for i in range(len(statistics.DURATION_BAND_LABELS[lang]))
    ]
    months = sorted(figures.renewals_by_month.items())[-24:]
    key_figures = [
        (s("site_people_count", lang), f"{figures.people:,}"),
        (s("site_held_now", lang), f"{figures.currently_detained:,}"),
        (s("site_years_total", lang), f"{figures.total_years:,.1f}"),
        (s("site_beyond_limit", lang), f"{figures.beyond_legal_limit:,}"),
        (s("site_recycled", lang), f"{figures.recycled_cases:,}"),
        (s("site_renewals", lang), f"{figures.renewals:,}"),
    ]
    body = "\n".join(
        [
            f"<h1>{h(s('site_statistics', lang))}</h1>",
            f'<p class="asof">{h(_as_of(today, lang))}</p>',
            '<ul class="figures">'
            + "".join(f"<li><strong>{h(v)}</strong>{h(k)}</li>" for k, v in key_figures)
            + "</ul>",
            _chart_gallery(charts, lang, root),
            _table(
                s("site_by_status", lang),
                s("status", lang),
                labelled("status", figures.by_status),
                lang,
            ),
            _table(
                s("site_by_duration", lang),
                s("site_duration", lang),
                [b for b in bands if b[1]],
                lang,
            ),
            _table(
                s("site_by_profession", lang),
                s("profession", lang),
                labelled("profession", figures.by_profession),
                lang,
            ),
            _table(
                s("site_by_prosecution", lang),
                s("site_prosecution", lang),
                labelled("prosecution", figures.by_prosecution),
                lang,
            ),
            _table(s("site_by_facility", lang), s("site_facility", lang), facilities, lang),
            _table(s("site_renewals_by_month", lang), s("site_month", lang), months, lang),
        ]
    )
    return _page(
        lang,
        title=s("site_statistics", lang),
        body=body,
        root=root,
        here=here,
        description=_as_of(today, lang),
        **page,
    )


def _as_of(today: date, lang: str) -> str:
    """ "Figures as of 1 December 2026": under each page's heading and in its description."""
    return s("site_as_of", lang).format(date=wording.date_text(today, lang))


# -- assets ----------------------------------------------------------------------------------


def _fold_tables() -> str:
    """core.arabic's folding, for search.js: one definition of how Arabic is matched."""
    return json.dumps(
        {"marks": arabic.MARKS_PATTERN, "chars": dict(arabic.FOLDS)}, ensure_ascii=False
    )


_FONTS = {
    "naskh-regular": "NotoNaskhArabic-Regular.ttf",
    "naskh-bold": "NotoNaskhArabic-Bold.ttf",
    "sans-regular": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
}


def _subset_font(source: Path, text: str) -> bytes:
    """The glyphs ``text`` needs (with their shaping rules), as WOFF2, no names beyond the
    licence's."""
    options = font_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    font = TTFont(source)
    subsetter = font_subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def _web_image(data: bytes, side: int, square: bool) -> bytes:
    """A JPEG of the (already metadata-free) photo at most ``side`` pixels, saved with nothing
    but pixels."""
    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGB")
        if square:
            edge = min(image.size)
            left, top = (image.width - edge) // 2, (image.height - edge) // 2
            image = image.crop((left, top, left + edge, top + edge))
        image.thumbnail((side, side))
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=82, optimize=True, progressive=True)
        return out.getvalue()


def _clean_png(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)  # pixels only: no text chunks, no times
        return out.getvalue()


# -- the whole site --------------------------------------------------------------------------


def build_site(
    profiles: Iterable[dict],
    out: Path,
    *,
    today: date | None = None,
    legal_limit_days: int = facts_mod.DEFAULT_LEGAL_LIMIT_DAYS,
    campaign_line: dict | None = None,
    readable_names: bool = False,
    base_url: str | None = None,
    step: Callable[[int], None] | None = None,
) -> list[Path]:
    """Write the site into folder ``out``: built beside it and moved into place whole, so a
    failed build leaves the previous site (or nothing), never half of one."""
    today = today or date.today()
    campaign_line = campaign_line or {}
    out = Path(out)
    chosen = select_for_level(list(profiles), "public", include_unconsented=False)
    if not chosen:
        raise SiteError("no profile may be published: a website needs full consent")
    people = []
    for number, profile in enumerate(chosen, start=1):
        views = {
            lang: build_view(profile, lang, today=today, legal_limit_days=legal_limit_days)
            for lang in LANGS
        }
        figures = facts_mod.compute(profile, today=today, legal_limit_days=legal_limit_days)
        slug = _slug(profile, number, readable_names)
        people.append(Person(number, slug, profile, views, figures, views["ar"].photo is not None))
    if out.exists() and not _replaceable(out):
        raise SiteError(
            f"{out} holds other files: choose a new or empty folder (a site replaces its folder)"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=out.parent))
    try:
        files = _write_all(people, staging, today, legal_limit_days, campaign_line, base_url, step)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=out.parent))
            os.replace(out, old / "site")
            os.replace(staging, out)
            shutil.rmtree(old)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return [out / f.relative_to(staging) for f in files]


def _replaceable(folder: Path) -> bool:
    """Whether ``folder`` may be replaced by a new site: empty, or a site written before (never
    a folder of the user's own files picked by mistake)."""
    if not folder.is_dir():
        return False
    entries = {p.name for p in folder.iterdir()}
    return not entries or entries <= SITE_ROOT_ENTRIES


def _write_all(people, root_dir, today, legal_limit_days, campaign_line, base_url, step):
    written: list[Path] = []

    def put(relative: str, data: bytes | str) -> None:
        path = root_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        written.append(path)

    page = {"base_url": base_url, "campaign_line": campaign_line}
    pages: dict[str, str] = {}
    for done, person in enumerate(people, start=1):
        photo = photo_bytes(person.profile) if person.has_photo else None
        if photo:
            put(f"assets/photos/{person.slug}.jpg", _web_image(photo, PHOTO_SIDE, False))
            put(f"assets/photos/{person.slug}-thumb.jpg", _web_image(photo, THUMB_SIDE, True))
        for lang in LANGS:
            pages[_lang_path(f"people/{person.slug}.html", lang)] = _person_page(
                person, lang, today, **page
            )
            card = render_card(
                person.profile,
                lang=lang,
                today=today,
                legal_limit_days=legal_limit_days,
                campaign_line=campaign_line,
                image_format="JPEG",
                size="link",  # 1200×675: what X/Twitter and OpenGraph previews show whole
            )
            put(f"assets/cards/{person.slug}-{lang}.jpg", card)
        if step:
            step(done)
    figures = statistics.compute([p.profile for p in people], today, legal_limit_days)
    for lang in LANGS:
        charts = charts_mod.build_charts(figures, lang)
        as_of = wording.as_of(today, lang)
        line = campaign_line.get(lang) or ""
        for chart in charts:
            stem = f"assets/charts/{chart.key}-{lang}"
            put(f"{stem}.svg", charts_mod.render_svg(chart, lang, as_of, line))
            put(f"{stem}.png", charts_mod.render_png(chart, lang, as_of, line))
        pages[_lang_path("index.html", lang)] = _index(people, lang, today, **page)
        pages[_lang_path("statistics.html", lang)] = _statistics_page(
            figures, lang, today, charts, **page
        )
    for path, text in pages.items():
        put(path, text)
    put("assets/site.css", resource("site", "site.css").read_bytes())
    put("assets/icon.png", _clean_png(resource("icons", "profileeditor-48.png").read_bytes()))
    script = resource("site", "search.js").read_text(encoding="utf-8")
    put("assets/search.js", script.replace("/*FOLD_TABLES*/ null", _fold_tables()))
    # The fonts carry the glyphs of every page, and of the count the script shows (its
    # template is an attribute, which the glyph scan below strips with the tags).
    everything = "".join(pages.values()) + "".join(s("site_shown", lg) for lg in LANGS)
    text = "".join(sorted(set(re.sub(r"<[^>]+>", "", html.unescape(everything)))))
    text += "0123456789٠١٢٣٤٥٦٧٨٩,.:;!?()-–—/«»،؛؟ "
    for name, file_name in _FONTS.items():
        put(f"assets/fonts/{name}.woff2", _subset_font(resource("fonts", file_name), text))
    put("robots.txt", "User-agent: *\nAllow: /\n")
    put("sitemap.xml", _sitemap(sorted(pages), base_url, today))
    return written


def _sitemap(paths: list[str], base_url: str | None, today: date) -> str:
    """Search engines need absolute addresses: without a base URL the entries stay relative
    (a reader of the folder still finds every page)."""
    prefix = base_url.rstrip("/") + "/" if base_url else ""
    entries = "".join(
        f"<url><loc>{html.escape(prefix + p)}</loc><lastmod>{today.isoformat()}</lastmod></url>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n'
    )
