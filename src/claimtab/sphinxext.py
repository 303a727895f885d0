"""A Sphinx extension for the book: drop script tags that a page would load twice.

sphinx-thebe 0.3.1 adds its inline configuration (``const THEBE_JS_URL = ...``) twice under
Sphinx 7.4, and the second copy throws "Identifier 'THEBE_JS_URL' has already been declared" in
every page's console. It runs after every other page handler. Listed in ``_config.yml``
under ``sphinx.extra_extensions``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .io import atomic_open


def _dedupe_scripts(
    app: Any, pagename: str, templatename: str, context: dict, doctree: Any
) -> None:
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    unique = []
    for script in context.get("script_files", []):
        attrs = getattr(script, "attributes", {}) or {}
        # An inline script is registered once with filename None (kept as the string "None")
        # and once with "": the same script.
        name = str(getattr(script, "filename", script) or "")
        name = "" if name == "None" else name
        key = (name, tuple(sorted((k, str(v)) for k, v in attrs.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


#: The Vega library for the interactive charts: one static file for the whole book.
VEGA_FILE = "claimtab-vega.js"


def vega_bundle(cache_dir: Path) -> str:
    """Vega, Vega-Lite and Vega-Embed as one script (it sets ``window.vegaEmbed``), bundled by
    vl-convert-python from the copies it ships (no download), kept in ``cache_dir``."""
    import vl_convert as vlc

    from .charts import VEGA_LITE

    cached = cache_dir / f"vega-{vlc.get_vega_version()}-vl{VEGA_LITE}-scoped.js"
    if not cached.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        # In a function of its own: the bundle's top-level names (such as `_`) would clash
        # with the theme's globals.
        with atomic_open(cached, encoding="utf-8") as f:
            f.write("(function () {\n" + vlc.javascript_bundle(vl_version=VEGA_LITE) + "\n})();\n")
    return cached.read_text(encoding="utf-8")


def _write_vega(app: Any, exception: Exception | None) -> None:
    """After an HTML build, write the Vega library to _static/ (pages load it on demand)."""
    if exception is not None or app.builder.format != "html":
        return
    text = vega_bundle(Path(app.outdir).parent / ".claimtab-cache")
    target = Path(app.outdir) / "_static" / VEGA_FILE
    with atomic_open(target, encoding="utf-8") as f:
        f.write(text)
    target.chmod(0o644)  # as Sphinx's own static files: readable by the web server


def setup(app: Any) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    app.connect("html-page-context", _dedupe_scripts, priority=999)
    # The small loader goes on every page; it fetches the Vega library only when a reader
    # opens an interactive chart.
    app.add_js_file("claimtab-charts.js", loading_method="defer")
    app.connect("build-finished", _write_vega)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
