"""A Sphinx extension for the book: drop script tags that a page would load twice.

sphinx-thebe 0.3.1 adds its inline configuration (``const THEBE_JS_URL = ...``) twice under
Sphinx 7.4, and the second copy throws "Identifier 'THEBE_JS_URL' has already been declared" in
every page's console. It runs after every other page handler. Listed in ``_config.yml``
under ``sphinx.extra_extensions``.
"""

from __future__ import annotations

from typing import Any


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


def setup(app: Any) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    app.connect("html-page-context", _dedupe_scripts, priority=999)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
