"""pytest configuration shared by the unit tests and by nbval on the executed notebooks in book/."""

# Outputs nbval must not compare byte for byte, and why:
# - image/png and glued images: PNG bytes differ across machines (font hinting, zlib);
#   the numbers behind each figure are checked with asserts in the notebooks and tests instead.
# - text/html: the timeline charts are SVG drawn with the machine's fonts; the tables' HTML is
#   checked by tests/test_book_pages.py and, as a reader sees it, by tests/test_browser.py.
# - application/javascript and widget views: generated code, not content.
NBVAL_SKIP_MIMETYPES = [
    "image/png",
    "image/svg+xml",
    "application/papermill.record/image/png",
    "application/papermill.record/image/svg+xml",
    "application/papermill.record/text/html",
    "text/html",
    "application/javascript",
    "application/vnd.jupyter.widget-view+json",
]


def pytest_collectstart(collector):  # type: ignore[no-untyped-def]
    """Tell nbval which output types to leave uncompared."""
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += tuple(NBVAL_SKIP_MIMETYPES)
