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
    [start, end); "" too when two different periods are named (the rate is unclear).

    A rate phrase after the figure is its own; so is one just before it ("per month, some 1,500
    dollars", "monatlich rund 1.500 Dollar", "ежемесячно 1500 долларов"), unless it stands in
    the clause of the figure before it ("2,000 a month, or 24,000 a year": "a month" is 2,000's);
    and a rate opening the sentence is its first figure's ("Per month, Russia pays 1,500 ...").
    """
    rx = ctx.lang.re_rates
    if rx is None:
        return ""
    if ctx.lang.word_boundaries:
        a = ctx.words_before(start, at.prv, RATE_WORDS_BEFORE)
        b = ctx.words_after(end, at.nxt, RATE_WORDS_AFTER)
    else:
        a, b = max(at.prv, start - RATE_CHARS), min(at.nxt, end + RATE_CHARS)
    if at.prv > at.s:  # a figure before: its clause holds its own rates
        a = max(a, _clause_end(ctx.folded, at.prv, start))
    found = {
        m.lastgroup for m in ctx.finditer(rx, a, b) if m.start() >= end or m.end() <= start
    }
    if at.prv == at.s:  # the first figure also takes a rate opening the sentence ("Per month, ...")
        opening = at.s + len(ctx.folded[at.s : start]) - len(ctx.folded[at.s : start].lstrip())
        found |= {m.lastgroup for m in ctx.finditer(rx, opening, start) if m.start() == opening}
    periods = [p for p in RATE_PERIODS if p in found and p != "person"]
    if len(periods) > 1:
        return ""
    parts = (["person"] if "person" in found else []) + periods
    return "/".join(parts)


def _clause_end(folded: str, start: int, limit: int) -> int:
    """Where the clause going on at ``start`` ends: after its first ",", ";" or ":" before
    ``limit`` (``limit`` when there is none)."""
    ends = [i + 1 for i in (folded.find(mark, start, limit) for mark in ",;:") if i >= 0]
    return min(ends, default=limit)
