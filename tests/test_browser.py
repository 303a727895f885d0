"""Open every page of the built book in headless Chromium, as a reader would.

Fails on a console error, an image that does not load, a glue placeholder left in the text, or a
claims table that does not sort. Saves a screenshot of each page under _build/screenshots/.
Skipped with a reason where Chromium is not installed, unless CLAIMTAB_REQUIRE_BROWSER=1 (CI).
"""

import functools
import http.server
import os
import re
import shutil
import threading

import pytest
from helpers import ROOT

from claimtab.bookbuild import build_book

HTML = ROOT / "_build" / "html"
SHOTS = ROOT / "_build" / "screenshots"
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


def _pages() -> list[str]:
    toc = (ROOT / "_toc.yml").read_text()
    return re.findall(r"(?:root|file):\s*(\S+)", toc)


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
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102 - keep the test output clean
        pass


@pytest.mark.parametrize("page_name", _pages())
def test_page_renders_cleanly(browser, site, page_name):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(f"{site}/{page_name}.html", wait_until="load")
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / f"{page_name.split('/')[-1]}.png"), full_page=True)
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
        ".map(i => i.src.slice(0, 80))"
    )
    text = page.inner_text("main")
    page.close()
    assert errors == [], f"console errors on {page_name}: {errors}"
    assert failed == [], f"requests that failed on {page_name}: {failed}"
    assert broken == [], f"images that did not load on {page_name}: {broken}"
    assert "{glue" not in text and "glue:text" not in text, f"unrendered glue on {page_name}"


def test_figures_have_alt_text(browser, site):
    page = browser.new_page()
    page.goto(f"{site}/book/04_troops.html", wait_until="load")
    alts = page.evaluate(
        "Array.from(document.querySelectorAll('figure.claimtab-figure img')).map(i => i.alt)"
    )
    page.close()
    assert alts, "the troops chapter shows no figure"
    assert all(len(a) > 40 for a in alts)


def test_claims_table_sorts(browser, site):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.goto(f"{site}/book/03_claims.html", wait_until="load")
    table = page.locator("table#claims-table")
    table.wait_for()
    # Wait until DataTables has taken over the table (it adds the dataTable class).
    page.wait_for_function("document.querySelector('table#claims-table.dataTable') !== null")

    def column(name: str) -> list[str]:
        return page.evaluate(
            """name => {
                const t = document.querySelector('table#claims-table');
                const heads = Array.from(t.querySelectorAll('thead th'))
                    .map(h => h.innerText.trim());
                const i = heads.indexOf(name);
                return Array.from(t.querySelectorAll('tbody tr'))
                    .map(r => r.children[i] ? r.children[i].innerText.trim() : '');
            }""",
            name,
        )

    before = column("claimant")
    page.locator("table#claims-table thead th", has_text="claimant").first.click()
    page.wait_for_timeout(300)
    after = column("claimant")
    in_order = page.evaluate(
        "xs => xs.every((x, i) => i === 0 || xs[i - 1].localeCompare(x) <= 0)", after
    )
    page.screenshot(path=str(SHOTS / "claims-table-sorted.png"))
    page.close()
    assert after != before, "clicking the header did not change the order"
    assert in_order, f"not sorted by claimant: {after}"
