"""Read numbers written in words, in any language with a number-word file.

``read_number_words(text, code)`` returns every number phrase understood whole, as
:class:`NumberSpan` (start, end, value, qualifier, scale). The vocabulary is data:
``languages/numwords/<code>.json``, generated from CLDR spell-out rules by
``tools/gen_numwords.py`` (every cardinal rule set: cases, genders, native Korean). The reader
is one compiled regex per language for candidate spans, then a small parser over the roles of
the forms found: ``add`` (a number below 1000), ``mul`` (multiplies the number before it:
"hundred", 百), ``scale`` (1000 and up: "thousand", 万), plus fractions of a scale ("half a
million"), dozens, approximate numerals ("une cinquantaine") and over-markers (10余万).

Precision first: a phrase not understood whole gives nothing; ``rejected_number_words`` lists
those spans with the reason. Out of scope (never read here): ordinals, decimals spelled out
("one point five"), spelled-out fractions alone ("a half"), years read as words.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from .compiled import PACKAGE_DIR

DATA_DIR = PACKAGE_DIR / "languages" / "numwords"
_DIGITS = r"\d+(?:[.,]\d+)*"
_DIGITS_RX = re.compile(_DIGITS)
_SEPS = re.compile(r"[-\s]+")
_HAS_SEP = re.compile(r"[-\s]")
_HYPHEN_AFTER = re.compile(r"-\w")
_HYPHEN_BEFORE = re.compile(r"\w-$")
_WORD_SPACE_BEFORE = re.compile(r"(\w+)\s+$")
_NEXT = re.compile(r"[ \-]?(\w+)")
_PREV = re.compile(r"(\w+)[ \-]?$")
_WORD_AFTER = re.compile(r"\s*\w")
_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\s*('s|\w+)")


class NumberSpan(NamedTuple):
    """A number phrase read whole: offsets, value, qualifier (exact, approx, over), scale."""

    start: int
    end: int
    value: float
    qualifier: str = "exact"
    scale: float | None = None  # the scale word the phrase ends with, if any
    base: float = 0.0  # value / scale when it ends with a scale word


@dataclass(frozen=True)
class Rejected:
    """A candidate phrase that was not read, and why."""

    start: int
    end: int
    text: str
    reason: str


class _Reject(Exception):
    """A phrase is not a number understood whole."""


class _Tok(NamedTuple):
    form: str
    roles: dict[str, float]
    start: int
    end: int


#: Phrases whose reading a Reader keeps (it starts afresh when full).
_PARSED_MAX = 50_000
#: A phrase's value, qualifier and final scale, or why it has none.
_Valued = tuple[float, str, float | None] | str


def available_codes() -> list[str]:
    """Codes of languages that have a number-word file."""
    return sorted(p.stem for p in DATA_DIR.glob("*.json"))


def _pattern(form: str, variants: dict[str, str]) -> str:
    """A regex for one form: a space or hyphen inside it matches either; letter variants too."""
    out = r"[-\s]+".join(re.escape(p) for p in re.split(r"[-\s]+", form))
    for a, b in variants.items():
        out = out.replace(a, f"[{a}{b}]")
    return out


def _trie_pattern(node: dict[str, dict], variants: dict[str, str]) -> str:
    """The regex of a trie of form keys ('-' stands for a space or hyphen)."""
    alts = []
    for ch in sorted(c for c in node if c):
        if ch == "-":
            head = r"[-\s]+"
        elif ch in variants:
            head = f"[{re.escape(ch)}{re.escape(variants[ch])}]"
        else:
            head = re.escape(ch)
        alts.append(head + _trie_pattern(node[ch], variants))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    if "" in node:
        return f"(?:{body})?"
    return body


class Reader:
    """The compiled number-word reader of one language."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.variants: dict[str, str] = data.get("letter_variants", {})
        self.unvary = str.maketrans({b: a for a, b in self.variants.items()})
        self.separated: bool = data["separated"]
        self.group_max: float = data["group_max"]
        roles: dict[str, dict[str, float]] = {}
        for role in ("add", "mul", "scale", "approx", "fractions"):
            for form, v in data.get(role, {}).items():
                roles.setdefault(self.key(form), {})[role] = float(v)
        for key, role, v in (("dozen", "dozen", 12.0), ("articles", "article", 1.0),
                             ("over_markers", "over", 1.0)):
            for form in data.get(key, []):
                roles.setdefault(self.key(form), {})[role] = v
        self.roles = roles
        self.bare = set(data.get("bare_scales", []))
        self.ordinals = set(data.get("ordinals", []))
        self.approx_plural = set(data.get("approx_plural", []))
        self.linkers = [w.lower() for w in data.get("linkers", [])]
        self.atom = re.compile(self._alt(roles), re.IGNORECASE)
        stems = {f[:5] for f, r in roles.items() if len(f) >= 6 and f.isalpha()}
        self.stem = re.compile(self._alt({s: {} for s in stems}), re.IGNORECASE) if stems else None
        links = "|".join(re.escape(w) for w in sorted(self.linkers, key=len, reverse=True))
        self.linker = re.compile(rf"(?:{links})(?!\w)", re.IGNORECASE) if links else None
        self.span = self._span_regex()
        lk = "|".join(map(re.escape, self.linkers))
        self.next_word = re.compile(rf"\s*(?:(?:{lk})\s+)?(\w+)" if lk else r"\s*(\w+)")
        counters = data.get("counters", [])
        self.counter = re.compile(rf" ?(?:{'|'.join(counters)})(?!\w)") if counters else None
        self.counter_after = re.compile(f" *(?:{'|'.join(counters)})") if counters else None
        self._parsed: dict[tuple[str, bool], tuple[list[_Tok], _Valued]] = {}

    def key(self, form: str) -> str:
        """The lookup key of a form: lower case, letter variants made one, '-' for spaces."""
        low = form.lower().replace("\u0307", "")  # Turkish "İki" lowers to i + a dot above
        low = low.translate(self.unvary) if self.variants else low
        return _SEPS.sub("-", low) if _HAS_SEP.search(low) else low

    def _alt(self, roles: dict[str, dict[str, float]]) -> str:
        """One regex for all the forms, as a trie: the engine tests a letter once per node
        instead of once per form (the longest form still wins: deeper branches come first)."""
        trie: dict[str, dict] = {}
        for form in roles:
            node = trie
            for ch in self.key(form):
                node = node.setdefault(ch, {})
            node[""] = {}
        return _trie_pattern(trie, self.variants)

    def _span_regex(self) -> re.Pattern[str]:
        """Candidate spans: number forms joined by the language's separators and linkers."""
        atoms = f"(?:{self._alt({f: r for f, r in self.roles.items() if set(r) != {'article'}})})"
        if not self.separated:
            sep = "[ ]?" if self.data.get("space_between") else ""
            unit = f"(?:{atoms}|{_DIGITS})"
            return re.compile(f"{self._firsts(digits=True)}{unit}(?:{sep}{unit})*", re.IGNORECASE)
        links = [re.escape(w) for w in self.linkers]
        glued = [w for w in links if w.startswith("'")]
        spaced = [w for w in links if not w.startswith("'")]
        seps = [r"[\s\-\u00ad]{0,2}"]
        if spaced:
            seps.insert(0, rf"\s+(?:{'|'.join(spaced)})\s+")
        if glued:
            seps.insert(0, rf"(?:{'|'.join(glued)})\s+")
        sep = f"(?:{'|'.join(seps)})"
        arts = [_pattern(a, self.variants) for a in self.data.get("articles", [])]
        lead = rf"(?:(?:{'|'.join(arts)})\s+)?" if arts else ""
        firsts = self._firsts(digits=False)
        body = rf"{firsts}{lead}{atoms}(?:{sep}{atoms})*(?!\w)"
        # On lower-cased text, a pattern that opens with a character class and no IGNORECASE
        # lets the engine skip in C to the next non-word character: a phrase starts after one.
        self.span_after_sep = re.compile(rf"[^\w]{body}")
        self.span_at_start = re.compile(body)
        return re.compile(rf"{firsts}(?<!\w){lead}{atoms}(?:{sep}{atoms})*(?!\w)", re.IGNORECASE)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The (start, end) of every candidate phrase in text, in order."""
        low = text.lower() if self.separated else ""
        if not self.separated or len(low) != len(text):
            yield from (m.span() for m in self.span.finditer(text))
            return
        if (first := self.span_at_start.match(low)) is not None:
            yield first.span()
        pos = first.end() if first is not None else 0
        for m in self.span_after_sep.finditer(low, pos):
            yield m.start() + 1, m.end()

    def _firsts(self, digits: bool) -> str:
        """A look-ahead on the characters a phrase can begin with: most positions fail at once."""
        chars = {k[0] for k in self.roles if k}
        chars |= {self.variants[c] for c in chars if c in self.variants}
        body = "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "")
        return f"(?=[{body}])"

    def tokens(self, text: str, start: int, end: int) -> list[_Tok]:
        """The forms of a candidate span, in order (linkers and separators dropped)."""
        return self._segment(text, start, end, 0) or []

    def _segment(self, text: str, pos: int, end: int, depth: int) -> list[_Tok] | None:
        """A segmentation of text[pos:end] into forms, longest first, backing off when stuck
        (Finnish "neljätuhatta" is neljä + tuhatta, not neljät + ...)."""
        while pos < end and (text[pos] in " -\u00ad" or self._linker_at(text, pos, end)):
            lk = self._linker_at(text, pos, end)
            pos = lk if lk else pos + 1
        if pos >= end:
            return []
        if depth > 60:
            return None
        for tok in self._candidates(text, pos, end):
            rest = self._segment(text, tok.end, end, depth + 1)
            if rest is not None:
                return [tok, *rest]
        return None

    def _linker_at(self, text: str, pos: int, end: int) -> int:
        """The end of a linker word at pos (after a space or a glued "'t"), else 0."""
        if self.linker is None or not (lk := self.linker.match(text, pos, end)):
            return 0
        if pos == 0 or not text[pos - 1].isalnum() or text[pos] == "'":
            return lk.end()
        return 0

    def _candidates(self, text: str, pos: int, end: int) -> Iterator[_Tok]:
        """Forms that start at pos: the longest match, then shorter ones that are forms
        (made only when the longer ones leave a rest that cannot be read)."""
        if not self.separated and (d := _DIGITS_RX.match(text, pos, end)):
            yield _Tok(d.group(), {"digits": 1.0}, pos, d.end())
        m = self.atom.match(text, pos, end)
        if m is None or m.end() == m.start():
            return
        yield _Tok(m.group(), self.roles.get(self.key(m.group()), {}), pos, m.end())
        for k in range(m.end() - 1, pos, -1):
            roles = self.roles.get(self.key(text[pos:k]))
            if roles:
                yield _Tok(text[pos:k], roles, pos, k)

    def parsed(self, text: str, a: int, b: int) -> tuple[list[_Tok], _Valued]:
        """The forms of text[a:b] (offsets from a) and their value, or the reason they have none;
        found once per phrase: only the phrase and whether a word runs into it decide them."""
        key = (text[a:b], a == 0 or not text[a - 1].isalnum())
        hit = self._parsed.get(key)
        if hit is None:
            toks = [_Tok(t.form, t.roles, t.start - a, t.end - a) for t in self.tokens(text, a, b)]
            try:
                valued: _Valued = self.value(toks) if toks else "no forms"
            except _Reject as exc:
                valued = str(exc)
            if len(self._parsed) >= _PARSED_MAX:
                self._parsed.clear()
            hit = self._parsed[key] = (toks, valued)
        return hit

    def value(self, toks: list[_Tok]) -> tuple[float, str, float | None]:
        """The value, qualifier and final scale of a token list, or raise _Reject."""
        st = _State()
        for i, t in enumerate(toks):
            st.feed(t, self, i == len(toks) - 1)
        return st.finish()


class _State:
    """The running state of one phrase's parse."""

    def __init__(self) -> None:
        self.total = 0.0
        self.done = 0.0
        self.done_lp = math.inf
        self.tail = 0.0
        self.tail_lp = math.inf
        self.last_scale = math.inf
        self.frac: float | None = None
        self.article = False
        self.qual = "exact"
        self.closed = False  # a dozen or approx numeral ends the group
        self.end_scale: float | None = None
        self.seen = False
        self.end_prev = False  # the token before was a scale word

    def feed(self, t: _Tok, rd: Reader, last: bool) -> None:
        """Take one token (raise _Reject when it cannot follow what came before)."""
        r = t.roles
        group = self.done + self.tail
        self.end_scale = None
        after_scale, self.end_prev = self.end_prev, False
        if "digits" in r:
            return self._add(_digits_value(t.form), plain=True)
        if "article" in r and not self.seen and not (last and "add" in r):
            self.article = True
            return
        if "fractions" in r and not self.seen and self.frac is None:
            self.frac = r["fractions"]
            return
        if "over" in r:
            if not self.seen:
                raise _Reject("over-marker before any number")
            self.qual = "over"
            return
        if "scale" in r and (group or self.frac or self.article or t.form.lower() in rd.bare):
            return self._scale(r["scale"], rd)
        if "scale" in r and after_scale and r["scale"] > self.total:
            self.total *= r["scale"]  # "mil millones", "thousand million": a scale of a scale
            self.last_scale *= r["scale"]
            self.end_scale, self.end_prev = self.last_scale, True
            return
        if "dozen" in r:
            return self._close(12.0, "exact")
        if "approx" in r:
            if not self.seen and not self.article and t.form.lower() in rd.approx_plural:
                raise _Reject("a plural approximate numeral alone (hundreds of, not about 100)")
            return self._close(r["approx"], "approx")
        if "mul" in r and (self.tail or self.article or rd.data.get("mul_alone")):
            return self._mul(r["mul"], rd)
        if "add" in r:
            return self._add(r["add"], plain=False)
        raise _Reject(f"{t.form!r} cannot stand here")

    def _check_open(self) -> None:
        if self.closed or self.frac is not None or self.article:
            raise _Reject("a number after a dozen, fraction or article")

    def _add(self, v: float, plain: bool) -> None:
        self._check_open()
        limit = self.tail_lp if self.tail else self.done_lp
        if not v < limit or (not self.tail and self.done and v >= self.done_lp):
            raise _Reject("number words out of order")
        self.tail += v
        self.tail_lp = _place(v, plain)
        self.seen = True

    def _mul(self, m: float, rd: Reader) -> None:
        if self.closed or self.frac is not None:
            raise _Reject("a multiplier after a dozen or fraction")
        small = 100 if (m == 100 and not self.done and rd.separated) else 10
        if self.tail >= small or (self.tail and self.tail_lp < 1):
            raise _Reject("multiplier after a number too large")
        v = (self.tail or 1.0) * m
        if self.done and not v < self.done_lp:
            raise _Reject("multipliers out of order")
        self.done += v
        self.done_lp, self.tail, self.tail_lp = m, 0.0, math.inf
        self.article = False
        self.seen = True

    def _scale(self, s: float, rd: Reader) -> None:
        g = (self.done + self.tail) or 1.0
        g *= self.frac if self.frac is not None else 1.0
        if not g < min(self.group_limit(rd, s), s) or not s < self.last_scale:
            raise _Reject("scale words out of order")
        self.total += g * s
        self.last_scale = s
        self.end_scale = s
        self.end_prev = True
        self.done, self.done_lp, self.tail, self.tail_lp = 0.0, math.inf, 0.0, math.inf
        self.frac, self.article, self.closed, self.seen = None, False, False, True

    @staticmethod
    def group_limit(rd: Reader, s: float) -> float:
        return rd.group_max if s >= rd.group_max else s

    def _close(self, v: float, qual: str) -> None:
        if self.closed or self.frac is not None:
            raise _Reject("two dozen/approx words")
        g = (self.done + self.tail) or 1.0
        if g >= 100:
            raise _Reject("dozen or approx numeral after a large number")
        self.done, self.tail = g * v, 0.0
        self.done_lp = self.tail_lp = 0.0
        self.article, self.closed, self.seen = False, True, True
        if qual == "approx":
            self.qual = "approx"

    def finish(self) -> tuple[float, str, float | None]:
        if self.frac is not None or self.article or not self.seen:
            raise _Reject("a fraction or article without its number")
        return self.total + self.done + self.tail, self.qual, self.end_scale


def _digits_value(s: str) -> float:
    """Digits inside a CJK number phrase: ',' groups, '.' is the decimal point."""
    return float(s.replace(",", ""))


def _place(v: float, plain: bool) -> float:
    """The lowest place a number fills: 200 -> 100, 50 -> 10, 25 or a teen -> 1."""
    if v != int(v) or v == 0:
        return 0.0 if v != int(v) else 1.0
    if not plain and 10 <= v < 20:
        return 1.0
    p = 1.0
    while v % (p * 10) == 0:
        p *= 10
    return p


_READERS: dict[str, Reader | None] = {}


def reader(code: str) -> Reader | None:
    """The compiled reader of a language (None when it has no number-word file), cached."""
    if code not in _READERS:
        path = DATA_DIR / f"{code}.json"
        _READERS[code] = Reader(json.loads(path.read_text("utf-8"))) if path.is_file() else None
    return _READERS[code]


def may_open_phrase(text: str, code: str) -> bool:
    """Whether a number-word phrase may begin at the start of ``text`` (a cheap test before
    reading: "3 thousand five hundred" is worth reading on, "3 million soldiers" is not)."""
    rd = reader(code)
    if rd is None:
        return False
    if not rd.separated:
        return rd.span.match(text) is not None
    return rd.span_at_start.match(text.lower()) is not None


def read_number_words(
    text: str, code: str, split_at: frozenset[str] = frozenset()
) -> list[NumberSpan]:
    """Every number phrase in ``text`` (language ``code``) read whole, in text order.

    A phrase not read whole that holds one of the linker words ``split_at`` (a range's "and")
    is read again as the parts between them: "ten and twelve thousand" is 10 and 12,000.
    """
    return _scan(text, code, None, split_at)


def rejected_number_words(text: str, code: str) -> list[Rejected]:
    """The candidate phrases ``read_number_words`` passed over, each with its reason."""
    out: list[Rejected] = []
    _scan(text, code, out, frozenset())
    return out


def _scan(
    text: str, code: str, rejected: list[Rejected] | None, split_at: frozenset[str]
) -> list[NumberSpan]:
    rd = reader(code)
    if rd is None:
        return []
    out: list[NumberSpan] = []
    digits_only = _DIGITS_RX.fullmatch
    for a, b in rd.spans(text):
        if not rd.separated and (digits_only(text, a, b) or (b - a == 1 and not (
                rd.counter_after is not None and rd.counter_after.match(text, b)))):
            continue  # the digit reader's, or one character not before a counter (a word's)
        try:
            span = _read(rd, text, a, b)
        except _Reject as exc:
            parts = _read_parts(rd, text, a, b, split_at)
            if parts:
                out.extend(parts)
            elif rejected is not None:
                rejected.append(Rejected(a, b, text[a:b], str(exc)))
            continue
        if span is not None:
            out.append(span)
    return out


def _read(rd: Reader, text: str, a: int, b: int) -> NumberSpan | None:
    """The phrase text[a:b] read whole (None when it is digits only), or raise _Reject."""
    toks, valued = rd.parsed(text, a, b)
    if not toks or not _worded(toks):
        return None  # digits only: the digit reader's
    lone = _lone_scale(rd, text, b, toks)
    if lone is not None:
        return NumberSpan(a, b, lone, "exact", lone, 1.0)
    if isinstance(valued, str):  # the cheaper test first ("million" alone fails here)
        raise _Reject(valued)
    value, qual, scale = valued
    _context(rd, text, a, b, toks)
    of = _approx_of(rd, text, b, toks)
    if of is not None:  # "une dizaine de milliers": about ten thousands
        factor, b = of
        return NumberSpan(a, b, value * factor, qual, factor, value)
    base = value / scale if scale else value
    return NumberSpan(a, b, value, qual, scale, base)


def _approx_of(rd: Reader, text: str, b: int, toks: list[_Tok]) -> tuple[float, int] | None:
    """The scale an approximate numeral counts in after its linking word ("une dizaine de
    milliers", "una decina di migliaia", "uma dezena de milhares"): (its value, where it
    ends); None when none follows. Read alone it would give ten, not ten thousand."""
    linkers = rd.data.get("approx_of", [])
    if not linkers or "approx" not in toks[-1].roles:
        return None
    m = _APPROX_OF.match(text, b)
    if m is None or m.group(1).lower() not in linkers:
        return None
    roles = rd.roles.get(rd.key(m.group(2)), {})
    factor = max(roles.get("scale", 0.0), roles.get("approx", 0.0))
    return (factor, m.end()) if factor >= 1000 else None


#: A linking word and the word after it ("de milliers").
_APPROX_OF = re.compile(r"\s+(\w+)\s+(\w+)")


def _lone_scale(rd: Reader, text: str, b: int, toks: list[_Tok]) -> float | None:
    """The value of a scale word alone right before a counter, where the language reads it as
    one of it (近万名: nearly 10,000); None otherwise (万一, "in case", is no number)."""
    if len(toks) != 1 or "scale" not in toks[0].roles or not rd.data.get("lone_scale"):
        return None
    if rd.counter_after is None or rd.counter_after.match(text, b) is None:
        return None
    return toks[0].roles["scale"]


def _read_parts(
    rd: Reader, text: str, a: int, b: int, split_at: frozenset[str]
) -> list[NumberSpan]:
    """The parts of text[a:b] between the linker words ``split_at``, each read whole; [] when
    there is no such word or a part cannot be read."""
    words = [w for w in rd.linkers if w in split_at]
    if not words:
        return []
    rx = re.compile(rf"\s+(?:{'|'.join(map(re.escape, words))})\s+", re.IGNORECASE)
    cuts = [(m.start(), m.end()) for m in rx.finditer(text, a, b)]
    if not cuts:
        return []
    bounds = [a, *(x for cut in cuts for x in cut), b]
    out = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        try:
            span = _read(rd, text, start, end)
        except _Reject:
            return []
        if span is None:
            return []
        out.append(span)
    return out


def _worded(toks: list[_Tok]) -> bool:
    """Whether a phrase has a number word (not only digits, or digits and an over-marker:
    "3000여" is the digit reader's, with its hedge)."""
    return any("digits" not in t.roles and set(t.roles) != {"over"} for t in toks)


def _context(rd: Reader, text: str, a: int, b: int, toks: list[_Tok]) -> None:
    """Raise _Reject when the phrase's surroundings make it no quantity."""
    d = rd.data
    after, before = text[b : b + 40], text[max(0, a - 40) : a]
    if rd.separated:
        if _HYPHEN_AFTER.match(after) or (before.endswith("-") and _HYPHEN_BEFORE.search(before)):
            raise _Reject("hyphenated with a word that is not a number (age, ordinal)")
        nxt = rd.next_word.match(after)
        if nxt is not None and nxt.group(1).lower() in rd.ordinals:
            raise _Reject("part of an ordinal")
        if len(toks) == 1 and toks[0].form.lower() in rd.bare and toks[0].form[0].isupper():
            prev = _WORD_SPACE_BEFORE.search(before)
            if prev is not None and prev.group(1)[0].isupper():
                raise _Reject("a capitalised scale word after a capitalised word: a name")
        if len(toks) == 1 and toks[0].roles.get("add") == 1.0:
            _lone_one(d, toks[0].form.lower(), before, after)
        if len(toks) == 1 and rd.key(toks[0].form) in d.get("never_alone", []):
            raise _Reject("a number word that alone is mostly another word (vi năm: year)")
        if len(toks) == 1 and set(toks[0].roles) == {"mul"} and not d.get("lone_mul"):
            raise _Reject("a multiplier word alone")
        _stem_guard(rd, text, a, b)
    else:
        chars = sum(t.end - t.start for t in toks)
        if chars < 2 and toks[0].form in d.get("never_alone", []):
            if rd.counter is None or rd.counter.match(after) is None:
                raise _Reject("a single Sino-Korean syllable not before a counter word")
        if chars < 2 and not any(after.lstrip(" ").startswith(c) for c in d["counters"]):
            raise _Reject("a single character not before a counter (part of a word)")
        if any(before.endswith(p) for p in d.get("ordinal_prefix", [])):
            raise _Reject("an ordinal")
        if _native_scaled(toks, d.get("native_stems", [])):
            raise _Reject("a native numeral before a Sino-Korean multiplier (두만강: a name)")
        amb = d.get("ambiguous_last", [])
        if len(toks) > 1 and toks[-1].form in amb and "scale" in toks[-2].roles | {}:
            raise _Reject("the last syllable may be a particle")
        if len(toks) > 1 and toks[-1].form in amb and toks[-2].roles.get("mul", 0) > 10:
            raise _Reject("the last syllable may be a particle")


def _native_scaled(toks: list[_Tok], native: list[str]) -> bool:
    """Whether a native numeral (ko "두") stands before a multiplier or scale ("만"), which
    native numerals never take: the syllables are part of a word."""
    return bool(native) and any(
        t.form in native and ("mul" in n.roles or "scale" in n.roles)
        for t, n in zip(toks, toks[1:], strict=False)
    )


def _stem_guard(rd: Reader, text: str, a: int, b: int) -> None:
    """Reject a phrase next to a word that begins like a number word but is none (a form the
    vocabulary lacks): reading the phrase without it would give a wrong value."""
    if rd.stem is None:
        return
    nxt = _NEXT.match(text, b, b + 40)
    prv = _PREV.search(text[max(0, a - 40) : a])
    for m in (nxt, prv):
        if m is not None and rd.stem.match(m.group(1)) and not rd.atom.fullmatch(m.group(1)):
            raise _Reject(f"next to {m.group(1)!r}, which looks like a number word")


def _lone_one(d: dict[str, Any], form: str, before: str, after: str) -> None:
    """A lone word for 1 is an article or pronoun unless the language and context say not."""
    if form in d.get("lone_one_forms", []) and _WORD_AFTER.match(after):
        raise _Reject("a lone 'one' before a word (an article)")
    prev = _PREV_WORD.search(before)
    if prev is not None and prev.group(1).lower() in d.get("not_after", []):
        raise _Reject("a pronoun 'one'")
    nxt = _NEXT_WORD.match(after)
    if nxt is not None and nxt.group(1).lower() in d.get("not_before", []):
        raise _Reject("a pronoun 'one'")


def explain_number_words(phrase: str, code: str) -> list[dict[str, str]]:
    """How a number phrase is read, step by step: each word (or part of a closed compound), its
    role from the language's data, and the value read so far; the last row gives the result or
    why the phrase is not read."""
    rd = reader(code)
    if rd is None:
        return [{"word": phrase, "role": "", "value so far": f"no number words for {code!r}"}]
    st, rows = _State(), []
    toks = rd.tokens(phrase, 0, len(phrase))
    try:
        for i, t in enumerate(toks):
            st.feed(t, rd, i == len(toks) - 1)
            so_far = st.total + st.done + st.tail
            rows.append({"word": t.form, "role": ", ".join(sorted(t.roles)) or "?",
                         "value so far": f"{so_far:,.10g}"})
        value, qual, _scale = st.finish()
    except _Reject as exc:
        rows.append({"word": "", "role": "", "value so far": f"not read: {exc}"})
        return rows
    rows.append({"word": "= " + phrase, "role": qual, "value so far": f"{value:,.10g}"})
    return rows
