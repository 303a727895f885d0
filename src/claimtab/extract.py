"""The extractor: document text -> claims (rows of the claims table), built on find_quantities."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import pandas as pd

from .languages import Language, NounRule, load_language
from .numbers import Quantity, find_quantities
from .schema import CLAIM_COLUMNS, coerce_claims
from .text import fold

#: Persons counts at or above this are populations, not deployments or casualties.
POPULATION_FLOOR = 1_000_000
#: Words after a number searched for its counted noun (characters for unspaced scripts).
NOUN_WINDOW_WORDS = 8
NOUN_WINDOW_BACK_WORDS = 3
NOUN_WINDOW_CHARS = 14
#: Words read for a claimant phrase.
CLAIMANT_MAX_WORDS = 12

_CLAUSE_BREAK = re.compile(r"[,;:\[\]]|\s-\s|\s--\s")
_WORD = re.compile(r"\S+")
_N_WORDS: dict[int, re.Pattern[str]] = {}  # n -> "up to n words", compiled on first use
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")
# A line end, a run of sentence-final marks followed by a space, or a CJK full stop. It begins
# with one character class so the engine skips to candidates without trying each position.
_BOUNDARY = re.compile(r"[\n.!?。！？…](?:(?<=\n)|[.!?。！？…]*[\"')\]]*(?=\s|$)|(?<=[。！？]))")


@dataclass
class Claim:
    """One claim a document makes (the columns of the claims table)."""

    claim_id: str
    doc_id: str
    lang: str
    category: str
    item: str
    value_low: float | None
    value_high: float | None
    unit: str
    qualifier: str
    status: str
    claimant: str
    claimant_country: str
    event_date: str
    evidence: str
    start: int
    end: int


# --------------------------------------------------------------------------- sentences


def split_sentences(text: str, lang: Language, folded: str | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text`` (lines are never joined)."""
    if folded is None:
        folded = fold(text)
    cuts: list[int] = []
    cur = 0
    abbreviations = lang.abbreviations
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
        cuts.append(end)
        cur = end
    cuts.append(len(folded))
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


# --------------------------------------------------------------------------- nouns


def _words_after(folded: str, start: int, limit: int, n: int) -> int:
    """End offset of the ``n``-th word after ``start`` (not past ``limit``)."""
    if n <= 0 or limit <= start:
        return start
    rx = _N_WORDS.get(n)
    if rx is None:
        rx = _N_WORDS[n] = re.compile(rf"(?:\s*\S+){{1,{n}}}")
    m = rx.match(folded, start, limit)
    return m.end() if m else start


def _words_before(folded: str, end: int, limit: int, n: int) -> int:
    """Start offset of the ``n``-th word before ``end`` (not before ``limit``)."""
    if n <= 0 or end <= limit:
        return end
    seg = folded[limit:end]
    parts = seg.rsplit(None, n)
    if not parts:
        return end
    if len(parts) <= n:  # n words or fewer: where the first begins
        return limit + len(seg) - len(seg.lstrip())
    return end - len(seg[len(parts[0]) :].lstrip())


def _first_noun(
    window: str, offset: int, lang: Language, last: bool = False
) -> tuple[NounRule | None, bool, int, int]:
    """The earliest (or, with last=True, the latest) counted noun or not-claim noun in window.

    Returns (rule, is_not_claim, start, end); rule is None and is_not_claim False if none.
    """
    rx = lang.re_any_noun
    if rx is None:
        return (None, False, -1, -1)
    if last:
        found = list(rx.finditer(window))
        m = found[-1] if found else None
    else:
        m = rx.search(window)
    if m is None or not m.lastgroup:
        return (None, False, -1, -1)
    if m.lastgroup == "nc":
        return (None, True, offset + m.start(), offset + m.end())
    return (lang.nouns[int(m.lastgroup[1:])], False, offset + m.start(), offset + m.end())


def _noun_of_count(
    folded: str, q: Quantity, lo: int, hi: int, e: int, lang: Language
) -> tuple[NounRule | None, bool, int, int]:
    """The noun a "number of" cue names before the number ("die Zahl der Soldaten ... 3.000").

    Only for a number that ends its clause (punctuation, the sentence's end or a stop word
    follows), with no other number between the cue and it; the noun is looked for just after
    the cue, then just before it ("sotilaiden määrä"). Returns what ``_first_noun`` returns.
    """
    none: tuple[NounRule | None, bool, int, int] = (None, False, -1, -1)
    if lang.re_number_of is None:
        return none
    follow = folded[q.end : min(e, q.end + 24)].lstrip()
    next_word = follow.split(None, 1)[0].lower().strip(".,;:") if follow else ""
    if follow and follow[0].isalnum() and next_word not in lang.stop_words:
        return none  # "killed in 3 attacks": the number counts something of its own
    cues = list(lang.re_number_of.finditer(folded, lo, hi))
    if not cues:
        return none
    cue = cues[-1]
    after_end = min(_words_after(folded, cue.end(), hi, 6), hi)
    found = _first_noun(folded[cue.end() : after_end], cue.end(), lang)
    if found[0] is None and not found[1]:
        before = _words_before(folded, cue.start(), lo, 2)
        found = _first_noun(folded[before : cue.start()], before, lang, last=True)
    return found


def _counter(folded: str, end: int, lang: Language) -> tuple[str | None, int]:
    after = folded[end : end + 8]
    pos = 1 if after[:1] == " " else 0
    for rx, _qual in lang.hedge_suffix:  # "3000여 명": a hedge may stand before the counter
        hm = rx.match(after, pos)
        if hm:
            pos = hm.end() + (after[hm.end() : hm.end() + 1] == " ")
            break
    for rx, unit in lang.counters:
        cm = rx.match(after, pos)
        if cm:
            return unit, end + cm.end()
    return None, end


def _goods(window: str, lang: Language) -> str:
    found: list[tuple[int, str]] = []
    for rx, item in lang.goods:
        m = rx.search(window)
        if m and item not in [f[1] for f in found]:
            found.append((m.start(), item))
    items = [item for _pos, item in sorted(found)]
    if not items:
        return "money"
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


# --------------------------------------------------------------------------- claimants


def _clean_phrase(phrase: str, lang: Language) -> str:
    words = phrase.strip(" \t,.;:-\"'“”«»").split()
    while words and words[0].lower().strip("\"'") in lang.drop_leading:
        words.pop(0)
    while words and words[-1].lower() in lang.stop_words:
        words.pop()
    return " ".join(words).strip(" ,.;:\"'“”")


def _forward_phrase(text: str, folded: str, start: int, limit: int, lang: Language) -> str:
    m = _CLAUSE_BREAK.search(folded, start, limit)
    stop = m.start() if m else limit
    words = []
    for wm in _WORD.finditer(folded, start, stop):
        w = wm.group(0)
        if words and w.lower().strip(".,") in lang.stop_words:
            break
        words.append(text[wm.start() : wm.end()])
        if len(words) >= CLAIMANT_MAX_WORDS:
            break
    return _clean_phrase(" ".join(words), lang)


def _backward_phrase(
    text: str, folded: str, end: int, limit: int, lang: Language
) -> tuple[str, int]:
    """The phrase that ends at ``end`` (a cue after a name), and where its first word begins."""
    seg = folded[limit:end]
    breaks = list(_CLAUSE_BREAK.finditer(seg))
    start = limit + (breaks[-1].end() if breaks else 0)
    words = list(_WORD.finditer(folded, start, end))
    kept: list[str] = []
    first = end
    for wm in reversed(words):
        w = wm.group(0).lower().strip(".,")
        if w in lang.stop_words and kept:
            break
        if w in lang.stop_words:
            continue
        kept.append(text[wm.start() : wm.end()])
        first = wm.start()
        if len(kept) >= CLAIMANT_MAX_WORDS:
            break
    return _clean_phrase(" ".join(reversed(kept)), lang), first


def _sentence_subject(text: str, folded: str, s: int, e: int) -> str:
    """The run of capitalised words that opens a sentence ("Ukrainian President X Y")."""
    words = []
    for wm in _WORD.finditer(folded, s, e):
        w = text[wm.start() : wm.end()]
        if not w[:1].isupper():
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    return " ".join(words)


@dataclass
class _Cue:
    kind: str
    start: int
    end: int


# Cues found per sentence while one document is read: per thread, emptied after each document
# (see _extract), so an id() of a finished document's text is never looked up again.
_CUE_CACHE = threading.local()


def _cues(folded: str, s: int, e: int, lang: Language) -> list[_Cue]:
    """Attribution cues in folded[s:e] (cached for the sentence while its document is read)."""
    cache: dict[tuple[int, int, int], list[_Cue]] = _CUE_CACHE.__dict__.setdefault("d", {})
    key = (id(folded), s, e)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = _find_cues(folded, s, e, lang)
    return hit


def _find_cues(folded: str, s: int, e: int, lang: Language) -> list[_Cue]:
    if lang.re_cues is None:
        return []
    return [
        _Cue(m.lastgroup or "after", m.start(), m.end())
        for m in lang.re_cues.finditer(folded, s, e)
    ]


def _claimant(
    text: str,
    folded: str,
    s: int,
    e: int,
    q: Quantity,
    lang: Language,
    last: Callable[[], str | None],
    counted: int = -1,
) -> tuple[str, int]:
    """Who makes the claim in sentence [s, e) about quantity q; returns (claimant, end offset).

    ``counted`` is where the counted noun begins: a phrase holding it is what is counted, not who
    counts ("Die Zahl der ... Nordkoreaner schätzt der NIS": the NIS estimates).
    """
    cues = _cues(folded, s, e, lang)
    if not cues:
        return "article", -1

    def dist(c: _Cue) -> int:
        return q.start - c.end if c.end <= q.start else c.start - q.end + 1

    for cue in sorted(cues, key=lambda c: (abs(dist(c)), c.start)):
        who = ""
        if cue.kind == "pronoun":
            who = last()
            if who:
                return who, -1
            continue
        if cue.kind == "before":
            who = _forward_phrase(text, folded, cue.end, e, lang)
            if who:
                # An appositive right after the name ("X, director of ... in Ukraine,") tells
                # where the claimant is from.
                at = folded.find(fold(who)[-8:], cue.end, e)
                after = at + len(fold(who)[-8:]) if at >= 0 else -1
                # Only a lowercase word after the comma starts an appositive; a capital starts
                # the main clause ("According to X, Pyongyang sent ...").
                if (
                    after >= 0
                    and folded[after : after + 2] == ", "
                    and folded[after + 2 : after + 3].islower()
                ):
                    return who[:120], after
                return who[:120], -1
        elif cue.kind in ("after", "post"):
            who, first = _backward_phrase(text, folded, cue.start, s, lang)
            holds_counted = first <= counted < cue.start
            if holds_counted:
                who = ""
            if cue.kind == "after" and not who:
                # Inverted reporting clause: "..., said a spokesman" / "..., a déclaré X".
                who = _forward_phrase(text, folded, cue.end, e, lang)
                if who[:1].islower() and who.split()[0].lower() in lang.stop_words:
                    who = ""
            if cue.kind == "after" and not who and not holds_counted:
                who = _sentence_subject(text, folded, s, e)
            if who.lower() in lang.raw.get("attribution", {}).get("subject_pronouns", []):
                who = last() or ""
        elif cue.kind == "final":
            who = _topic_subject(text, folded, s, cue.start, lang)
        if who:
            return who[:120], -1
    return "article", -1


def _topic_subject(text: str, folded: str, s: int, cue_start: int, lang: Language) -> str:
    """For verb-final languages: the subject before the verb, else the sentence's topic."""
    if lang.re_topic is None:
        return ""
    before = folded[s:cue_start].rstrip()
    m = re.search(rf"(\S+?)(?:{lang.re_topic.pattern})\s*$", before)
    if m and len(m.group(1)) > 1:
        return text[s + m.start(1) : s + m.end(1)]
    m = re.match(rf"\s*([^\s、,]+?)(?:{lang.re_topic.pattern})[\s、,]", folded[s:cue_start])
    if m:
        return text[s + m.start(1) : s + m.end(1)]
    return ""


def claimant_country(phrase: str, context: str, lang: Language) -> str:
    """The country (UA, KR, ..., media) a claimant phrase names; 'unknown' if none."""
    cache: dict[tuple[str, str], str] = lang.__dict__.setdefault("_country_cache", {})
    key = (phrase, context)
    if key not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = _claimant_country(phrase, context, lang)
    return cache[key]


def _claimant_country(phrase: str, context: str, lang: Language) -> str:
    for chunk in (phrase, context):
        best: tuple[int, str] | None = None
        folded = fold(chunk)
        for rx, country in lang.countries:
            m = rx.search(folded)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), country)
        if best is not None:
            return best[1]
    return "unknown"


# --------------------------------------------------------------------------- status and dates


def _status_marks(folded: str, s: int, e: int, lang: Language) -> list[tuple[int, int, str]]:
    """Planned and delivered cues of a sentence, in order."""
    marks = []
    for status, rx in (("planned", lang.re_planned), ("delivered", lang.re_delivered)):
        if rx is not None:
            marks += [(m.start(), m.end(), status) for m in rx.finditer(folded, s, e)]
    return sorted(marks)


def _status_cue(marks: list[tuple[int, int, str]], q: Quantity) -> tuple[int, int, str] | None:
    """The cue nearest the number (cues before it weigh more)."""
    best: tuple[int, tuple[int, int, str]] | None = None
    for mark in marks:
        start, end, _status_word = mark
        d = abs(q.start - end if end <= q.start else start - q.end + 20)
        if best is None or d < best[0]:
            best = (d, mark)
    return best[1] if best else None


def _status(marks: list[tuple[int, int, str]], q: Quantity) -> str:
    """The status of the nearest cue; delivered when the sentence has none."""
    cue = _status_cue(marks, q)
    return cue[2] if cue else "delivered"


def _date_regexes(lang: Language) -> list[tuple[re.Pattern[str], bool]]:
    """Date forms, most specific first, each with whether it needs a month name."""
    cached = lang.__dict__.get("_date_rx")
    if cached is not None:
        return cached
    out = []
    if lang.re_month is not None:
        mo = lang.re_month.pattern
        out += [
            rf"(?P<d>\d{{1,2}})\.?\s*(?:de\s+)?(?P<m>{mo})\.?(?:\s*(?:de\s+)?(?P<y>(?:19|20)\d{{2}}))?",
            rf"(?P<m>{mo})\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s*(?P<y>(?:19|20)\d{{2}}))?",
            rf"(?P<m>{mo})\s*(?:de\s+|of\s+)?(?P<y>(?:19|20)\d{{2}})",
        ]
    named_months = len(out)
    out += [
        r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?!\d)",
        r"(?P<y>(?:19|20)\d{2})\s*[년年]\s*(?:(?P<m>\d{1,2})\s*[월月])?(?:\s*(?P<d>\d{1,2})\s*[일日])?",
        r"(?<![\d.,])(?P<y>(?:19|20)\d{2})(?![\d.,])",
    ]
    rxs = [(re.compile(p, re.IGNORECASE), i < named_months) for i, p in enumerate(out)]
    lang.__dict__["_date_rx"] = rxs
    return rxs


def _month_number(word: str, lang: Language) -> int | None:
    if word.isdigit():
        return int(word)
    for rx, n in lang.month_rules:
        if rx.fullmatch(word):
            return n
    return None


def _date_marks(
    folded: str, s: int, e: int, lang: Language, doc_year: str
) -> list[tuple[int, int, str]]:
    """Dates written in a sentence, as (start, end, ISO date or partial date)."""
    marks: list[tuple[int, int, str]] = []
    if not _DIGIT.search(folded, s, e):
        return marks
    # Every date form has a month name or a year 19xx/20xx: two quick looks skip most sentences.
    month = lang.re_month is not None and lang.re_month.search(folded, s, e) is not None
    if not month and not _YEARISH.search(folded, s, e):
        return marks
    for rx, needs_month in _date_regexes(lang):
        if needs_month and not month:
            continue
        for m in rx.finditer(folded, s, e):
            if any(a < m.end() and m.start() < b for a, b, _ in marks):
                continue
            gd = m.groupdict()
            year = gd.get("y") or doc_year
            month = _month_number(gd["m"], lang) if gd.get("m") else None
            if not year or (month is None and gd.get("m")):
                continue
            iso = year
            day = int(gd["d"]) if gd.get("d") else None
            if month:
                iso += f"-{month:02d}"
                if day and 1 <= day <= 31:
                    iso += f"-{day:02d}"
            marks.append((m.start(), m.end(), iso))
    return marks


def _event_date(marks: list[tuple[int, int, str]], q: Quantity) -> str:
    """The date nearest the number in its sentence ("" if none)."""
    best: tuple[int, str] | None = None
    for start, end, iso in marks:
        if start < q.end and q.start < end:
            continue  # the number itself
        d = q.start - end if end <= q.start else start - q.end
        if best is None or d < best[0]:
            best = (d, iso)
    return best[1] if best else ""


# --------------------------------------------------------------------------- claims


def extract_claims(
    text: str,
    lang: str | Language,
    doc_id: str = "doc",
    published_date: str = "",
) -> list[Claim]:
    """Read every claim about troops, munitions, missiles, payments or casualties from ``text``."""
    return _extract(text, lang, doc_id, published_date, None)


def explain(text: str, lang: str | Language) -> pd.DataFrame:
    """Show, for every number in ``text``, each step the extractor took and what it found."""
    traces: list[dict[str, str]] = []
    _extract(text, lang, "x", "", traces)
    cols = ["number", "value", "qualifier", "noun", "result", "status", "claimant", "sentence"]
    return pd.DataFrame(traces, columns=cols).fillna("")


def _extract(
    text: str,
    lang: str | Language,
    doc_id: str,
    published_date: str,
    traces: list[dict[str, str]] | None,
) -> list[Claim]:
    try:
        language = load_language(lang) if isinstance(lang, str) else lang
        folded = fold(text)
        quantities = find_quantities(text, language, folded)
        sentences = split_sentences(text, language, folded)
        doc_year = published_date[:4] if published_date else ""
        raw: list[Claim] = []
        speakers = _Speakers(text, folded, language)
        seen: dict[str, str] = {}  # claimant -> country, so "he said" keeps the country too
        memo: dict[
            tuple[int, int], tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]
        ] = {}
        qi = 0
        for s, e in sentences:
            in_sent = []
            while qi < len(quantities) and quantities[qi].start < e:
                if quantities[qi].start >= s:
                    in_sent.append(quantities[qi])
                qi += 1
            sentence_claims = []
            for k, q in enumerate(in_sent):
                nxt = in_sent[k + 1].start if k + 1 < len(in_sent) else e
                prv = in_sent[k - 1].end if k > 0 else s
                trace: dict[str, str] | None = None
                if traces is not None:
                    trace = {"number": q.text, "qualifier": q.qualifier, "sentence": text[s:e],
                             "value": _value_text(q), "noun": "none found"}  # fmt: skip
                    traces.append(trace)
                claim = _claim_for(
                    text,
                    folded,
                    s,
                    e,
                    q,
                    nxt,
                    prv,
                    language,
                    doc_year,
                    speakers.last,
                    seen,
                    memo,
                    trace,
                )
                if trace is not None and claim is not None:
                    trace["result"] = f"claim: {claim.category}, {claim.item} ({claim.unit})"
                    trace["claimant"] = f"{claim.claimant} ({claim.claimant_country})"
                if claim is not None:
                    sentence_claims.append(claim)
            named = [c.claimant for c in sentence_claims if c.claimant != "article"]
            if named:
                speakers.named(named[-1])
            elif not sentence_claims:
                speakers.pending.append((s, e))
            raw.extend(sentence_claims)
    finally:
        _CUE_CACHE.__dict__.pop("d", None)
    return _merge_restatements(raw, doc_id, language.code)


def _value_text(q: Quantity) -> str:
    def f(v: float | None) -> str:
        return "—" if v is None else f"{v:,.10g}"

    return f"{f(q.value_low)} – {f(q.value_high)}" + (f" ({q.unit})" if q.unit else "")


class _Speakers:
    """Who spoke last in a document, for "he said"; worked out only when a pronoun needs it."""

    def __init__(self, text: str, folded: str, lang: Language) -> None:
        self.text, self.folded, self.lang = text, folded, lang
        self.current: str | None = None
        self.pending: list[tuple[int, int]] = []  # sentences without claims since then

    def named(self, who: str) -> None:
        self.current, self.pending = who, []

    def last(self) -> str | None:
        # A sentence without claims may still name who speaks next ("X said: ...").
        while self.pending:
            s, e = self.pending.pop()
            if any(c.kind != "pronoun" for c in _cues(self.folded, s, e, self.lang)):
                probe = Quantity(None, None, "vague", e, e, "")
                who, _ = _claimant(self.text, self.folded, s, e, probe, self.lang, lambda: None)
                if who != "article":
                    self.named(who)
                    break
        return self.current


def _claim_for(
    text: str,
    folded: str,
    s: int,
    e: int,
    q: Quantity,
    nxt: int,
    prv: int,
    lang: Language,
    doc_year: str,
    last_claimant: Callable[[], str | None],
    seen: dict[str, str],
    memo: dict[tuple[int, int], tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]],
    trace: dict[str, str] | None = None,
) -> Claim | None:
    """The claim a quantity makes, or None; ``trace`` (if given) records each step's finding."""

    def reject(reason: str) -> None:
        if trace is not None:
            trace["result"] = f"not a claim: {reason}"

    counter_unit, after_counter = _counter(folded, q.end, lang)
    genitive = lang.raw.get("numbers", {}).get("genitive_after_counter", [])
    forward_first = (
        lang.word_boundaries
        or (counter_unit is not None and any(folded.startswith(g, after_counter) for g in genitive))
        or counter_unit is None
    )
    fwd_start = q.end
    if q.unit == "percent":
        pm = lang.re_percent.match(folded, q.end + (folded[q.end : q.end + 1] == " "))
        fwd_start = pm.end() if pm else q.end
    fwd_end = (
        _words_after(folded, fwd_start, nxt, NOUN_WINDOW_WORDS)
        if lang.word_boundaries
        else min(nxt, fwd_start + NOUN_WINDOW_CHARS)
    )
    back_start = (
        _words_before(folded, q.start, prv, NOUN_WINDOW_BACK_WORDS)
        if lang.word_boundaries
        else max(prv, q.start - NOUN_WINDOW_CHARS)
    )
    # Hedge words before the number are not nouns.
    back_end = (
        q.start - len(q.hedge)
        if q.hedge and folded[q.start - len(q.hedge) - 1 : q.start].strip()
        else q.start
    )
    searches = [("fwd", fwd_start, fwd_end), ("back", back_start, back_end)]
    if not forward_first:
        searches.reverse()
    rule: NounRule | None = None
    counted = -1  # where the counted noun begins
    for direction, a, b in searches:
        rule, not_claim, ns, ne = _first_noun(folded[a:b], a, lang, last=direction == "back")
        if trace is not None and ns >= 0:
            where = "after" if direction == "fwd" else "before"
            trace["noun"] = f"{text[ns:ne]!r} ({where} the number)"
        if not_claim:
            return reject(f"{text[ns:ne]!r} counts time, distance or people, not a claim")
        if rule is not None:
            counted = ns
            break
    casualty_from = q.start  # where casualty words ("killed", "getötet") are looked for
    if rule is None and counter_unit is None:
        # "The number of North Korean troops in Russia is estimated at 11,000."
        rule, not_claim, ns, ne = _noun_of_count(folded, q, prv, back_end, e, lang)
        casualty_from = ns if rule is not None else q.start
        counted = ns if rule is not None else -1
        if trace is not None and ns >= 0:
            trace["noun"] = f"{text[ns:ne]!r} (named with 'number of' before the number)"
        if not_claim:
            return reject(f"{text[ns:ne]!r} counts time, distance or people, not a claim")
    unit_from_number = q.unit
    if rule is None and counter_unit is None and lang.re_casualty is not None:
        # "300 were killed", "unos 4.000 han muerto": the casualty verb says what is counted.
        cm = lang.re_casualty.search(folded, q.end, _words_after(folded, q.end, nxt, 3))
        if cm is not None and not q.unit:
            counter_unit = "persons"
            lang_cats = {"persons": "casualties"}
            category, item, unit = lang_cats["persons"], "killed or wounded", "persons"
            rule = NounRule(lang.re_casualty, category, item, unit)
    if rule is None:
        if counter_unit is None:
            return reject("no counted noun of the report's categories near the number")
        # A counter alone (명, 人, 발) says the unit; the language file says what it counts here.
        category = lang.raw.get("numbers", {}).get("counter_categories", {}).get(counter_unit)
        if not category:
            return reject(f"a counter of {counter_unit} with no noun that says what is counted")
        item, unit = counter_unit, counter_unit
    else:
        category, item, unit = rule.category, rule.item, rule.unit
    if unit_from_number in ("USD", "EUR", "GBP", "KRW", "RUB", "JPY"):
        category, unit = "payments", unit_from_number
    if category == "payments" and unit in ("USD", "EUR", "GBP", "KRW", "RUB", "JPY"):
        item = _goods(folded[q.end : _words_after(folded, q.end, e, 12)], lang)
    if unit_from_number == "percent":
        unit = "percent"
        item = f"share of {item}"
    # Context that marks a statistic (exports, budgets, prices), not a claim.
    if lang.re_not_context is not None:
        ctx_start = _words_before(folded, q.start, s, 8)
        cm = lang.re_not_context.search(folded, ctx_start, q.start)
        if cm:
            return reject(f"{text[cm.start() : cm.end()]!r} marks a statistic, not a claim")
    values = [v for v in (q.value_low, q.value_high) if v is not None]
    if unit == "persons" and values and max(values) >= POPULATION_FLOOR:
        return reject("a million people or more is a population, not a deployment")
    if category == "troops" and lang.re_casualty is not None:
        a = _words_before(folded, casualty_from, s, 3)
        b = _words_after(folded, q.end, e, 10)
        if lang.re_casualty.search(folded, a, b):
            category = "casualties"
    if (s, e) not in memo:
        memo[(s, e)] = (
            _status_marks(folded, s, e, lang),
            _date_marks(folded, s, e, lang, doc_year),
        )
    status_marks, date_marks = memo[(s, e)]
    status = _status(status_marks, q)
    if trace is not None:
        cue = _status_cue(status_marks, q)
        trace["status"] = (
            f"{status} (cue {text[cue[0] : cue[1]]!r})" if cue else f"{status} (no cue: default)"
        )
    who, who_end = _claimant(text, folded, s, e, q, lang, last_claimant, counted)
    context = ""
    if who_end >= 0:
        comma = folded.find(",", who_end + 2, e)
        context = text[who_end : comma if comma > 0 else _words_after(folded, who_end, e, 15)]
    country = "unknown" if who == "article" else claimant_country(who, context, lang)
    if who != "article":
        if country == "unknown":
            country = seen.get(who, "unknown")
        else:
            seen.setdefault(who, country)
    return Claim(
        claim_id="",
        doc_id="",
        lang=lang.code,
        category=category,
        item=item,
        value_low=q.value_low,
        value_high=q.value_high,
        unit=unit,
        qualifier=q.qualifier,
        status=status,
        claimant=who,
        claimant_country=country,
        event_date=_event_date(date_marks, q),
        evidence=text[s:e],
        start=q.start,
        end=q.end,
    )


def _merge_restatements(claims: list[Claim], doc_id: str, lang: str) -> list[Claim]:
    """A figure restated in the same document is one claim; a named source beats 'article'."""
    out: list[Claim] = []
    index: dict[tuple[object, ...], int] = {}
    for c in claims:
        key = (c.category, c.unit, c.value_low, c.value_high, c.status)
        if key in index:
            first = out[index[key]]
            if first.claimant == "article" and c.claimant != "article":
                first.claimant, first.claimant_country = c.claimant, c.claimant_country
            if not first.event_date and c.event_date:
                first.event_date = c.event_date
            continue
        index[key] = len(out)
        out.append(c)
    # The claims were made for this document alone, so they are completed in place.
    for i, c in enumerate(out):
        c.claim_id, c.doc_id, c.lang = f"{doc_id}-{i + 1}", doc_id, lang
    return out


def claims_table(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a DataFrame with the data dictionary's columns and types."""
    rows = [asdict(c) for c in claims]
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return coerce_claims(df)
