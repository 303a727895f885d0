"""Article text and metadata from a saved HTML page, read by trafilatura's article extractor.

trafilatura finds the article's main text and leaves out navigation, cookie banners, share
counters, "most read" sidebars, promos, photo captions, tags, newsletter boxes and reader
comments; it reads title, author, date, site name and URL from the page's metadata (meta tags,
JSON-LD, <time>). Only its extraction functions are used, never its fetch functions: nothing here
touches the network. Options are fixed (no deduplication cache, a fixed latest date) so the same
page always gives the same text.

The text is the headline, then the article's paragraphs, separated by blank lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from configparser import ConfigParser
from copy import deepcopy
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from .text import word_count

#: htmldate options: the date the page declares as its own (not an update), read from markup
#: only (no guessing from the text); the latest date accepted is fixed so results never depend
#: on the day the report runs.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}
#: Where pages declare their publication date (read exactly when ISO-style, see _published_date).
DATE_SOURCES = ['meta[property="article:published_time"]', 'meta[name="date"]',
                'meta[name="pubdate"]', 'meta[itemprop="datePublished"]',
                'meta[name="parsely-pub-date"]', 'meta[property="og:published_time"]']
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_LIKE = re.compile(r"\d{4}-\d{1,2}")


@functools.cache
def _config() -> ConfigParser:
    """trafilatura's settings with ours (imported on first use: trafilatura is slow to load)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # A short page (a few sentences) is still an article: trafilatura's default 250 characters
    # would send it to the fallback extractors, which keep more furniture.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
    return config


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page rather than prose (judged from its start)."""
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:head|body|article)\b", head)
    )


#: A page's body needs a line of this many words to be an article ("Home" alone is navigation).
MIN_BODY_WORDS = 4


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The article's text (headline, then paragraphs, blank lines between) and its metadata.

    Metadata keys: title, outlet, url (http or https only), published_date (YYYY-MM-DD), byline;
    a key is left out when the page does not state it. A declared publication date that is not a
    valid date is dropped and named under ``date_problem`` so the loader can report it.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        _without_marketing(html),
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        include_links=False,
        deduplicate=False,
        date_extraction_params=deepcopy(DATE_PARAMS),
        config=_config(),
    )
    if doc is None:
        return "", {}
    meta = _metadata(doc)
    date, problem = _published_date(html, doc.date or "")
    meta.pop("published_date", None)
    meta.update({"published_date": date} if date else {"date_problem": problem} if problem else {})
    return _text(meta.get("title", ""), doc.text or ""), meta


#: Words of a class or id that mark a marketing box (promo, newsletter or subscription box,
#: paywall notice): removed before extraction, as trafilatura keeps those that sit inside the
#: article's body ("Subscribe: 3 months for 1 euro" would be a payment).
MARKETING_WORDS = frozenset({"promo", "promotion", "newsletter", "subscribe", "subscription",
                             "paywall", "advert", "advertisement", "sponsored"})
#: Elements never removed, whatever their class says (the page's structure).
_STRUCTURE = frozenset({"html", "body", "main", "article"})
_CLASS_WORD = re.compile(r"[a-z]+")


def _without_marketing(html: str) -> str:
    """The page without the elements whose class or id words name a marketing box."""
    tree = LexborHTMLParser(html)
    for node in tree.css("[class], [id]"):
        if node.tag in _STRUCTURE or node.parent is None:
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if MARKETING_WORDS & set(_CLASS_WORD.findall(names.lower())):
            node.decompose()
    return tree.html or html


def _text(title: str, body: str) -> str:
    """The headline and the body's lines, one paragraph each, blank lines between; "" when no
    line of the body but the headline has MIN_BODY_WORDS words (a page of navigation only)."""
    paragraphs = [_clean(line) for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not [p for p in paragraphs if p != _clean(title) and word_count(p) >= MIN_BODY_WORDS]:
        return ""
    if title and _clean(title) != paragraphs[0]:
        paragraphs.insert(0, _clean(title))
    return "\n\n".join(paragraphs)


def _clean(s: str) -> str:
    """One line with runs of white space made single spaces."""
    return re.sub(r"\s+", " ", s).strip()


def _metadata(doc: Any) -> dict[str, str]:
    """The loader's metadata keys from trafilatura's document, each checked; empty ones left out."""
    meta = {
        "title": _clean(doc.title or ""),
        "outlet": _clean(doc.sitename or ""),
        "byline": _clean(doc.author or ""),
        "url": http_url(doc.url or ""),
    }
    return {k: v for k, v in meta.items() if v}


def http_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL with a host, else ''."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


def iso_date(value: str) -> str:
    """The YYYY-MM-DD date that ``value`` starts with, if it is a real calendar date; else ''."""
    m = _ISO.match(value.strip())
    if not m:
        return ""
    try:
        return dt.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return ""


def _published_date(html: str, found: str) -> tuple[str, str]:
    """(YYYY-MM-DD or '', reason a declared date was dropped or '').

    An ISO-style date the page declares (meta tags, then JSON-LD) is read exactly: a day that does
    not exist is dropped, never repaired. Other forms are left to htmldate's reading (``found``).
    """
    tree = LexborHTMLParser(html)
    declared = [n.attributes.get("content") or "" for sel in DATE_SOURCES for n in tree.css(sel)]
    declared = [v.strip() for v in declared + _json_ld_dates(tree) if v and v.strip()]
    if not declared:
        return iso_date(found), ""
    first = declared[0]
    date = iso_date(first) if _ISO_LIKE.match(first) else iso_date(found)
    reason = f"published date {first[:40]!r} in the page is not a valid date; dropped"
    return date, "" if date else reason


def _json_ld_dates(tree: LexborHTMLParser) -> list[str]:
    """The datePublished values of the page's JSON-LD blocks (unreadable blocks are passed over)."""
    out: list[str] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    out.append(item["datePublished"])
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return out
