"""Extraction stage 4, status and dates: whether a quantity is planned or delivered, and when."""

from __future__ import annotations

import re

from .dates import DateSpan, date_phrases
from .languages import Language
from .reading import Cue, Mark, Reading
from .text import fold

#: A statement date stands this close to its reporting cue or the claimant's name: up to this
#: many words before it ("On Friday, the NIS said"), or right after it with at most one short
#: word between ("said on Friday", "der NIS am Freitag"); characters where words are not
#: separated.
STATEMENT_WORDS_BEFORE = 4
STATEMENT_CHARS_BEFORE = 15
STATEMENT_CHARS_AFTER = 4

_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")


def status_marks(ctx: Reading, s: int, e: int) -> list[Mark]:
    """Planned and delivered cues of sentence [s, e), in order (found once per sentence)."""
    hit = ctx.status_marks.get((s, e))
    if hit is None:
        hit = []
        for status, rx in (("planned", ctx.lang.re_planned), ("delivered", ctx.lang.re_delivered)):
            if rx is not None:
                hit += [(m.start(), m.end(), status) for m in ctx.finditer(rx, s, e)]
        hit = ctx.status_marks[(s, e)] = sorted(hit)
    return hit


def status_cue(marks: list[Mark], start: int, end: int) -> Mark | None:
    """The cue nearest the number at [start, end) (cues before it weigh more)."""
    best: tuple[int, Mark] | None = None
    for mark in marks:
        m_start, m_end, _status_word = mark
        d = abs(start - m_end if m_end <= start else m_start - end + 20)
        if best is None or d < best[0]:
            best = (d, mark)
    return best[1] if best else None


def status_of(marks: list[Mark], start: int, end: int) -> str:
    """The status of the nearest cue; delivered when the sentence has none."""
    cue = status_cue(marks, start, end)
    return cue[2] if cue else "delivered"


def date_marks(ctx: Reading, s: int, e: int) -> list[Mark]:
    """Dates written in sentence [s, e), as (start, end, ISO or partial date); found once."""
    hit = ctx.date_marks.get((s, e))
    if hit is None:
        hit = ctx.date_marks[(s, e)] = _find_dates(ctx.folded, s, e, ctx.lang, ctx.doc_year)
    return hit


def _find_dates(folded: str, s: int, e: int, lang: Language, doc_year: str) -> list[Mark]:
    """Every date form in folded[s:e], most specific first; a later form never overlaps."""
    marks: list[Mark] = []
    if not _DIGIT.search(folded, s, e):
        return marks
    # Every date form has a month name or a year 19xx/20xx: two quick looks skip most sentences.
    month = lang.re_month is not None and lang.re_month.search(folded, s, e) is not None
    if not month and not _YEARISH.search(folded, s, e):
        return marks
    for rx, needs_month in lang.date_forms:
        if needs_month and not month:
            continue
        for m in rx.finditer(folded, s, e):
            if any(a < m.end() and m.start() < b for a, b, _ in marks):
                continue
            iso, month_number = _iso(m.groupdict(), lang, doc_year)
            # As it always has: the month of the last date read decides whether the next
            # named-month forms are tried (a form-1 date whose month has no number skips them).
            month = bool(month_number)
            if iso:
                marks.append((m.start(), m.end(), iso))
    return marks


def _iso(gd: dict[str, str | None], lang: Language, doc_year: str) -> tuple[str, int | None]:
    """A matched date as ISO text (year, year-month or year-month-day; "" if incomplete), and
    its month number."""
    year = gd.get("y") or doc_year
    m, d = gd.get("m"), gd.get("d")
    month = _month_number(m, lang) if m else None
    if not year or (month is None and m):
        return "", month
    iso = year
    day = int(d) if d else None
    if month:
        iso += f"-{month:02d}"
        if day and 1 <= day <= 31:
            iso += f"-{day:02d}"
    return iso, month


def _month_number(word: str, lang: Language) -> int | None:
    """The number of a month given by name or digits."""
    if word.isdigit():
        return int(word)
    for rx, n in lang.month_rules:
        if rx.fullmatch(word):
            return n
    return None


def event_date(
    marks: list[Mark], start: int, end: int, published: str = "", stated: str = ""
) -> str:
    """The date nearest the number at [start, end) in its sentence ("" if none). The article's
    own publication day is no event date: it is the dateline ("KYIV, March 3, 2025 -"), and
    ``reported_date`` carries it; nor is the day the claim was made (``stated``: "said on
    March 3, 2025")."""
    best: tuple[int, str] | None = None
    for m_start, m_end, iso in marks:
        if (m_start < end and start < m_end) or iso in (published, stated) and iso:
            continue  # the number itself, the dateline or the statement date
        d = start - m_end if m_end <= start else m_start - end
        if best is None or d < best[0]:
            best = (d, iso)
    return best[1] if best else ""


def reported_date(
    ctx: Reading, s: int, e: int, cues: list[Cue], who: str, number: int = -1
) -> str:
    """When a claim of sentence [s, e) by ``who`` was made: the date phrase standing by a
    reporting cue or by the claimant's name ("said on Friday", "last month the agency said",
    "국정원은 지난달 ... 밝혔다"), or between a cue and the claim's ``number`` in the cue's clause
    ("said in an update last month that ... 120 guns"), resolved against the article's date; a
    date that starts a period ("since August 2023") never; a sentence that names its claimant
    only by a reference ("the agency added") goes on with the date stated for that claimant
    before; else the article's date ("" when neither is known)."""
    key = (s, e, who, number)
    hit = ctx.reported.get(key)
    if hit is None:
        anchors = [(c.start, c.end) for c in cues]
        at = ctx.folded.find(fold(who), s, e) if who != "article" else -1
        name = (at, at + len(who)) if at >= 0 else _reference(ctx, s, e, who)
        if name:
            anchors.append(name)
        ends = [(c.end, False) for c in cues if c.end <= number]
        if name and name[1] <= number:  # "X, in an interview last month, said that"
            ends.append((name[1], True))
        speech = frozenset(c.start for c in cues)
        stated = _statement_date(ctx, s, e, anchors, ends, number, speech)
        if stated:
            ctx.stated[who] = stated
        elif at < 0 and who != "article":
            stated = ctx.stated.get(who, "")
        hit = ctx.reported[key] = stated or ctx.published
    return hit


def _reference(ctx: Reading, s: int, e: int, who: str) -> tuple[int, int] | None:
    """Where a sentence names an earlier claimant by a definite reference ("the agency",
    "وقال الجهاز، ..."), or None."""
    rx = ctx.lang.re_definite_reference
    if who == "article" or rx is None:
        return None
    m = rx.search(ctx.folded, s, e)
    return (m.start(), m.end()) if m else None


#: Words between a reporting cue and a date after it that still dates the statement.
STATEMENT_WORDS_AFTER_CUE = 6
#: Words of an aside after the claimant's name, closed by a comma, that a date in it still
#: dates ("the agency, in a closed briefing to parliament's intelligence committee on
#: Thursday, said").
STATEMENT_WORDS_IN_ASIDE = 16


def _statement_date(
    ctx: Reading, s: int, e: int, anchors: list[tuple[int, int]],
    ends: list[tuple[int, bool]], number: int, speech: frozenset[int] = frozenset(),
) -> str:
    """The date phrase of the sentence that stands by a cue or the claimant, or between a cue
    (ending at one of ``ends``: where, and whether a name ends there) and the number ("" if
    none); without the article's date only one naming its year ("said on March 3, 2025").
    ``speech``: where the sentence's reporting cues begin."""
    if not anchors or len(ctx.published) not in (0, 10):
        return ""
    lang = ctx.lang
    spaced, capitalised = lang.word_boundaries, lang.months_capitalised
    phrases = ctx.sentence_dates.get((s, e))
    if phrases is None:
        found = date_phrases(ctx.folded, s, e, lang.code, ctx.published, spaced=spaced,
                             months_capitalised=capitalised, relative=lang.relative_dates,
                             months=lang.month_names)
        phrases = ctx.sentence_dates[(s, e)] = [d for d in found if not _starts_period(ctx, s, d)]
    for d in phrases:
        if any(_beside(ctx, d.start, d.end, a) for a in anchors):
            return d.iso
    for d in phrases:
        if d.end <= number and any(_in_cue_clause(ctx, c, d.start, n, d.end, speech, number)
                                   for c, n in ends):
            return d.iso
    for d in phrases:
        if d.end <= number and _after_release(ctx, s, d.start):
            return d.iso
    return ""


#: Words between a report's release word and the date after it ("published in late May").
STATEMENT_WORDS_AFTER_RELEASE = 4


def _after_release(ctx: Reading, s: int, start: int) -> bool:
    """Whether a date beginning at ``start`` follows a release word of its clause a few words
    on ("a report published in late May", "الصادر أواخر مايو", "opublikowanego pod koniec
    maja"): the report's release is when its figures were claimed."""
    rx = ctx.lang.re_release
    if rx is None:
        return False
    last = None
    for m in rx.finditer(ctx.folded, s, start):
        last = m
    if last is None:
        return False
    gap = ctx.folded[last.end() : start]
    return not any(ch in gap for ch in ",;:") and len(gap.split()) <= STATEMENT_WORDS_AFTER_RELEASE


def _starts_period(ctx: Reading, s: int, d: DateSpan) -> bool:
    """Whether a since word stands right before or after a date ("since August 2023",
    "2023年8月以降"): the date starts the period the figure covers."""
    lang = ctx.lang
    before = lang.re_since is not None and lang.re_since.search(ctx.folded, s, d.start)
    after = lang.re_since_after is not None and lang.re_since_after.match(ctx.folded, d.end)
    return bool(before or after)


#: The end of an aside: a comma after a date phrase.
_ASIDE_END = re.compile(r"\s*,\s*")


def _aside_before_speech(ctx: Reading, end: int, number: int, speech: frozenset[int]) -> bool:
    """Whether a comma closes an aside right after a date phrase ending at ``end`` and a
    reporting cue or "that" follows before the ``number`` ("X, in an interview on Monday,
    said", "أعلن X، يوم الثلاثاء، خلال زيارته ...، أن"); not in what is said ("according to
    X, in fighting in January, 300 were killed")."""
    m = _ASIDE_END.match(ctx.folded, end)
    if m is None:
        return False
    if any(m.end() <= c < number for c in speech):
        return True
    that = ctx.lang.re_complementizer
    return that is not None and that.search(ctx.folded, m.end(), max(m.end(), number)) is not None


def _in_cue_clause(
    ctx: Reading, cue_end: int, start: int, name: bool = False, end: int = -1,
    speech: frozenset[int] = frozenset(), number: int = -1,
) -> bool:
    """Whether a date beginning at ``start`` follows a cue ending at ``cue_end`` in its clause,
    a few words on ("said in an intelligence update last month that"); after a claimant's
    ``name``, in an aside commas enclose before a cue or "that" ("X, in an interview last
    month, said that")."""
    if start < cue_end:
        return False
    gap = ctx.folded[cue_end:start]
    if name:  # only in an aside: commas before and after ("what is said" follows a name too)
        if not gap.lstrip().startswith(",") or not _aside_before_speech(ctx, end, number, speech):
            return False
        gap = gap.lstrip(" ,")
    that = ctx.lang.re_complementizer  # [denials] complementizers: "that", "dass", "что"
    if any(ch in gap for ch in ",;:") or that is not None and that.search(gap):
        return False  # another clause, or what is said ("said that in January 2024 ...")
    return len(gap.split()) <= (STATEMENT_WORDS_IN_ASIDE if name else STATEMENT_WORDS_AFTER_CUE)


def _beside(ctx: Reading, start: int, end: int, anchor: tuple[int, int]) -> bool:
    """Whether a date phrase at [start, end) stands by a cue or name at ``anchor``."""
    if end <= anchor[0]:
        gap = ctx.folded[end : anchor[0]]
        if not ctx.lang.word_boundaries:
            return len(gap.strip(" 、,")) <= STATEMENT_CHARS_BEFORE
        return len(gap.split()) <= STATEMENT_WORDS_BEFORE
    if start >= anchor[1]:
        gap = ctx.folded[anchor[1] : start]
        if gap.lstrip().startswith(",") and gap.strip() != ",":
            # words after a comma date the statement in an aside ("X, on Tuesday, said"), not
            # in what is said ("según X, en enero llegaron")
            if not _ASIDE_END.match(ctx.folded, end):
                return False
            gap = gap.lstrip(" ,")
        words = gap.split()
        return len(words) <= 1 and all(len(w) <= STATEMENT_CHARS_AFTER for w in words)
    return False
