"""Saved news pages around generated articles, in five shapes of real sites, for the benchmark.

Each page holds one generated article (benchmarks/generate.py) inside what sites put around it:
consent banners, navigation, share counters, captioned photos, "most read" sidebars, promos,
newsletter boxes, tags, reader comments full of numbers and footers. The shapes follow the test
pages in tests/data/pages/: a wire-service story, a live blog with timestamped entries, a story
with a long comment thread, an AMP page and a page whose date is only in JSON-LD. The headline is
the article's first sentence without a figure, so a page should give the claims of its text.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from generate import articles

HEAD = """<!DOCTYPE html>
<html lang="{lang}"{amp}><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<link rel="canonical" href="https://{host}/{lang}/{doc_id}.html">{meta}
<style>.cookie{{position:fixed;bottom:0}} .share{{display:flex}}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "{doc_id}"}});</script>
</head><body>
<div class="cookie-banner" id="consent"><p>We and our 842 partners store data for 13 months.</p>
<button>Accept all</button><button>Settings</button></div>
<header><nav class="main-nav"><a href="/">Home</a> <a href="/world/">World</a>
<a href="/asia/">Asia</a> <a href="/europe/">Europe</a></nav></header>
"""
FOOT = """<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/1">5,000 soldiers killed</a></li><li><a href="/2">8 million shells sent</a></li>
<li><a href="/3">Leader meets 300 officers</a></li>
</ol></aside>
<div class="newsletter"><p>The 10 top stories every morning.</p><form><input type="email">
</form></div>
<footer><p>&copy; 2025 {site}</p><ul><li><a href="/imprint">Imprint</a></li></ul></footer>
</body></html>
"""
SHARE = '<div class="social-share share"><span class="share-count">1,204</span> shares</div>'
PHOTO = ('<figure><img src="/a.jpg" alt=""><figcaption>About 3,000 soldiers at a parade. '
         "Photo: Agency</figcaption></figure>")
COMMENTS = ("I bet it's 20,000 soldiers.", "More like 50,000 troops, and 2 million shells.",
            "They sent 100 missiles last week, my cousin says.", "Source? 12,000 is old news.")


def _paragraphs(text: str) -> list[str]:
    """The article's paragraphs, escaped for HTML."""
    return [html.escape(p) for p in text.split("\n\n") if p.strip()]


def _headline(text: str) -> str:
    """The first sentence without a figure (a headline that adds no claim), or a plain one."""
    for sentence in re.split(r"(?<=[.!?。])\s*", text):
        if sentence.strip() and not any(ch.isdigit() for ch in sentence):
            return html.escape(sentence.strip()[:90])
    return "Pyongyang and Moscow"


def _wire(paras: list[str], day: int) -> tuple[str, str]:
    meta = f'\n<meta property="article:published_time" content="2025-01-{day:02d}T08:00:00Z">'
    body = (f'<p class="dateline">By Staff Reporter</p>{SHARE}{PHOTO}<div class="article-body">'
            + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
            + '<ul class="tags"><li><a href="/t/nk">North Korea</a></li></ul>')
    return meta, body


def _liveblog(paras: list[str], day: int) -> tuple[str, str]:
    meta = f'\n<meta name="date" content="2025-01-{day:02d}T07:05:00+01:00">'
    entries = "".join(
        f'<div class="liveblog-entry" id="entry-{i}"><div class="liveblog-entry__time">'
        f'<time datetime="2025-01-{day:02d}T{18 - i % 12:02d}:45:00+01:00">{18 - i % 12}:45'
        f"</time></div><p>{p}</p></div>" for i, p in enumerate(paras))
    return meta, f'{SHARE}<div class="liveblog__entries">{entries}</div>'


def _comments(paras: list[str], day: int) -> tuple[str, str]:
    meta = f'\n<meta property="article:published_time" content="2025-01-{day:02d}T09:30:00Z">'
    thread = "".join(
        f'<div class="comment"><span class="author">reader{i}</span><p>{c}</p>'
        f'<span class="likes">{i * 7} likes</span></div>' for i, c in enumerate(COMMENTS * 3))
    body = (f"{PHOTO}<div class=\"article-body\">" + "".join(f"<p>{p}</p>" for p in paras)
            + f'</div><section id="comments" class="comments"><h2>36 comments</h2>{thread}'
            "</section>")
    return meta, body


def _amp(paras: list[str], day: int) -> tuple[str, str]:
    meta = (f'\n<meta property="article:published_time" content="2025-01-{day:02d}T08:00:00+01:00">'
            '\n<script async src="https://cdn.ampproject.org/v0.js"></script>')
    body = ('<amp-consent id="c" layout="nodisplay"><div><p>96 partners use cookies.</p></div>'
            '</amp-consent><amp-social-share type="twitter"></amp-social-share>'
            '<amp-img src="/a.jpg" width="600" height="400"></amp-img>'
            + "".join(f"<p>{p}</p>" for p in paras)
            + '<amp-ad width="300" height="250" type="doubleclick"></amp-ad>')
    return meta, body


def _jsonld(paras: list[str], day: int) -> tuple[str, str]:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "datePublished": f"2025-01-{day:02d}T12:30:00+02:00",
            "author": {"@type": "Person", "name": "Staff Reporter"}}
    meta = f'\n<script type="application/ld+json">{json.dumps(data)}</script>'
    body = (f"{SHARE}<div class=\"entry-content\">" + "".join(f"<p>{p}</p>" for p in paras)
            + '<div class="promo"><p>Subscribe: 3 months for 1 euro.</p></div></div>')
    return meta, body


SHAPES = {"wire": _wire, "liveblog": _liveblog, "comments": _comments, "amp": _amp,
          "jsonld": _jsonld}


def page(doc_id: str, lang: str, text: str, i: int) -> str:
    """One saved page around an article, in the i-th shape (cycling through SHAPES)."""
    shape = list(SHAPES)[i % len(SHAPES)]
    meta, body = SHAPES[shape](_paragraphs(text), i % 28 + 1)
    title = _headline(text)
    head = HEAD.format(lang=lang, amp=" amp" if shape == "amp" else "", title=title,
                       site="Example News", host="news.example", doc_id=doc_id, meta=meta)
    return (f"{head}<main><article><h1>{title}</h1>{body}</article>"
            + FOOT.format(site="Example News").replace("<aside", "</main><aside", 1))


def write_pages(out_dir: Path, n: int) -> Path:
    """Write n generated articles as saved pages (.html) into out_dir (created); return it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for i, (doc_id, lang, text) in enumerate(articles(n)):
        (out_dir / f"{doc_id}.html").write_text(page(doc_id, lang, text, i), encoding="utf-8")
    return out_dir
