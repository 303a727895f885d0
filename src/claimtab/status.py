"""Extraction stage 4, status and dates: whether a quantity is planned or delivered, and when."""

from __future__ import annotations

import re

from .languages import Language
from .reading import Mark, Reading

_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")


def status_marks(ctx: Reading, s: int, e: int) -> list[Mark]:
    """Planned and delivered cues of sentence [s, e), in order (found once per sentence)."""
    hit = ctx.status_marks.get((s, e))
    if hit is None:
        hit = []
        for status, rx in (("planned", ctx.lang.re_planned), ("delivered", ctx.lang.re_delivered)):
            if rx is not None:
                hit += [(m.start(), m.end(), status) for m in rx.finditer(ctx.folded, s, e)]
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
    month = _month_number(gd["m"], lang) if gd.get("m") else None
    if not year or (month is None and gd.get("m")):
        return "", month
    iso = year
    day = int(gd["d"]) if gd.get("d") else None
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


def event_date(marks: list[Mark], start: int, end: int) -> str:
    """The date nearest the number at [start, end) in its sentence ("" if none)."""
    best: tuple[int, str] | None = None
    for m_start, m_end, iso in marks:
        if m_start < end and start < m_end:
            continue  # the number itself
        d = start - m_end if m_end <= start else m_start - end
        if best is None or d < best[0]:
            best = (d, iso)
    return best[1] if best else ""
