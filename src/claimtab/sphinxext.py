"""A Sphinx extension for the book: lighter pages, one copy of shared JavaScript, published data.

- sphinx-thebe 0.3.1 adds its inline configuration (``const THEBE_JS_URL = ...``) twice under
  Sphinx 7.4, and the second copy throws "Identifier 'THEBE_JS_URL' has already been declared" in
  every page's console: duplicate script tags are dropped.
- Tables are plain HTML (``claimtab.htmltable``); one small shared script,
  ``book/_static/claimtab-tables.js``, makes them sortable (``html_js_files`` in ``_config.yml``).
- The theme's icon script (Font Awesome, 1.5 MB: every icon of the set, as SVG paths) is trimmed
  to the icons the built pages name.
- The published tables (``data/processed/``) are copied to ``data/`` in the site, side by side, so
  the relative paths of ``datapackage.json`` resolve there and each table has one stable address.
- The benchmark's figures (``benchmarks/results.json``, ``claimtab.benchfigures``) become MyST
  substitutions (``{{ bench_mb_per_s }}``); a missing file or key, or a ``{{ name }}`` in a page
  that nothing defines, stops the build with one line.

Listed in ``_config.yml`` under ``sphinx.extra_extensions``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from .benchfigures import BenchmarkResultsError, figures_of
from .io import atomic_open

#: Where the site keeps the published tables, relative to the site's root.
SITE_DATA = "data"
#: The folder (relative to the book's root) whose tables are published.
PROCESSED = Path("data") / "processed"
#: One icon of the Font Awesome script: "name":[width,height,[aliases],"unicode",path(s)].
_ICON = re.compile(
    r'(?<=[{,])(?:"([a-z0-9-]+)"|([a-z0-9]+)):\[\d+,\d+,\[([^\]]*)\],"[0-9a-f]*",'
    r'(?:"(?:[^"\\]|\\.)*"|\[[^\]]*\])\]'
)
_ICON_CLASS = re.compile(r"\bfa-([a-z0-9-]+)")


def _dedupe_scripts(
    app: Any, pagename: str, templatename: str, context: dict, doctree: Any
) -> None:
    """Drop a script tag that the page already has (same file or inline text, same attributes)."""
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


def trim_icons(script: str, used: set[str]) -> str:
    """The Font Awesome script with only the icons named in ``used`` (by name or alias)."""
    out: list[str] = []
    pos = 0
    skip_comma = False
    for m in _ICON.finditer(script):
        names = {m.group(1) or m.group(2), *re.findall(r'"([a-z0-9-]+)"', m.group(3))}
        chunk = script[pos:m.start()]
        if skip_comma and chunk.startswith(","):
            chunk = chunk[1:]
        out.append(chunk)
        skip_comma = False
        if names & used:
            out.append(m.group(0))
        elif script[m.end():m.end() + 1] == ",":
            skip_comma = True
        elif out and out[-1].endswith(","):
            out[-1] = out[-1][:-1]
        pos = m.end()
    tail = script[pos:]
    out.append(tail[1:] if skip_comma and tail.startswith(",") else tail)
    text = "".join(out)
    return re.sub(r"\n?//# sourceMappingURL=\S+\s*$", "\n", text)


def used_icons(site: Path) -> set[str]:
    """Every ``fa-<name>`` the built pages and their scripts mention (icon names and styles)."""
    used: set[str] = set()
    for page in site.rglob("*.html"):
        used |= set(_ICON_CLASS.findall(page.read_text(encoding="utf-8", errors="replace")))
    for script in (site / "_static").rglob("*.js"):
        if script.name != "fontawesome.js":
            used |= set(_ICON_CLASS.findall(script.read_text(encoding="utf-8", errors="replace")))
    return used


def _trim_theme_icons(site: Path) -> None:
    """The site's icon script, style sheet and fonts with only the icons the pages use."""
    used = used_icons(site)
    script = site / "_static" / "scripts" / "fontawesome.js"
    if script.is_file():
        text = script.read_text(encoding="utf-8")
        script.write_text(trim_icons(text, used), encoding="utf-8")
    _trim_theme_fonts(site, used)


#: A rule of the theme's style sheet that draws one icon (or several names of one) from the font.
_ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:before,?)+)\{content:"([^"]*)"\}')
#: The theme's icon fonts, and the weights they are declared with.
_ICON_FONTS = ("fa-solid-900", "fa-regular-400", "fa-brands-400")


def _css_char(text: str) -> set[int]:
    """The code points a CSS string holds: written as themselves or as ``\f058`` escapes."""
    points = {int(h, 16) for h in re.findall(r"\\([0-9a-fA-F]{1,6})", text)}
    return points | {ord(c) for c in re.sub(r"\\[0-9a-fA-F]{1,6}", "", text) if ord(c) > 0x7F}


def trim_icon_css(css: str, used: set[str]) -> tuple[str, set[int]]:
    """The style sheet without the rules of icons no page uses; and the code points still drawn."""
    kept: set[int] = set()

    def keep(m: re.Match[str]) -> str:
        names = set(re.findall(r"\.fa-([a-z0-9-]+):before", m.group(1)))
        if names & used:
            kept.update(_css_char(m.group(2)))
            return m.group(0)
        return ""

    trimmed = _ICON_RULE.sub(keep, css)
    # Icons the style sheet draws by itself (admonitions, links): every other content string.
    for value in re.findall(r'(?:content:|--pst-icon-[a-z-]+:)\s*"([^"]*)"', trimmed):
        kept |= {c for c in _css_char(value) if 0xE000 <= c <= 0xF8FF}
    return trimmed, kept


def _subset_icon_fonts(site: Path, css_path: Path, points: set[int]) -> None:
    """Each icon font cut down to the code points drawn, as WOFF; the style sheet points at it."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    fonts = site / "_static" / "vendor" / "fontawesome" / "webfonts"
    css = css_path.read_text(encoding="utf-8")
    for name in _ICON_FONTS:
        ttf = fonts / f"{name}.ttf"
        if not ttf.is_file():
            continue
        font = TTFont(ttf)
        have = set(font.getBestCmap()) & points
        options = subset.Options()
        options.flavor = "woff"
        options.layout_features = []
        sub = subset.Subsetter(options)
        sub.populate(unicodes=sorted(have) or [0x20])
        sub.subset(font)
        font.flavor = "woff"
        font.save(fonts / f"{name}.subset.woff")
        css = re.sub(
            rf"src:url\(([^)]*?){name}\.woff2\)[^;}}]*",
            rf'src:url(\g<1>{name}.subset.woff) format("woff")', css,
        )
    css_path.write_text(css, encoding="utf-8")


def _trim_theme_fonts(site: Path, used: set[str]) -> None:
    """The theme's style sheet and icon fonts with only the icons the pages use."""
    css_path = site / "_static" / "styles" / "pydata-sphinx-theme.css"
    if not css_path.is_file():
        return
    css, points = trim_icon_css(css_path.read_text(encoding="utf-8"), used)
    for other in (site / "_static").rglob("*.css"):
        if other != css_path:
            text = other.read_text(encoding="utf-8", errors="replace")
            for value in re.findall(r'content:\s*"([^"]*)"', text):
                points |= {c for c in _css_char(value) if 0xE000 <= c <= 0xF8FF}
    css_path.write_text(css, encoding="utf-8")
    _subset_icon_fonts(site, css_path, points)


def _publish_tables(book_root: Path, site: Path) -> None:
    """The published tables and article texts, copied to ``data/`` in the site."""
    src = book_root / PROCESSED
    if src.is_dir():
        dest = site / SITE_DATA
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest)


def _finish(app: Any, exception: BaseException | None) -> None:
    """After a successful HTML build: the published tables and the trimmed icon script."""
    if exception is not None or app.builder.format != "html":
        return
    site = Path(app.outdir)
    _publish_tables(Path(app.srcdir), site)
    _trim_theme_icons(site)


#: A MyST substitution in a page's source: ``{{ name }}``.
_SUBSTITUTION = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")


def _benchmark_substitutions(app: Any, config: Any) -> None:
    """The benchmark's figures as MyST substitutions; the build stops if one is missing."""
    from sphinx.errors import ExtensionError

    try:
        bench = figures_of(Path(app.srcdir))
    except BenchmarkResultsError as error:
        raise ExtensionError(str(error)) from None
    config.myst_substitutions = {**(config.myst_substitutions or {}), **bench}


def _check_substitutions(app: Any, docname: str, source: list[str]) -> None:
    """Stop the build when a page names a substitution that nothing defines (no empty cell)."""
    from sphinx.errors import ExtensionError

    path = str(app.env.doc2path(docname))
    if not path.endswith(".md"):  # notebooks' outputs may hold "{{" of their own
        return
    known = app.config.myst_substitutions or {}
    missing = sorted(set(_SUBSTITUTION.findall(source[0])) - set(known))
    if missing:
        raise ExtensionError(f"{path}: no value for {', '.join(missing)} "
                             f"(benchmark figures come from benchmarks/results.json)")


def setup(app: Any) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    app.connect("config-inited", _benchmark_substitutions)
    app.connect("source-read", _check_substitutions)
    app.connect("html-page-context", _dedupe_scripts, priority=999)
    # The small loader goes on every page; it fetches the Vega library only when a reader
    # opens an interactive chart.
    app.add_js_file("claimtab-charts.js", loading_method="defer")
    app.connect("build-finished", _write_vega)
    app.connect("build-finished", _finish)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
