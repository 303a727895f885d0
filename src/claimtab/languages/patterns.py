"""Regex building blocks of the compiled languages: alternations, word bounds, word scanners."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: Wraps a pattern so it matches whole words where the language separates words.
Bound = Callable[[str], str]


def bound_for(word_boundaries: bool) -> Bound:
    """The word-bounding function of a language that does (or does not) separate words."""
    if word_boundaries:
        return lambda pattern: rf"(?<!\w)(?:{pattern})(?!\w)"
    return lambda pattern: f"(?:{pattern})"


def alternation(patterns: list[str]) -> str:
    """Join patterns longest first so the longest alternative wins.

    When every pattern must begin with a known letter, a look-ahead on those letters comes
    first: the engine then rejects most positions with one test instead of one per pattern.
    """
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    firsts = _first_letters(patterns)
    return f"(?={firsts})(?:{body})" if firsts else body


def _first_letters(patterns: list[str]) -> str:
    """A character class of the letters every match must begin with ("" when unknown)."""
    letters: set[str] = set()
    for p in patterns:
        if not p or not p[0].isalpha() or p[1:2] in ("?", "*", "{") or _has_top_bar(p):
            return ""
        letters |= {p[0].lower(), p[0].upper()}
    return "[" + "".join(re.escape(c) for c in sorted(letters)) + "]" if letters else ""


def _has_top_bar(pattern: str) -> bool:
    """Whether a pattern has an alternation bar outside any group or class."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def compile_any(patterns: list[str], bound: Bound | None) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of ``patterns`` (None if there are none)."""
    if not patterns:
        return None
    body = alternation(patterns)
    return re.compile(bound(body) if bound else body, re.IGNORECASE)


def compile_named(parts: list[tuple[str, str, bool]], bound: Bound) -> re.Pattern[str] | None:
    """One regex of named alternatives (name, body, bounded), tried in order.

    Consecutive bounded alternatives share one word-boundary check, so the engine rejects a
    position inside a word once instead of once per alternative (several times faster).
    """
    out: list[str] = []
    run: list[str] = []
    for name, body, bounded in parts:
        if bounded:
            run.append(f"(?P<{name}>{body})")
            continue
        if run:
            out.append(bound("|".join(run)))
            run = []
        out.append(f"(?P<{name}>{body})")
    if run:
        out.append(bound("|".join(run)))
    return re.compile("|".join(out), re.IGNORECASE) if out else None


@dataclass(frozen=True)
class WordScanner:
    """Finds whole words of a pattern (named groups) in a text, in text order.

    Where words are separated, ``anywhere`` matches from the non-word character before the word
    (consumed, so the engine jumps between separators instead of trying every position) and
    ``at_start`` finds a word at the very start of the text; a word's span is its named group's.
    """

    anywhere: re.Pattern[str]
    at_start: re.Pattern[str] | None

    @classmethod
    def of(cls, body: str, word_boundaries: bool) -> WordScanner:
        """The scanner of the words ``body`` matches, in a language with or without spaces."""
        if not word_boundaries:
            return cls(re.compile(body, re.IGNORECASE), None)
        body = f"(?:{body})(?!\\w)"
        return cls(re.compile(rf"[^\w]{body}", re.IGNORECASE), re.compile(body, re.IGNORECASE))

    def matches(self, folded: str) -> list[re.Match[str]]:
        """Every match in ``folded``, in text order."""
        found = list(self.anywhere.finditer(folded))
        if self.at_start is not None and (first := self.at_start.match(folded)) is not None:
            found.insert(0, first)
        return found
