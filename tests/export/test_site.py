"""The static website, read as a visitor's browser reads it: headless Chromium (Debian's, driven
by Selenium and its chromedriver) from disk and from a local HTTP server, with the network log
checked, axe-core's accessibility rules, and the files scanned for what must never be there."""

from __future__ import annotations

import copy
import functools
import http.server
import json
import os
import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from export_helpers import CANARY
from PIL import Image

from profileeditor.core import arabic
from profileeditor.core.levels import consent_allows_public
from profileeditor.export.site import SiteError, build_site

TODAY = date(2026, 12, 1)
CAMPAIGN = {
    "ar": "لا عدالة مناخية بدون فضاء مدني حر",
    "en": "No climate justice without free civic space",
}
AXE = Path(__file__).resolve().parents[1] / "js" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def site(tmp_path_factory, samples) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(samples, out, today=TODAY, campaign_line=CAMPAIGN)
    return out


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


def test_only_consenting_people_and_no_name_in_file_names(site, samples):
    text = b"".join(data for _, data in _all_bytes(site)).decode("utf-8", "replace")
    for profile in samples:
        name = profile["name"]["en"]
        assert (name in text) == consent_allows_public(profile), name
    listing = " ".join(str(p.relative_to(site)) for p in site.rglob("*")).lower()
    for profile in samples:
        for word in profile["name"]["en"].lower().replace("-", " ").split():
            if len(word) > 3:
                assert word not in listing


def test_readable_addresses_only_when_chosen(tmp_path, samples):
    out = tmp_path / "readable"
    build_site(samples, out, today=TODAY, readable_names=True)
    names = {p.name for p in (out / "en" / "people").iterdir()}
    assert any(n.startswith("salma-abdel-raouf-mansour") for n in names), names


def test_a_canary_in_every_partner_and_internal_field_never_reaches_the_site(
    tmp_path, canary_profiles
):
    profiles = copy.deepcopy(canary_profiles)
    for p in profiles:
        p["consent"]["level"] = "full"  # everyone published: the fields must still stay out
    out = tmp_path / "site"
    build_site(profiles, out, today=TODAY)
    for path, data in _all_bytes(out):
        assert CANARY.encode() not in data, path
        assert CANARY.encode("utf-16-be") not in data, path
    assert CANARY not in " ".join(str(p) for p in out.rglob("*"))


def test_nobody_consenting_is_one_clear_error(tmp_path, samples):
    nobody = [{**p, "consent": {"level": "partial"}} for p in samples]
    with pytest.raises(SiteError, match="consent"):
        build_site(nobody, tmp_path / "site", today=TODAY)
    assert not (tmp_path / "site").exists()


def test_a_folder_of_other_files_is_never_replaced(tmp_path, samples):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "letter.txt").write_text("keep me")
    with pytest.raises(SiteError, match="other files"):
        build_site(samples, mine, today=TODAY)
    assert (mine / "letter.txt").read_text() == "keep me"
    site = tmp_path / "site"
    build_site(samples, site, today=TODAY)
    build_site(samples, site, today=TODAY)  # a site written before is replaced whole
    assert (site / "index.html").is_file()


def test_images_carry_nothing_but_pixels(site):
    images = [p for p in site.rglob("*") if p.suffix in (".jpg", ".png")]
    assert images
    for path in images:
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert not (
                set(image.info)
                - {
                    "jfif",
                    "jfif_version",
                    "jfif_unit",
                    "jfif_density",
                    "progressive",
                    "progression",
                    "dpi",
                }
            ), (path, image.info)
        data = path.read_bytes()
        assert b"Exif" not in data[:4096] and b"http://ns.adobe.com/xap" not in data


def test_index_weighs_under_a_megabyte_for_100_people(tmp_path, samples):
    """The page weight budget: the index with its CSS, script and fonts, photos apart (they are
    lazy-loaded)."""
    many = []
    for n in range(100):
        p = copy.deepcopy(samples[n % len(samples)])
        p["id"] = f"00000000-0000-4000-8000-{n:012d}"
        p["consent"] = {"level": "full"}
        p["name"] = {k: f"{v} {n}" for k, v in p["name"].items()}
        many.append(p)
    out = tmp_path / "site"
    build_site(many, out, today=TODAY)
    weight = sum(
        (out / rel).stat().st_size for rel in ("index.html", "assets/site.css", "assets/search.js")
    ) + sum(p.stat().st_size for p in (out / "assets" / "fonts").iterdir())
    assert weight < 1024 * 1024, weight
    assert 'loading="lazy"' in (out / "index.html").read_text(encoding="utf-8")


# -- in a real browser -----------------------------------------------------------------------


def _chromium():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian's chromium and chromium-driver are needed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,800",
        "--allow-file-access-from-files",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _visible_names(driver) -> list[str]:
    return [
        li.find_element("css selector", ".name").text
        for li in driver.find_elements("css selector", "#people li")
        if li.is_displayed()
    ]


@pytest.mark.parametrize("origin", ["file", "http"])
def test_index_search_person_and_language_switch(browser, site, server, origin, samples):
    base = site.as_uri() + "/" if origin == "file" else server
    browser.get_log("performance")  # start a fresh log
    browser.get(base + "index.html")
    html = browser.find_element("tag name", "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    consenting = [p for p in samples if consent_allows_public(p)]
    assert len(_visible_names(browser)) == len(consenting)
    # Arabic search folds hamza, as the app does: ابراهيم finds إبراهيم, with and without it.
    box = browser.find_element("id", "q")
    target = next(p for p in consenting if "إبراهيم" in p["name"]["ar"])
    for query in ("ابراهيم", "إبراهيم"):
        box.clear()
        box.send_keys(query)
        assert _visible_names(browser) == [target["name"]["ar"]], query
    box.clear()
    box.send_keys("no such person zzz")
    assert _visible_names(browser) == []
    box.clear()
    # A person's page, then the switch to English and back.
    browser.find_element("css selector", "#people li a").click()
    assert browser.find_element("tag name", "h1").text == consenting[0]["name"]["ar"]
    browser.find_element("css selector", 'nav a[hreflang="en"]').click()
    html = browser.find_element("tag name", "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")
    assert browser.find_element("tag name", "h1").text == consenting[0]["name"]["en"]
    browser.find_element("css selector", 'nav a[hreflang="ar"]').click()
    assert browser.find_element("tag name", "html").get_attribute("lang") == "ar"
    # Every request stayed on this machine; nothing was refused by the page's own policy.
    requests = _requests(browser)
    assert requests
    allowed = ("file://",) if origin == "file" else (server, "data:")
    assert all(url.startswith(allowed) for url in requests), requests
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_browser_folds_arabic_exactly_as_the_app(browser, site):
    browser.get(site.as_uri() + "/en/index.html")
    for text in ("أَحْمَد", "عـلاء", "إبراهيم الشناوي", "١٣٦٥/٢٠١٩", "مؤمن", "سلمى ABD"):
        in_browser = browser.execute_script("return window.profileeditorFold(arguments[0])", text)
        assert in_browser == " ".join(arabic.normalize(text).split()), text


def test_list_is_there_with_javascript_off(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    body = html.split('<ul class="people"', 1)[1]
    assert body.count("<li ") >= 1 and "hidden" not in body.split("</ul>")[0]


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "ar/people/0001.html",
        "en/index.html",
        "en/people/0001.html",
        "en/statistics.html",
    ],
)
def test_accessibility_with_axe_core(browser, server, page):
    if not AXE.is_file():
        pytest.skip("axe-core from the npm registry is needed (.ci/run installs tests/js)")
    browser.get(server + page)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length])));"
    )
    assert result == [], result


def test_screenshots_of_both_languages(browser, server, tmp_path):
    """Rendered pages (set PROFILEEDITOR_SITE_SHOTS=DIR to keep them for a look), and a check
    that each one shows more than a blank page."""
    keep = os.environ.get("PROFILEEDITOR_SITE_SHOTS")
    for page in ("index.html", "en/index.html", "ar/people/0001.html", "ar/statistics.html"):
        browser.get(server + page)
        shot = Path(keep or tmp_path) / ("site-" + page.replace("/", "-").replace(".html", ".png"))
        browser.save_screenshot(str(shot))
        with Image.open(shot) as image:
            assert image.size[0] >= 1000 and len(image.convert("L").getcolors(2**16) or []) > 10


def test_the_days_under_a_figure_agree_with_it(tmp_path, samples):
    """The site wrote "يومًا في الاحتجاز" whatever the figure: "5 يومًا", "100 يومًا". Its noun is
    core/wording.py's, as the dossier and the cards say it."""
    from profileeditor.core import facts

    held = next(
        p
        for p in samples
        if consent_allows_public(p) and facts.compute(p, today=TODAY).currently_detained
    )
    expected = {5: "أيام", 11: "يومًا", 100: "يوم", 103: "أيام"}
    people = []
    for n, days in enumerate(expected):
        person = copy.deepcopy(held)
        person["id"] = f"{held['id'][:-4]}{n:04d}"
        person["detentions"][-1]["arrest_date"] = (TODAY - timedelta(days=days)).isoformat()
        people.append(person)
    out = tmp_path / "site"
    build_site(people, out, today=TODAY, campaign_line=CAMPAIGN)
    ar = (out / "index.html").read_text(encoding="utf-8")
    en = (out / "en" / "index.html").read_text(encoding="utf-8")
    for days, noun in expected.items():
        assert f"<strong>{days}</strong> {noun} في الاحتجاز</span>" in ar, days
        assert f"<strong>{days}</strong> days in detention</span>" in en, days
