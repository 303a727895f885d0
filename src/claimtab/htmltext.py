"""Article text and metadata from an HTML page (Lexbor parser via selectolax).

Scripts, styles, navigation, headers, footers, forms and asides are dropped; the article body is
the page's <article>, else its <main>, else <body>. Block elements become paragraphs.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "iframe", "svg", "button", "select"]  # fmt: skip
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
          "td", "th", "dd", "dt", "caption"}  # fmt: skip
_META = {
    "title": ['meta[property="og:title"]', 'meta[name="twitter:title"]'],
    "published_date": ['meta[property="article:published_time"]', 'meta[name="date"]',
                       'meta[name="pubdate"]', 'meta[itemprop="datePublished"]'],
    "outlet": ['meta[property="og:site_name"]', 'meta[name="publisher"]'],
    "byline": ['meta[name="author"]', 'meta[property="article:author"]'],
    "url": ['link[rel="canonical"]', 'meta[property="og:url"]'],
}  # fmt: skip


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page rather than prose (judged from its start)."""
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:head|body|article)\b", head)
    )


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The article's text (paragraphs separated by blank lines) and the metadata the page states."""
    tree = LexborHTMLParser(html)
    meta = _metadata(tree)
    for selector in DROP:
        for node in tree.css(selector):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    paragraphs: list[str] = []
    if root is not None:
        _collect(root, paragraphs)
    text = "\n\n".join(p for p in paragraphs if p)
    if not meta.get("title"):
        h1 = tree.css_first("h1") or tree.css_first("title")
        if h1 is not None:
            meta["title"] = _clean(h1.text())
    return text, meta


def _collect(node, out: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Walk the tree; each block element that holds no other block becomes one paragraph."""
    for child in node.iter(include_text=False):
        tag = child.tag
        # traverse() yields the node itself first, then its descendants.
        inner = [c.tag for c in child.traverse(include_text=False)][1:]
        if tag in BLOCKS and not any(t in BLOCKS for t in inner):
            out.append(_clean(child.text(separator=" ")))
        else:
            before = len(out)
            _collect(child, out)
            loose = child.text(deep=False).strip()
            if len(out) == before and tag in ("div", "section", "span") and loose:
                out.append(_clean(child.text(separator=" ")))


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _metadata(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, selectors in _META.items():
        for sel in selectors:
            node = tree.css_first(sel)
            if node is None:
                continue
            value = node.attributes.get("content") or node.attributes.get("href") or ""
            if value and value.strip():
                meta[key] = value.strip()
                break
    if "published_date" not in meta:
        t = tree.css_first("time[datetime]")
        if t is not None and t.attributes.get("datetime"):
            meta["published_date"] = t.attributes["datetime"] or ""
    if "published_date" in meta:
        m = re.match(r"\d{4}-\d{2}-\d{2}", meta["published_date"])
        meta["published_date"] = m.group(0) if m else ""
    return meta
