"""Rates: whether a figure is per person or per period ("1,500 dollars a month per worker"), so
that no range or chart mixes a monthly wage with a total. The phrases are language data
(``[rates]`` in the language files)."""

from __future__ import annotations

from .languages.language import RATE_PERIODS
from .reading import Place, Reading

#: Words after / before a figure searched for a rate phrase (characters for unspaced scripts).
RATE_WORDS_AFTER = 8
RATE_WORDS_BEFORE = 3
RATE_CHARS = 10


def per_of(ctx: Reading, start: int, end: int, at: Place) -> str:
    """The claim's ``per``: "", a period or "person", or "person/<period>" for a figure at
    [start, end); "" too when two different periods are named (the rate is unclear)."""
    rx = ctx.lang.re_rates
    if rx is None:
        return ""
    if ctx.lang.word_boundaries:
        a = ctx.words_before(start, at.prv, RATE_WORDS_BEFORE)
        b = ctx.words_after(end, at.nxt, RATE_WORDS_AFTER)
    else:
        a, b = max(at.prv, start - RATE_CHARS), min(at.nxt, end + RATE_CHARS)
    # Before the figure, only its own clause: "2,000 a month, or 24,000 a year" has two rates.
    a = max([a] + [ctx.folded.rfind(mark, a, start) + 1 for mark in ",;:"])
    found = {
        m.lastgroup for m in ctx.finditer(rx, a, b) if m.start() >= end or m.end() <= start
    }
    periods = [p for p in RATE_PERIODS if p in found and p != "person"]
    if len(periods) > 1:
        return ""
    parts = (["person"] if "person" in found else []) + periods
    return "/".join(parts)
