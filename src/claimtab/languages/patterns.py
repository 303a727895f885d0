"""Regex building blocks of the compiled languages: alternations, word bounds, word scanners."""

from __future__ import annotations

import re
import re._parser as _parser  # the standard library's own regex parser
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

    When every match must begin with a character of a known set, a look-ahead on that set
    comes first: the engine then rejects most positions with one test instead of one per
    pattern.
    """
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return with_first_chars(body)


def with_first_chars(body: str) -> str:
    """``body`` behind a look-ahead on the characters its matches begin with (when known).

    The look-ahead is implied by the body, so it changes no match, only how fast positions
    where no match can begin are rejected.
    """
    firsts = first_chars(body)
    return f"(?={firsts})(?:{body})" if firsts else body


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def first_chars(pattern: str) -> str:
    """A character class every match of ``pattern`` begins with ("" when it cannot be told:
    the pattern may match empty, or may begin with any character or a negated set)."""
    try:
        tree = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return ""
    found = _firsts(list(tree))
    if found is None or found[1] or not found[0]:
        return ""
    return "[" + "".join(sorted(set(found[0]))) + "]"


#: What a parsed piece may begin with: class items, and whether it may match empty.
_Firsts = tuple[list[str], bool]


def _firsts(seq: list) -> _Firsts | None:  # type: ignore[type-arg]
    """The first characters of a parsed sequence (None when unknown)."""
    out: list[str] = []
    for op, av in seq:
        got = _first_of(str(op), av)
        if got is None:
            return None
        out += got[0]
        if not got[1]:
            return out, False
    return out, True


def _first_of(name: str, av) -> _Firsts | None:  # type: ignore[no-untyped-def]
    """The first characters of one parsed element (zero-width assertions match empty)."""
    if name == "LITERAL":
        return [_class_char(av)], False
    if name == "IN":
        items = _class_items(av)
        return (items, False) if items is not None else None
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return [], True
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _firsts(list(av[-1] if name == "SUBPATTERN" else av))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        got = _firsts(list(av[2]))
        return None if got is None else (got[0], got[1] or av[0] == 0)
    if name == "BRANCH":
        items: list[str] = []
        empty = False
        for alt in av[1]:
            got = _firsts(list(alt))
            if got is None:
                return None
            items += got[0]
            empty = empty or got[1]
        return items, empty
    return None


def _class_items(items: list) -> list[str] | None:  # type: ignore[type-arg]
    """A parsed character set as class items (None for a negated set)."""
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_class_char(av))
        elif name == "RANGE":
            out.append(f"{_class_char(av[0])}-{_class_char(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:
            return None
    return out


def _class_char(code: int) -> str:
    """One character, escaped for use inside a character class."""
    ch = chr(code)
    return ch if ch.isalnum() else f"\\{ch}" if ch in "\\]^-[" else re.escape(ch)


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
            out.append(bound(with_first_chars("|".join(run))))
            run = []
        out.append(f"(?P<{name}>{body})")
    if run:
        out.append(bound(with_first_chars("|".join(run))))
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
        body = with_first_chars(body)
        if not word_boundaries:
            return cls(re.compile(body, re.IGNORECASE), None)
        body = f"(?:{body})(?!\\w)"
        return cls(re.compile(rf"[^\w]{body}", re.IGNORECASE), re.compile(body, re.IGNORECASE))

    def matches(self, folded: str) -> list[re.Match[str]]:
        """Every match in ``folded``, in text order."""
        first = self.at_start.match(folded) if self.at_start is not None else None
        if first is None:
            return list(self.anywhere.finditer(folded))
        # After a word at the very start, not inside it: "tens of thousands of" holds
        # "thousands of".
        return [first, *self.anywhere.finditer(folded, first.end())]
