"""Extraction stage 1, sentences: a document's text cut into sentence spans."""

from __future__ import annotations

import re

from .languages import Language
from .text import fold

# A line end, a run of sentence-final marks followed by a space, or a CJK full stop. It begins
# with one character class so the engine skips to candidates without trying each position.
_BOUNDARY = re.compile(r"[\n.!?。！？…](?:(?<=\n)|[.!?。！？…]*[\"')\]]*(?=\s|$)|(?<=[。！？]))")


def split_sentences(text: str, lang: Language, folded: str | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text`` (lines are never joined)."""
    if folded is None:
        folded = fold(text)
    return _spans(folded, _cuts(folded, lang.abbreviations, lang.re_month))


def _cuts(
    folded: str, abbreviations: set[str], month: re.Pattern[str] | None = None
) -> list[int]:
    """Offsets where sentences end: after a final mark that is no abbreviation's dot, nor the
    dot of a day before its month ("am 3. März")."""
    cuts: list[int] = []
    cur = 0
    for m in _BOUNDARY.finditer(folded):
        end = m.end()
        if folded[m.start()] == ".":
            dot = m.start()
            prev = folded[max(cur, folded.rfind(" ", cur, dot) + 1) : dot].lower()
            if prev in abbreviations or (len(prev) == 1 and prev.isalpha()):
                continue
            after = folded[end : end + 3].lstrip()
            if after[:1].islower() or (after[:1].isdigit() and folded[dot - 1 : dot].isdigit()):
                continue
            if month is not None and prev.isdigit() and len(prev) <= 2 and month.match(
                    folded, end + len(folded[end : end + 3]) - len(after)):
                continue
        cuts.append(end)
        cur = end
    cuts.append(len(folded))
    return cuts


def _spans(folded: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-blank segments between cuts, without their surrounding space."""
    out = []
    start = 0
    for end in cuts:
        seg = folded[start:end]
        kept = seg.strip()
        if kept:
            s = start + len(seg) - len(seg.lstrip())
            out.append((s, s + len(kept)))
        start = end
    return out
