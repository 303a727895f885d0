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

    def matches(self, folded: str, keyed: str | None = None) -> list[re.Match[str]]:
        """Every match in ``folded``, in text order; matched in ``keyed`` (``case_key(folded)``,
        faster) when it is given and the patterns have twins (the matches' text lower-cased)."""
        anywhere, at_start, text = self.anywhere, self.at_start, folded
        if keyed is not None and (tw := twin(anywhere)) is not None:
            at_twin = twin(at_start) if at_start is not None else None
            if at_start is None or at_twin is not None:
                anywhere, at_start, text = tw, at_twin, keyed
                needed = required_strings(tw)
                if needed is not None and not any(s in keyed for s in needed):
                    return []  # no match can hold none of them: no need to scan
        first = at_start.match(text) if at_start is not None else None
        if first is None:
            return list(anywhere.finditer(text))
        # After a word at the very start, not inside it: "tens of thousands of" holds
        # "thousands of".
        return [first, *anywhere.finditer(text, first.end())]


# Matching lower-cased text without IGNORECASE is two to three times faster than matching with
# it. A pattern's *twin* matches the case key of a text (``case_key``) exactly where the pattern,
# with IGNORECASE, matches the text: both sides are lower-cased, and the characters the regex
# engine treats as case variants of one another (ı and i, ſ and s, ς and σ, ...) are written as
# one of them.
def _equivalent_chars() -> tuple[dict[int, str], set[str]]:
    """Each character with case variants beyond lower case -> the variant all are written as
    (a letter where the group has one); and the variants that are not letters when it is."""
    from re import _casefix

    out: dict[int, str] = {}
    unlike: set[str] = set()
    for code, others in _casefix._EXTRA_CASES.items():
        group = [code, *others]
        letters = [c for c in group if chr(c).isalnum()] or group
        out[code] = chr(min(letters))
        if chr(code).isalnum() != out[code].isalnum():
            unlike.add(chr(code))  # "\w" would match one and not the other
    return {code: ch for code, ch in out.items() if ord(ch) != code}, unlike


_EQUIVALENT, _UNLIKE = _equivalent_chars()
_HAS_EQUIVALENT = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_EQUIVALENT)) + "]")


def case_key(text: str) -> str | None:
    """``text`` lower-cased with case variants made one, at the same offsets (None when
    lower-casing changes its length, "İ" becoming two characters, or when a variant that is
    no letter stands for a letter)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if low.isascii() or not _HAS_EQUIVALENT.search(low):
        return low
    if any(ch in low for ch in _UNLIKE):
        return None
    return low.translate(_EQUIVALENT)


#: id(pattern) -> (pattern, twin): a pattern's own hash reads all its compiled code.
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern that matches ``case_key(text)`` where ``rx`` matches ``text`` (None when
    ``rx`` has no IGNORECASE or its source cannot be told to have such a twin)."""
    hit = _TWINS.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    found = None
    if rx.flags & re.IGNORECASE:
        source = _keyed_source(rx.pattern)
        if source is not None:
            found = re.compile(source, rx.flags & ~re.IGNORECASE)
    _TWINS[id(rx)] = (rx, found)
    return found


def _key_char(ch: str) -> str | None:
    """One literal character as the case key writes it (None if lower-casing makes it two)."""
    low = ch.lower()
    if len(low) != 1:
        return None
    return _EQUIVALENT.get(ord(low), low)


def _keyed_source(src: str) -> str | None:
    """A pattern source with its literals written as the case key writes them; None when it
    holds what this cannot rewrite safely (inline flags, back references, code escapes,
    upper-case letters in a set, or a set range that splits a group of case variants)."""
    out: list[str] = []
    i, n, in_set = 0, len(src), False
    while i < n:
        ch = src[i]
        if ch == "\\":
            if _safe_escape(src[i : i + 2]) is None:
                return None
            out.append(src[i : i + 2])
            i += 2
            continue
        if in_set:
            end = _set_end(src, i)
            items = _keyed_set(src[i:end]) if end is not None else None
            if items is None:
                return None
            out.append(items)
            i, in_set = end, False
            continue
        if ch == "[":
            in_set = True
            out.append(ch)
            i += 1
            if src[i : i + 1] == "^":
                out.append("^")
                i += 1
            if src[i : i + 1] == "]":  # a "]" first in a set is a literal
                return None
            continue
        if src.startswith("(?P<", i) or src.startswith("(?P=", i):
            close = src.find(">" if src[i + 3] == "<" else ")", i)
            out.append(src[i : close + 1])
            i = close + 1
            continue
        if src.startswith("(?", i) and src[i + 2 : i + 3] not in (":", "=", "!", "<", ">", "#"):
            return None  # inline flags
        key = _key_char(ch)
        if key is None:
            return None
        out.append(key)
        i += 1
    return "".join(out)


def _set_end(src: str, i: int) -> int | None:
    """The index of the "]" closing the set whose items begin at ``i``."""
    while i < len(src):
        if src[i] == "\\":
            i += 2
        elif src[i] == "]":
            return i
        elif src[i] == "[":
            return None  # a nested set (a FutureWarning in the engine): not rewritten
        else:
            i += 1
    return None


def _keyed_set(items: str) -> str | None:
    """A set's items written as the case key writes them (None when a range holds letters
    lower-casing changes, or splits a group of case variants)."""
    toks = re.findall(r"\\.|.", items, re.DOTALL)
    out: list[str] = []
    for k, tok in enumerate(toks):
        if tok == "-" and 0 < k < len(toks) - 1:
            if not _safe_range(toks[k - 1], toks[k + 1]):
                return None
            out.append(tok)
            continue
        key = _safe_escape(tok) if len(tok) == 2 else _key_char(tok)
        if key is None:
            return None
        out.append(key)
    return "".join(out)


def _safe_escape(esc: str) -> str | None:
    """An escape kept as it is: a class (\\d, \\w, ...), a control or an escaped symbol."""
    ch = esc[1]
    return esc if not ch.isalnum() or ch in "dDsSwWbBAZntrfv" else None


def _safe_range(a: str, b: str) -> bool:
    """Whether a set range a-b matches the same on case-keyed text."""
    if len(a) != 1 or len(b) != 1:
        return False
    span = range(ord(a), ord(b) + 1)
    if any(chr(c).lower() != chr(c) for c in span):
        return False
    return all(ord(_EQUIVALENT[c]) in span for c in span if c in _EQUIVALENT)


#: Shortest string worth a gate ("in" tests of shorter ones would pass on most texts), and most
#: strings: each is one pass over the text, so a gate of many costs more than it saves.
_GATE_MIN = 3
_GATE_STRINGS = 8
_REQUIRED: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def required_strings(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``rx`` (a pattern without IGNORECASE) holds, each
    at least _GATE_MIN long; None when none can be told. A text holding none has no match."""
    hit = _REQUIRED.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    found = None
    if not rx.flags & re.IGNORECASE:
        got = _required(list(_parser.parse(rx.pattern)))
        if got and min(map(len, got)) >= _GATE_MIN:
            # A text holding a string holds each string it holds: the shortest suffice.
            found = tuple(sorted(s for s in got if not any(t != s and t in s for t in got)))
            found = found if len(found) <= _GATE_STRINGS else None
    _REQUIRED[id(rx)] = (rx, found)
    return found


#: Most strings a part of a pattern is spelt out as, for a gate.
_GATE_MAX = 64


def _required(seq: list) -> set[str] | None:  # type: ignore[type-arg]
    """Strings one of which every match of a parsed sequence holds (None if unknown): the
    best of the strings its runs of finite parts spell, and of its other parts' own."""
    options: list[set[str]] = []
    run: set[str] | None = None
    for op, av in seq:
        got = _spelt(str(op), av)
        if got is not None:
            run = _joined(run or {""}, got)
            if run is not None:
                continue
        if run and "" not in run:
            options.append(run)
        run = None
        inner = _required_of(str(op), av)
        if inner:
            options.append(inner)
    if run and "" not in run:
        options.append(run)
    return max(options, key=lambda s: (min(map(len, s)), -len(s))) if options else None


def _joined(heads: set[str], tails: set[str]) -> set[str] | None:
    """Every head followed by every tail (None past _GATE_MAX strings)."""
    if len(heads) * len(tails) > _GATE_MAX:
        return None
    return {h + t for h in heads for t in tails}


def _spelt(name: str, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """Every string one parsed element matches, when they are few (None otherwise);
    zero-width assertions match "" only."""
    if name == "LITERAL":
        return {chr(av)}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}
    if name == "SUBPATTERN":
        return _spelt_seq(list(av[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            got = _spelt_seq(list(alt))
            if got is None or len(out | got) > _GATE_MAX:
                return None
            out |= got
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[1] == 1:
        got = _spelt_seq(list(av[2]))
        return None if got is None else got | ({""} if av[0] == 0 else set())
    return None


def _spelt_seq(seq: list) -> set[str] | None:  # type: ignore[type-arg]
    """Every string a parsed sequence matches, when they are few (None otherwise)."""
    out: set[str] | None = {""}
    for op, av in seq:
        got = _spelt(str(op), av)
        out = _joined(out, got) if out is not None and got is not None else None
        if out is None:
            return None
    return out


def _required_of(name: str, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The required strings of one parsed element that must match (None if unknown)."""
    if name == "SUBPATTERN":
        return _required(list(av[-1]))
    if name == "ATOMIC_GROUP":
        return _required(list(av))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return _required(list(av[2]))
    if name == "BRANCH":
        alts = [_required(list(alt)) for alt in av[1]]
        if any(not a for a in alts):
            return None
        return set().union(*alts)  # type: ignore[arg-type]
    return None
