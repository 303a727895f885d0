"""A timeline in headless Chromium: the static drawing at desktop and phone width, and the
interactive version, whose Vega bundle loads only when a reader opens it and shows a tooltip.

The page is made here from claims written here, with the book's own CSS, loader script and
Vega bundle (built offline from vl-convert-python), so the test does not depend on which
claims the seed articles date. Skipped where Chromium is not installed (as test_browser.py).
"""

import functools
import http.server
import shutil
import threading

import pytest
from helpers import ROOT
from test_browser import CHROMIUM, FLAGS, REQUIRED, QuietHandler
from test_timeline import claim, table

from claimtab import charts, timeline
from claimtab.sphinxext import VEGA_FILE, vega_bundle


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("CLAIMTAB_REQUIRE_BROWSER=1 but no Chromium is installed")
        pytest.skip("no Chromium installed (apt-get install chromium); chart test skipped")
    site = tmp_path_factory.mktemp("site")
    static = site / "_static"
    static.mkdir()
    for name in ("claimtab.css", "claimtab-charts.js"):
        shutil.copy(ROOT / "book" / "_static" / name, static / name)
    (static / VEGA_FILE).write_text(vega_bundle(ROOT / "_build" / ".claimtab-cache"),
                                    encoding="utf-8")
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="South Korea's National Intelligence Service"),
        claim(2, 10000.0, 12000.0, "range", date="2024-12-20", claimant="HUR", country="UA"),
        claim(3, None, 12000.0, "up_to", date="2025-02-01", claimant="some sources",
              status="planned", country="unknown")))
    figure = charts.timeline_html(rows, "Troops", "Claims, not facts.", "t1")
    (site / "index.html").write_text(
        '<!doctype html><html data-content_root="./"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="_static/claimtab.css">'
        # A top-level name the theme's scripts declare too: the bundle must not clash.
        "<script>const _ = function () {};</script>"
        '<script defer src="_static/claimtab-charts.js"></script></head>'
        f'<body style="max-width:760px;margin:auto">{figure}</body></html>', encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


@pytest.mark.parametrize("width", [1280, 390])
def test_timeline_static_then_interactive(page_url, width):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        loaded: list[str] = []
        page.on("request", lambda r: loaded.append(r.url.rsplit("/", 1)[-1]))
        page.goto(page_url, wait_until="load")
        img = page.evaluate("(() => { const i = document.querySelector('figure img');"
                            " return [i.currentSrc.length, i.getBoundingClientRect().width]; })()")
        assert img[0] > 1000 and 0 < img[1] <= width  # drawn, and never wider than the screen
        assert VEGA_FILE not in loaded  # the library is not loaded with the page
        page.locator("details.claimtab-interactive summary").click()
        page.wait_for_selector(".claimtab-vega svg g.mark-symbol.role-mark path")
        assert loaded.count(VEGA_FILE) == 1
        first = page.locator(".claimtab-vega svg g.mark-symbol.role-mark path").first
        first.scroll_into_view_if_needed()
        mark = first.bounding_box()
        page.mouse.move(mark["x"] + mark["width"] / 2, mark["y"] + mark["height"] / 2)
        page.wait_for_selector("#vg-tooltip-element.visible")
        tip = page.inner_text("#vg-tooltip-element")
        overflow = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert errors == []
    assert "South Korea's National Intelligence Service" in tip and "21 October 2024" in tip
    assert "Sentence 1." in tip
    assert overflow <= width
