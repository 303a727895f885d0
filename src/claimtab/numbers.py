"""The number reader: find quantities (value or range, hedge) in text of any language with a file.

``find_quantities(text, lang)`` is public and usable on its own::

    >>> [q.as_dict() for q in find_quantities("yli 10 000 sotilasta", "fi")]  # doctest: +SKIP
    [{'value_low': 10000.0, 'value_high': None, 'qualifier': 'over', ...}]

Numbers in digits are read here (with the scale words after them: "3 million", "10万");
numbers in words are read by ``claimtab.numwords`` ("twenty-five thousand", 二百五十). Years,
dates, times, model names (KN-23, M1989), negatives, fractions, ordinals and phone numbers are
not quantities and are left out.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from .languages import CURRENCY_SYMBOLS, Language, load_language
from .languages.language import digit_regex
from .languages.patterns import case_key
from .numwords import may_open_phrase, read_number_words
from .text import fold

_SYMBOL = "[" + re.escape("".join(CURRENCY_SYMBOLS)) + "]"
_SYMBOL_BEFORE = re.compile(rf"(?:US\s?)?({_SYMBOL})\s?$")
_SYMBOL_AFTER = re.compile(rf"^\s?({_SYMBOL})")
# 2024-11-05, 5.11.2024, 11/5/24, 14:30, 2023-2024 (each opens with a digit, the engine's
# fast path).
_DATE_SPANS = re.compile(
    r"\d(?:\d{3}-\d{1,2}-\d{1,2}|\d?[./]\d{1,2}[./]\d{2,4}|\d?:\d{2}|\d{3}\s*[-/]\s*\d{2,4}\b)"
)
_LATIN_BEFORE = re.compile(r"[A-Za-z]{1,12}-?$")
_LATIN_AFTER = re.compile(r"^-?[A-Za-zºª]")
# Phone numbers: +1 202 555 0143, (202) 555-0143, 202-555-0143.
_PHONES = re.compile(
    r"\+\d[\d ()./-]{6,}\d"
    r"|\(\d{2,4}\) ?\d{3,4}[-. ]\d{3,4}"
    r"|(?<!\d)\d{3}[-.]\d{3,4}[-.]\d{4}(?!\d)"
)
# A sign (-1200000): a minus after a space, a bracket or the start, not after a number.
_SIGN = re.compile(r"(?:^|[\s(\[])-$")
_NUMBER_DASH = re.compile(r"\d\s*-$")
# "25-й", "5-летний": a word glued to the number with a hyphen (ordinals, adjectives).
_HYPHEN_WORD = re.compile(r"^-[^\W\d_]")
# "3. Armee": an ordinal where the language writes them with a dot (``ordinal_dot``).
_ORDINAL_DOT = re.compile(r"\.\s?[^\W\d_]")


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text: its bounds, how it is hedged, and where it stands."""

    value_low: float | None
    value_high: float | None
    qualifier: str
    start: int
    end: int
    text: str
    unit: str | None = None
    hedge: str = ""

    def as_dict(self) -> dict[str, object]:
        """The quantity as a plain dict."""
        return asdict(self)


class _Tok(NamedTuple):
    kind: str  # num, scale
    value: float
    start: int
    end: int


class _Q(NamedTuple):
    value: float
    start: int
    end: int
    base: float  # the first number before any scale
    scale: float | None
    digits: str  # the digit string, when the quantity began with digits
    grouped: bool
    qual: str = "exact"  # what the words themselves say: approx ("une cinquantaine"), over (10余万)


# Digits grouped by commas ("10,000", "1,000,000") or by dots ("10.000"); a decimal comma or
# point with one or two digits ("2,5", "1.5").
# (Each opens with a digit class, so the engine jumps from digit to digit.)
_COMMA_GROUPS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:,\d{3})+(?![\d,])")
_DOT_GROUPS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+(?![\d.])")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)")
_POINT_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)")


def in_text_style(lang: Language, folded: str) -> Language:
    """The language with the digit style the text itself uses. Spanish from Spain writes
    "10.000" and "2,5", from Mexico "10,000" and "2.5": a text that groups digits the other
    way ("10,000" in a comma-decimal language) and never in its language's own way (no
    "10.000", no "2,5") is read in the other style; any sign of the language's own style, or
    none of either, keeps it."""
    if lang.decimal == ",":
        other, own = _COMMA_GROUPS, (_DOT_GROUPS, _COMMA_DECIMAL)
    elif lang.decimal == ".":
        other, own = _DOT_GROUPS, (_COMMA_GROUPS, _POINT_DECIMAL)
    else:
        return lang
    if other.search(folded) is None or any(rx.search(folded) for rx in own):
        return lang
    return _swapped(lang)


@lru_cache(maxsize=64)
def _swapped(lang: Language) -> Language:
    """The language read with the decimal mark and the digit-group mark exchanged."""
    decimal = "." if lang.decimal == "," else ","
    digits = digit_regex([lang.decimal, " "], decimal)
    return replace(lang, decimal=decimal, scanners=replace(lang.scanners, digits=digits))


def _parse_digits(s: str, lang: Language) -> float:
    """The value of a digit string in the language's style ("1.5" is a decimal in a
    comma-decimal language too, when the dot is not followed by exactly three digits)."""
    dec = lang.decimal
    if dec not in s and dec == "," and "." in s and len(s.rpartition(".")[2]) != 3:
        dec = "."
    if dec in s:
        whole, _, frac = s.rpartition(dec)
    else:
        whole, frac = s, ""
    whole = "".join(ch for ch in whole if ch.isdigit())
    return float(f"{whole}.{frac}" if frac else whole)


def _leading_point(folded: str, start: int, s: str, lang: Language) -> bool:
    """Whether plain digits at ``start`` follow a decimal mark that opens the number (".08")."""
    if start == 0 or not s.isdigit():
        return False
    mark = folded[start - 1]
    if mark != lang.decimal and not (mark == "." and lang.decimal == "," and len(s) != 3):
        return False
    return start == 1 or not folded[start - 2].isalnum()


def _tokens(folded: str, lang: Language) -> list[_Tok]:
    """Numbers in digits, each with the scale words right after it ("3 million", "10万")."""
    toks: list[_Tok] = []
    scale_after = lang.scanners.scale_after
    for m in lang.scanners.digits.finditer(folded):
        start, end = m.span()
        if toks and start < toks[-1].end:
            continue  # read as a scale word of the number before
        if _leading_point(folded, start, m.group(), lang):
            toks.append(_Tok("num", float("0." + m.group()), start - 1, end))
        else:
            toks.append(_Tok("num", _parse_digits(m.group(), lang), start, end))
        if scale_after is not None:
            while (sm := scale_after.match(folded, end)) is not None:
                toks.append(
                    _Tok("scale", lang.scales[sm.group("s").lower()], sm.start("s"), sm.end())
                )
                end = sm.end()
    return toks


def _words(folded: str, lang: Language) -> list[_Q]:
    """Numbers in words (``claimtab.numwords``), read whole."""
    spans = read_number_words(folded, lang.code, lang.range_words)
    return [_Q(s.value, s.start, s.end, s.base, s.scale, "", True, s.qualifier) for s in spans]


def _combine(digits: list[_Q], words: list[_Q]) -> list[_Q]:
    """Both readings in text order; where they overlap ("10余万"), the longer one (at a tie,
    the word reader's, which knows over-markers and particles)."""
    ranked = sorted(
        [(q.start, -(q.end - q.start), 1, q) for q in digits]
        + [(q.start, -(q.end - q.start), 0, q) for q in words],
        key=lambda r: r[:3],
    )
    out: list[_Q] = []
    for _s, _l, _k, q in ranked:
        if out and q.start < out[-1].end:
            if q.end - q.start > out[-1].end - out[-1].start:
                out[-1] = q
            continue
        out.append(q)
    return out


def _join_mixed(
    digits: list[_Q], words: list[_Q], folded: str, lang: Language
) -> tuple[list[_Q], list[_Q]]:
    """Digits with a scale word followed by a smaller number read as one ("3 thousand five
    hundred", "3 mil quinientos", "3 million 500 thousand"), never as two wrong figures."""
    out: list[_Q] = []
    used: set[int] = set()
    for k, q in enumerate(digits):
        if id(q) in used:
            continue
        rest = _rest_after_scale(q, digits[k + 1 : k + 2], words, folded, lang)
        if rest is None:
            out.append(q)
            continue
        value, end, part = rest
        used.add(id(part))
        if value is None:
            out.append(q)
            continue
        out.append(q._replace(value=q.value + value, end=end, base=q.value + value, scale=None))
    return out, [w for w in words if id(w) not in used]


#: How far after a scaled digit number its word-written rest is looked for (characters), and
#: the least rest joined to it whatever follows: "3 thousand five hundred" is one number; a
#: smaller rest is joined unless a noun of time or distance follows it ("3 thousand fifty" is
#: 3,050, "3 million two years later" two numbers).
_MIXED_REST_CHARS = 80
MIXED_REST_MIN = 100


def _rest_after_scale(
    q: _Q, following: list[_Q], words: list[_Q], folded: str, lang: Language
) -> tuple[float | None, int, _Q | None] | None:
    """The smaller number right after a scaled digit number: (value, end, its reading); the
    value is None when the word reading that began at the scale word is to be dropped."""
    if q.scale is None or not q.digits or q.base != int(q.base):
        return None
    for w in words:  # the word reader may have begun at the scale word: "mil quinientos"
        if q.start < w.start < q.end < w.end:
            part = read_number_words(folded[q.end : w.end], lang.code)
            if len(part) == 1 and part[0].end == w.end - q.end and part[0].value < q.scale:
                if part[0].value < MIXED_REST_MIN and _not_claim_noun_at(folded, w.end, lang):
                    return None, q.end, w  # "3 mil dos años": 3,000, and "mil dos" is no number
                return part[0].value, w.end, w
            return None
    for nxt in following:  # "3 million 500 thousand"
        gap = folded[q.end : nxt.start]
        if not gap.strip() and 0 < len(gap) <= 2 and nxt.scale and nxt.value < q.scale:
            return nxt.value, nxt.end, nxt
    # "3 thousand five hundred": read on its own, as the reader rejects a phrase opening with
    # a scale word ("thousand five hundred").
    window = folded[q.end : q.end + _MIXED_REST_CHARS]
    if not may_open_phrase(window[:3].lstrip() + window[3:], lang.code):
        return None
    part = read_number_words(window, lang.code)
    if not part or not 0 < part[0].start <= 2 or folded[q.end : q.end + part[0].start].strip():
        return None
    if not part[0].value < q.scale:
        return None
    if part[0].value < MIXED_REST_MIN and _not_claim_noun_at(folded, q.end + part[0].end, lang):
        return None  # "3 million two years later" is two numbers
    start = q.end + part[0].start
    same = next((w for w in words if w.start == start), None)
    return part[0].value, q.end + part[0].end, same


def _not_claim_noun_at(folded: str, pos: int, lang: Language) -> bool:
    """Whether a noun that counts time, distance or people begins at ``pos`` (after a space)."""
    rx = lang.re_any_noun
    m = rx.match(folded, pos + (folded[pos : pos + 1] == " ")) if rx is not None else None
    return m is not None and m.lastgroup == "nc"


def _gap_ok(gap: str, lang: Language) -> bool:
    g = gap.strip()
    if not g:
        return len(gap) <= 2
    return g.lower() in lang.linkers and len(gap) <= len(g) + 2


def _group(toks: list[_Tok], folded: str, lang: Language) -> list[_Q]:
    out: list[_Q] = []
    compound = lang.compound
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "scale":
            i += 1
            continue
        total = 0.0
        total_scale = 0.0  # the largest scale within ``total``
        chunk = t.value
        scaled = False
        last_scale: float | None = None
        base = t.value
        start, end = t.start, t.end
        j = i + 1
        while j < len(toks):
            n = toks[j]
            if not _gap_ok(folded[end : n.start], lang):
                break
            if n.kind == "scale":
                if not scaled and total and n.value > total_scale:
                    chunk, total = (total + chunk) * n.value, 0.0  # "1천200만": (1천 + 200) 만
                    scaled = True
                    last_scale = n.value
                elif not scaled or (last_scale is not None and n.value > chunk):
                    chunk *= n.value
                    scaled = True
                    last_scale = n.value
                else:
                    break
            elif compound and scaled and last_scale is not None and n.value < last_scale:
                total += chunk
                total_scale = max(total_scale, last_scale)
                chunk = n.value
                scaled = False
            else:
                break
            end = n.end
            j += 1
        digits = folded[t.start : t.end] if t.kind == "num" else ""
        out.append(
            _Q(
                value=total + chunk,
                start=start,
                end=end,
                base=base,
                scale=last_scale,
                digits=digits,
                grouped=not digits.isdigit(),
            )
        )
        i = j
    return out


def _excluded(q: _Q, folded: str, lang: Language, date_spans: list[tuple[int, int]]) -> bool:
    """Years, dates, times and model names are not quantities."""
    if date_spans and any(s <= q.start < e for s, e in date_spans):
        return True
    before = folded[max(0, q.start - 14) : q.start]
    after = folded[q.end : q.end + 16]
    if q.digits and not before.endswith(" ") and _LATIN_BEFORE.search(before):
        return True  # KN-23, M1989, Su-27
    if q.digits and _not_a_count(q, folded, before, after, lang):
        return True
    if _LATIN_AFTER.match(after) and q.scale is None and not lang.re_percent.match(after):
        return True  # 23rd, 5G, 1980s
    if (
        q.digits
        and q.scale is None
        and not q.grouped
        and len(q.digits) == 4
        and 1900 <= q.value <= 2100
        and (not lang.years_need_suffix or _suffix_after(after, lang))
    ):
        return True  # a year (where years take a suffix, only with it: "2024 年")
    if lang.month_before is not None and lang.month_after is not None and q.scale is None:
        if q.value <= 31 and (lang.month_before.search(before) or lang.month_after.match(after)):
            return True
    if lang.re_date_suffix is not None and lang.re_date_suffix.match(after):
        return True
    return False


def _suffix_after(after: str, lang: Language) -> bool:
    """Whether a date suffix follows, after spaces ("2024 年")."""
    rx = lang.re_date_suffix
    return rx is not None and rx.match(after.lstrip(" ")) is not None


def _not_a_count(q: _Q, folded: str, before: str, after: str, lang: Language) -> bool:
    """Negative numbers, fractions, ordinals and phone numbers written in digits are no count."""
    if _in_phone_number(q, folded):
        return True
    if _SIGN.search(before) and not _NUMBER_DASH.search(before):
        return True  # -1200000
    if (after[:1] == "/" and after[1:2].isdigit()) or (
        before[-1:] == "/" and before[-2:-1].isdigit()
    ):
        return True  # 1/2
    if _HYPHEN_WORD.match(after):
        return True  # 25-й
    if lang.ordinal_dot and q.value < 1000 and not q.grouped and _ORDINAL_DOT.match(after):
        return True  # die 3. Armee
    if any(before.endswith(p) for p in lang.ordinal_prefix):
        return True  # 第25
    return any(after.startswith(sfx) for sfx in lang.ordinal_suffix)  # 25번째


def _in_phone_number(q: _Q, folded: str) -> bool:
    """Whether the number is part of a phone number (looked for only around it)."""
    a = max(0, q.start - 20)
    window = folded[a : q.end + 20]
    if "+" not in window and "(" not in window and window.count("-") + window.count(".") < 2:
        return False  # each form of _PHONES holds a "+", a "(" or two of "-" and "."
    return any(m.start() + a <= q.start < m.end() + a for m in _PHONES.finditer(window))


def _merge_ranges(qs: list[_Q], folded: str, lang: Language) -> list[tuple[_Q, _Q | None]]:
    out: list[tuple[_Q, _Q | None]] = []
    i = 0
    while i < len(qs):
        q1 = qs[i]
        if i + 1 < len(qs):
            q2 = qs[i + 1]
            gap = folded[q1.end : q2.start]
            before = folded[max(0, q1.start - 30) : q1.start]
            is_range = bool(lang.range_connector.match(gap)) and len(gap) <= 12
            openers = [o for o, c in lang.range_paired if c.match(gap)] if not is_range else []
            if openers:  # the gap first: most pairs of numbers are no paired range
                before = _without_hedge(folded, q1.start, before, lang)
                is_range = any(o.search(before) for o in openers)
            if is_range:
                low = q1.value
                if q1.scale is None and q2.scale is not None and q1.value < q2.base:
                    low = q1.value * q2.scale
                if low < q2.value:
                    q1 = q1._replace(value=low, scale=q2.scale)
                    out.append((q1, q2))
                    i += 2
                    continue
        out.append((q1, None))
        i += 1
    return out


def _without_hedge(folded: str, start: int, before: str, lang: Language) -> str:
    """The text ``before`` the number at ``start`` less a hedge ending it: a range's opener
    may stand before the hedge ("between about 10,000 and 12,000")."""
    _qual, hedge = _hedge(folded, start, start, lang, suffix=False)
    head = before.rstrip()
    return head[: -len(hedge)] if hedge and head.endswith(hedge) else before


def _hedge(
    folded: str, start: int, end: int, lang: Language, suffix: bool = True
) -> tuple[str | None, str]:
    """The hedge of the number at [start, end) and its text: a prefix before it or (with
    ``suffix``) a suffix after it; (None, "") when it has none."""
    before = folded[max(0, start - 40) : start]
    if any(ch in CURRENCY_SYMBOLS for ch in before[-2:]):  # "about $5bn": the hedge is before "$"
        before = _SYMBOL_BEFORE.sub("", before)
    tail = before.rstrip().lower()
    last_word = tail.rsplit(None, 1)[-1] if tail else ""
    for phrase, qual in lang.hedge_by_last_word.get(last_word, ()):
        if tail.endswith(phrase):
            k = len(tail) - len(phrase)
            if k == 0 or not lang.word_boundaries or not tail[k - 1].isalnum():
                return qual, before.rstrip()[k:]
    if not lang.word_boundaries:  # "約1万": a hedge may be glued to the number
        for phrase, qual in lang.hedge_phrases:
            if tail.endswith(phrase):
                return qual, before.rstrip()[len(tail) - len(phrase) :]
    if not suffix:
        return None, ""
    after = folded[end : end + 20]
    counters = lang.counters
    for rx, qual in lang.hedge_suffix:
        pos = len(after) - len(after.lstrip())
        mm = rx.match(after, pos)
        if mm is None:
            for crx, _unit in counters:
                cm = crx.match(after, pos)
                if cm:
                    mm = rx.match(after, cm.end()) or rx.match(after, cm.end() + 1)
                    if mm:
                        break
        if mm is not None and mm.start() - pos <= 4:
            return qual, mm.group(0)
    return None, ""


def _unit(folded: str, start: int, end: int, lang: Language) -> str | None:
    after = folded[end : end + 16]
    if lang.re_percent.match(after.lstrip()) and len(after) - len(after.lstrip()) <= 1:
        return "percent"
    m = _SYMBOL_BEFORE.search(folded[max(0, start - 4) : start])
    if m:
        return CURRENCY_SYMBOLS[m.group(1)]
    m = _SYMBOL_AFTER.match(after)
    if m:
        return CURRENCY_SYMBOLS[m.group(1)]
    return None


def find_quantities(
    text: str, lang: str | Language, folded: str | None = None, keyed: str | None = None
) -> list[Quantity]:
    """Find every quantity in ``text`` written in language ``lang`` (an ISO code or a Language).

    Each Quantity has ``value_low``/``value_high`` (None for an open bound or a vague quantity),
    a ``qualifier`` (exact, approx, at_least, over, up_to, range, vague), character offsets
    ``start``/``end`` of the number span in ``text``, and the matched ``text``. ``folded`` is
    ``fold(text)`` and ``keyed`` its ``case_key`` when the caller already has them.
    """
    language = load_language(lang) if isinstance(lang, str) else lang
    if folded is None:
        folded = fold(text)
        keyed = case_key(folded)
    language = in_text_style(language, folded)
    vague = language.scanners.vague
    vague_spans = [(m.start("v"), m.end()) for m in vague.matches(folded, keyed)] if vague else []
    # "des milliers de", 数千: a vague quantity holds number words that are not its figure
    # (but "двух тысячи" is a number that ends with a vague word).
    words = [q for q in _words(folded, language)
             if not any(a <= q.start and q.end <= b for a, b in vague_spans)]
    date_spans = [(m.start(), m.end()) for m in _DATE_SPANS.finditer(folded)]
    digit_qs = _group(_tokens(folded, language), folded, language)
    grouped = _combine(*_join_mixed(digit_qs, words, folded, language))
    kept = [q for q in grouped if not _excluded(q, folded, language, date_spans)]
    out = [_quantity(q1, q2, text, folded, language)
           for q1, q2 in _merge_ranges(kept, folded, language)]
    taken = [(q.start, q.end) for q in out]
    for a, b in vague_spans:
        if not _overlaps(a, b, taken):
            out.append(Quantity(None, None, "vague", a, b, text[a:b]))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[a:b] overlaps one of ``spans``."""
    return any(s < b and a < e for s, e in spans)


def _quantity(q1: _Q, q2: _Q | None, text: str, folded: str, lang: Language) -> Quantity:
    """The Quantity of one number (with its hedge) or of a range q1-q2."""
    unit = _unit(folded, q1.start, (q2 or q1).end, lang)
    if q2 is not None:
        return Quantity(q1.value, q2.value, "range", q1.start, q2.end, text[q1.start : q2.end],
                        unit, _range_hedge(folded, q1.start, lang))
    qual, hedge = _hedge(folded, q1.start, q1.end, lang)
    if qual is None and q1.qual != "exact":
        qual = q1.qual  # "une cinquantaine", 10余万: the words say it
    v = q1.value
    low, high = {
        None: (v, v), "approx": (v, v), "over": (v, None), "at_least": (v, None),
        "up_to": (None, v),
    }[qual]
    return Quantity(low, high, qual or "exact", q1.start, q1.end, text[q1.start : q1.end], unit,
                    hedge)


def _range_hedge(folded: str, start: int, lang: Language) -> str:
    """The hedge before a range ("about 10,000 to 12,000", "etwa zwischen 10.000 und 12.000"),
    kept as its text; the qualifier stays ``range`` (the data dictionary has no hedged range)."""
    _qual, hedge = _hedge(folded, start, start, lang, suffix=False)
    if hedge:
        return hedge
    before = folded[max(0, start - 30) : start]
    for opener, _conn in lang.range_paired:
        m = opener.search(before)
        if m is not None:
            return _hedge(folded, start - len(before) + m.start(), start, lang, suffix=False)[1]
    return ""
