"""Open every page of the built book in headless Chromium, as a reader would, at 1280 and 390 px.

Each page, at both widths: no console error, no failed request, no broken image, no glue
placeholder, no raw ``None``/``nan``/``12000.0`` in the text, no "1 claims", the repository
button (and on notebook pages the Binder and Colab launch buttons), no horizontal overflow of the
page, and at most 1.5 MB transferred in all (a fresh browser context: nothing cached). Every
table of claims (the claims table and the chapters' tables) starts with claimant, date, value and
evidence, sorts by value as numbers (80 before 10,000), and at 1280 px shows those four columns
on screen.
Screenshots of every page at both widths are kept in _build/screenshots/<width>/.
Skipped with a reason where Chromium is not installed, unless CLAIMTAB_REQUIRE_BROWSER=1 (CI).
"""

import functools
import http.server
import json
import os
import re
import shutil
import threading

import pytest
from helpers import ROOT

from claimtab.bookbuild import build_book

HTML = ROOT / "_build" / "html"
SHOTS = ROOT / "_build" / "screenshots"
WIDTHS = (1280, 390)
#: Every page, with all it loads, at most this many bytes.
PAGE_BUDGET = 1_500_000
CHROMIUM = next(
    (p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium") if p
     and os.path.exists(p)),
    None,
)
REQUIRED = os.environ.get("CLAIMTAB_REQUIRE_BROWSER") == "1"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
#: Text a reader should never see: a Python missing value or a float printed raw.
RAW = re.compile(r"(?<![\w.-])(None|nan|NaN|<NA>|\d{3,}\.0)(?![\w.-])")
#: A count a reader should never see: one of a thing in the plural ("1 claims", "1 documents").
ONE_PLURAL = re.compile(r"(?<![\d,.])\b1 (claims|documents|articles|sources|languages|files|rows|"
                        r"words|lines|paragraphs|groups|quantities|errors|traps)\b")
#: The page's sentences (paragraphs, list items, captions, row counts), code left out.
SENTENCES = """() => Array.from(document.querySelectorAll(
        'main p, main li, main figcaption, main .claimtab-count, main .claimtab-note'))
    .filter(e => !e.closest('.cell_input, div[class*="highlight-"], table'))
    .map(e => e.innerText).join('\\n')"""
#: The text of the page without its code (notebook inputs and code examples), outputs included.
READER_TEXT = """() => {
    const main = document.querySelector('main').cloneNode(true);
    main.querySelectorAll('.cell_input, div[class*="highlight-"]').forEach(e => {
        if (!e.closest('.cell_output')) e.remove();
    });
    return main.innerText;
}"""
#: Bytes of every response the page received (the document, scripts, styles, fonts, images).
TRANSFERRED = """() => {
    const all = [...performance.getEntriesByType('navigation'),
                 ...performance.getEntriesByType('resource')];
    return all.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0);
}"""
#: The bounding boxes of a table's column headers, and of the table's visible area.
HEADERS = """id => {
    const table = document.querySelector('table#' + id);
    const area = table.closest('.claimtab-scroll').getBoundingClientRect();
    const heads = Array.from(table.querySelectorAll('thead th'));
    const boxes = {};
    for (const h of heads) {
        const r = h.getBoundingClientRect();
        boxes[h.querySelector('.claimtab-sort').innerText.trim()] = [r.left, r.right];
    }
    return {boxes, area: [area.left, area.right], width: window.innerWidth};
}"""


def _pages() -> list[str]:
    toc = (ROOT / "_toc.yml").read_text()
    return re.findall(r"(?:root|file):\s*(\S+)", toc)


def _is_notebook(page_name: str) -> bool:
    return (ROOT / f"{page_name}.ipynb").exists()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("CLAIMTAB_REQUIRE_BROWSER=1 but no Chromium is installed")
        pytest.skip("no Chromium installed (apt-get install chromium); browser test skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site():
    if not all((HTML / f"{page}.html").exists() for page in _pages()):
        build_book(ROOT, strict=True, quiet=True)
    handler = functools.partial(QuietHandler, directory=str(HTML))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for width in WIDTHS:
        (SHOTS / str(width)).mkdir(parents=True, exist_ok=True)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102 - keep the test output clean
        pass


def _open(browser, url: str, width: int):
    """A page in a fresh context (nothing cached), with its console errors and failed requests."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    return context, page, problems


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_name", _pages())
def test_page_as_a_reader_sees_it(browser, site, page_name, width):
    context, page, problems = _open(browser, f"{site}/{page_name}.html", width)
    page.screenshot(path=str(SHOTS / str(width) / f"{page_name.split('/')[-1]}.png"),
                    full_page=True)
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
        ".map(i => i.src.slice(0, 80))"
    )
    text = page.inner_text("main")
    prose = page.evaluate(READER_TEXT)
    sentences = page.evaluate(SENTENCES)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    transferred = page.evaluate(TRANSFERRED)
    repo = page.locator("a[href*='github.com/claimtab/nk-russia-claims']").count()
    launch = page.locator(".dropdown-launch-buttons a").evaluate_all("xs => xs.map(a => a.href)")
    icons = page.locator("svg.svg-inline--fa").count()
    context.close()
    assert problems == [], f"console errors or failed requests on {page_name}: {problems}"
    assert broken == [], f"images that did not load on {page_name}: {broken}"
    assert "{glue" not in text and "glue:text" not in text, f"unrendered glue on {page_name}"
    assert not RAW.findall(prose), f"raw values on {page_name}: {sorted(set(RAW.findall(prose)))}"
    ones = ONE_PLURAL.findall(sentences)
    assert not ones, f"a count of one in the plural on {page_name}: {ones}"
    assert repo >= 1, f"no repository button on {page_name}"
    assert icons > 0, f"no icon drawn on {page_name} (the trimmed icon script)"
    if _is_notebook(page_name):
        assert any("mybinder.org" in h for h in launch), f"no Binder button on {page_name}"
        assert any("colab.research.google.com" in h for h in launch), f"no Colab on {page_name}"
    if width == 390:
        assert overflow <= 1, f"{page_name} is {overflow} px wider than a 390 px screen"
    assert transferred <= PAGE_BUDGET, f"{page_name} loads {transferred:,} bytes"


def test_screenshots_of_every_page_at_both_widths_are_kept(site):
    """The page test above keeps a screenshot of every page at each width, taken after the build
    (so they show this book, not an older one), for a person to look at page by page."""
    missing = []
    for name in _pages():
        built = (HTML / f"{name}.html").stat().st_mtime
        for width in WIDTHS:
            shot = SHOTS / str(width) / f"{name.split('/')[-1]}.png"
            if not shot.is_file() or shot.stat().st_mtime < built:
                missing.append(f"{width}/{shot.name}")
    assert missing == [], f"no screenshot (or one older than the build) of {missing} in {SHOTS}"


@pytest.mark.parametrize("chapter", ["04_troops", "05_munitions", "06_payments", "07_agreement"])
def test_figures_have_alt_text(browser, site, chapter):
    """Every chart has a text alternative; claims that cannot be drawn (fewer than two dates)
    are listed instead, so a chapter shows its figures one way or the other."""
    context, page, _ = _open(browser, f"{site}/book/{chapter}.html", 1280)
    alts = page.evaluate(
        "Array.from(document.querySelectorAll('article figure img')).map(i => i.alt)"
    )
    listed = page.evaluate("document.querySelectorAll('.claimtab-undrawn li').length")
    context.close()
    assert all(len(a) > 40 for a in alts), alts
    if chapter == "04_troops":
        assert alts or listed, "the troops chapter neither draws nor lists its figures"


def _number(value: str) -> float | None:
    """The number a value cell starts with ("about 500 m" is 5e8), None for "no figure"."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(bn|m|k)?\b", value)
    if not m:
        return None
    scale = {"bn": 1e9, "m": 1e6, "k": 1e3}.get(m.group(2) or "", 1)
    return float(m.group(1).replace(",", "")) * scale


def _column(page, name: str, table_id: str = "claims-table") -> list[str]:
    """The text of a column of a table, in the order shown."""
    return page.evaluate(
        """([name, id]) => {
            const table = document.querySelector('table#' + id);
            const heads = Array.from(table.querySelectorAll('thead th'))
                .map(h => h.querySelector('.claimtab-sort').innerText.trim());
            const i = heads.indexOf(name);
            return Array.from(table.querySelectorAll('tbody tr'))
                .map(r => r.children[i] ? r.children[i].innerText.trim() : '');
        }""",
        [name, table_id],
    )


def _claims_page(browser, site, width: int, chapter: str = "03_claims",
                 table_id: str = "claims-table"):
    context, page, _ = _open(browser, f"{site}/book/{chapter}.html", width)
    page.wait_for_function(f"document.querySelector('table#{table_id}[data-ready]') !== null")
    return context, page


#: The tables of claims a reader sees: the claims table, and each topic chapter's.
CLAIM_TABLES = [("03_claims", "claims-table"), ("04_troops", "troops-table"),
                ("05_munitions", "munitions-table"), ("06_payments", "payments-table")]


@pytest.mark.parametrize(("chapter", "table_id"), CLAIM_TABLES)
def test_claims_tables_sort_by_value_as_numbers(browser, site, chapter, table_id):
    context, page = _claims_page(browser, site, 1280, chapter, table_id)
    header = page.locator(f"table#{table_id} thead th", has_text=re.compile(r"^value\b"))
    shown = _column(page, "value", table_id)
    header.first.click()
    page.wait_for_timeout(300)
    up = [v for v in map(_number, _column(page, "value", table_id)) if v is not None]
    header.first.click()
    page.wait_for_timeout(300)
    down = [v for v in map(_number, _column(page, "value", table_id)) if v is not None]
    if table_id == "claims-table":
        page.locator("table#claims-table").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "1280" / "claims-table-by-value.png"))
    context.close()
    as_text = [v for v in map(_number, sorted(shown)) if v is not None]
    assert len(up) >= 2 and up == sorted(up), f"{table_id}: not in ascending numeric order: {up}"
    assert len(down) >= 2 and down == sorted(down, reverse=True), f"{table_id}: {down}"
    if table_id == "claims-table":  # the figures tell a numeric sort from a textual one
        assert as_text != sorted(as_text), "the claims table cannot show a numeric sort"
        small = [v for v in up if v < 1_000]
        assert small and 10_000 in up and up.index(small[-1]) < up.index(10_000), up


def test_claims_table_sorts_by_claimant(browser, site):
    context, page = _claims_page(browser, site, 1280)
    before = _column(page, "claimant")
    page.locator("table#claims-table thead th", has_text=re.compile(r"^claimant\b")).first.click()
    page.wait_for_timeout(300)
    after = _column(page, "claimant")
    in_order = page.evaluate(
        "xs => xs.every((x, i) => i === 0 || xs[i - 1].localeCompare(x) <= 0)", after
    )
    context.close()
    assert after != before, "clicking the header did not change the order"
    assert in_order, f"not sorted by claimant: {after}"


@pytest.mark.parametrize(("chapter", "table_id"), CLAIM_TABLES[1:])
def test_chapter_tables_show_who_when_how_many_and_the_sentence(browser, site, chapter, table_id):
    context, page = _claims_page(browser, site, 1280, chapter, table_id)
    seen = page.evaluate(HEADERS, table_id)
    context.close()
    _assert_first_columns_on_screen(seen, table_id)


def _assert_first_columns_on_screen(seen: dict, table_id: str) -> None:
    """Claimant, date, value and evidence come first, in that order, and are on screen."""
    boxes, (left, right) = seen["boxes"], seen["area"]
    first = ["claimant", "date", "value", "evidence"]
    assert sorted(boxes, key=lambda n: boxes[n][0])[:4] == first, f"{table_id}: {sorted(boxes)}"
    for name in first:
        lo, hi = boxes[name]
        assert lo >= max(left, 0) - 1 and hi <= min(right, seen["width"]) + 1, (
            f"{table_id}: {name} off screen at {seen['width']} px: {seen}")


@pytest.mark.parametrize("width", WIDTHS)
def test_claims_table_shows_who_when_how_many_and_the_sentence(browser, site, width):
    context, page = _claims_page(browser, site, width)
    seen = page.evaluate(HEADERS, "claims-table")
    links = page.locator("table#claims-table tbody a").evaluate_all(
        "xs => xs.map(a => a.getAttribute('href'))"
    )
    page.locator("table#claims-table").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / str(width) / "claims-table.png"))
    context.close()
    boxes = seen["boxes"]
    if width == 1280:
        _assert_first_columns_on_screen(seen, "claims-table")
    else:  # on a phone the first column is on screen and the table scrolls inside its box
        assert sorted(boxes, key=lambda n: boxes[n][0])[:4] == [
            "claimant", "date", "value", "evidence"]
        assert boxes["claimant"][0] >= 0 and boxes["claimant"][1] <= seen["width"]
    assert links, "no claim links to its article"
    assert all(re.match(r"(https?://|\.\./data/articles/)", h) for h in links), links


def test_published_data_package_resolves_on_the_site(site):
    package = json.loads((HTML / "data" / "datapackage.json").read_text())
    for resource in package["resources"]:
        assert (HTML / "data" / resource["path"]).is_file(), resource["path"]
    page = (HTML / "book" / "03_claims.html").read_text()
    for name in ("claims.csv", "claims.parquet", "datapackage.json", "documents.csv"):
        assert f'href="../data/{name}"' in page, f"the claims page does not link {name}"
