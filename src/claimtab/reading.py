"""The reading of one document, shared by the extraction stages: its text, folded text,
sentence spans and language, and what the stages found in it so far (per sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from .dates import DateSpan
from .languages import Language
from .languages.patterns import case_key, twin
from .sentences import split_sentences
from .text import fold

#: A sentence span (start, end) in the document's text.
Span = tuple[int, int]
#: A cue or date found in a sentence: (start, end, what it says).
Mark = tuple[int, int, str]

_N_WORDS: dict[int, re.Pattern[str]] = {}  # n -> "up to n words", compiled on first use


class Cue(NamedTuple):
    """An attribution cue: its kind (pronoun, citing, cited, before, post, after, final), span."""

    kind: str
    start: int
    end: int


class Place(NamedTuple):
    """Where a quantity stands: its sentence, and the end of the number before / start of the
    number after it in that sentence (the sentence's bounds when there is none)."""

    s: int
    e: int
    prv: int
    nxt: int


@dataclass
class Reading:
    """One document being read: what every stage needs, and each stage's per-sentence finds."""

    text: str
    folded: str
    lang: Language
    sentences: list[Span]
    doc_year: str = ""
    #: The article's publication date (ISO day), against which "said on Friday" is resolved.
    published: str = ""
    cues: dict[Span, list[Cue]] = field(default_factory=dict)
    reported: dict[tuple[int, int, str, int], str] = field(default_factory=dict)
    #: The date phrases of each sentence, found once.
    sentence_dates: dict[Span, list[DateSpan]] = field(default_factory=dict)
    status_marks: dict[Span, list[Mark]] = field(default_factory=dict)
    date_marks: dict[Span, list[Mark]] = field(default_factory=dict)
    scope_marks: dict[Span, list[Mark]] = field(default_factory=dict)
    #: Claimant -> country, so "he said" keeps the country of the claimant named before.
    countries: dict[str, str] = field(default_factory=dict)
    #: Lawmaker claimant -> the registry id of the body whose briefing they relay.
    relays: dict[str, str] = field(default_factory=dict)
    #: Claimant -> the date a sentence last stated for their statement ("said on Friday").
    stated: dict[str, str] = field(default_factory=dict)
    #: ``folded`` case-keyed (``patterns.case_key``), matched by the language's patterns'
    #: twins, which are faster; None when lower-casing changes the text's length.
    keyed: str | None = None

    @classmethod
    def of(cls, text: str, lang: Language, published_date: str = "") -> Reading:
        """Start reading ``text``: fold it and cut it into sentences."""
        folded = fold(text)
        doc_year = published_date[:4] if published_date else ""
        sentences = split_sentences(text, lang, folded)
        return cls(text, folded, lang, sentences, doc_year, published_date,
                   keyed=case_key(folded))

    def keyed_for(self, rx: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
        """The pattern and text to match ``rx`` with: its twin on the keyed text when it has
        one (same spans; matched text lower-cased), else ``rx`` on the folded text."""
        tw = twin(rx) if self.keyed is not None else None
        return (tw, self.keyed) if tw is not None and self.keyed is not None else (rx, self.folded)

    def finditer(self, rx: re.Pattern[str], start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of ``rx`` in folded[start:end] (their text lower-cased)."""
        pattern, text = self.keyed_for(rx)
        return pattern.finditer(text, start, end)

    def search(self, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """The first match of ``rx`` in folded[start:end] (its text lower-cased)."""
        pattern, text = self.keyed_for(rx)
        return pattern.search(text, start, end)

    def words_after(self, start: int, limit: int, n: int) -> int:
        """End offset of the ``n``-th word after ``start`` (not past ``limit``)."""
        if n <= 0 or limit <= start:
            return start
        rx = _N_WORDS.get(n)
        if rx is None:
            rx = _N_WORDS[n] = re.compile(rf"(?:\s*\S+){{1,{n}}}")
        m = rx.match(self.folded, start, limit)
        return m.end() if m else start

    def words_before(self, end: int, limit: int, n: int) -> int:
        """Start offset of the ``n``-th word before ``end`` (not before ``limit``)."""
        if n <= 0 or end <= limit:
            return end
        seg = self.folded[limit:end]
        parts = seg.rsplit(None, n)
        if not parts:
            return end
        if len(parts) <= n:  # n words or fewer: where the first begins
            return limit + len(seg) - len(seg.lstrip())
        return end - len(seg[len(parts[0]) :].lstrip())
