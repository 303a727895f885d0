"""Dates of articles: the publication date a dateline or date line states, read with dateparser.

Candidates are found with one regex per language, built from dateparser's own locale data (month
names and the usual day/month/year order of 200+ locales), and only those short spans are handed
to dateparser, so a whole article is never parsed. Only the head of an article is searched: a
date deep in the body says when something happened, not when the article appeared.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

#: Characters of an article's head searched for its dateline or date line.
HEAD_CHARS = 600
#: Lines of an article's head searched (headline, kicker, dateline, byline, date line).
HEAD_LINES = 6
#: Words that may stand before a date on its line ("KYIV,", "Published", "By Jane Doe,").
MAX_PREFIX_WORDS = 3
#: A line this short may hold a date after any short prefix ("Le 3 mars 2025, Paris").
SHORT_LINE_WORDS = 8

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_YEAR = r"(?:19|20)\d\d"
# Forms without month names, each with the order of its numbers (y, m, d).
_NUMERIC = [
    (rf"(?<!\d)({_YEAR})\s*[-./]\s*(\d{{1,2}})\s*[-./]\s*(\d{{1,2}})(?![\d])", "ymd"),
    (rf"(?<!\d)({_YEAR})\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]?", "ymd"),
    (rf"(?<![\d.])(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})(?!\d)", "dmy"),
]


@dataclass(frozen=True)
class FoundDate:
    """A date read from a text: ISO form, or why a date-like span was not kept."""

    iso: str
    text: str
    start: int
    problem: str = ""


@lru_cache(maxsize=64)
def _locale(code: str) -> dict[str, object]:
    """dateparser's locale data for a language ({} when it has none)."""
    try:
        mod = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    except ImportError:
        return {}
    return dict(mod.info)


@lru_cache(maxsize=64)
def _named_month_regex(code: str) -> re.Pattern[str] | None:
    """Dates that name the month in ``code`` ("3. März 2025", "March 3, 2025", "3 марта 2025")."""
    info = _locale(code)
    names = sorted(
        {str(n).lower() for key in _MONTH_KEYS for n in info.get(key, []) if len(str(n)) > 2},
        key=len,
        reverse=True,
    )
    if not names:
        return None
    month = "|".join(re.escape(n) for n in names)
    day = r"\d{1,2}"
    forms = [
        rf"(?:ika-?)?{day}\.?\s*(?:de\s+|ng\s+)?(?:{month})\.?,?\s*(?:de\s+|del\s+)?{_YEAR}",
        rf"(?:{month})\.?\s+{day}(?:st|nd|rd|th)?,?\s+{_YEAR}",
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _parser(code: str):  # type: ignore[no-untyped-def]
    """A dateparser parser for one language, settings fixed so results never depend on the clock."""
    from dateparser.date import DateDataParser

    languages = [code] if _locale(code) else None
    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
    }
    return DateDataParser(languages=languages, settings=settings)


def _numeric(span: str, order: str, groups: tuple[str, ...]) -> str:
    """ISO form of a numeric date whose groups come in ``order``; "" if it is no real date."""
    import datetime

    parts = dict(zip(order, (int(g) for g in groups), strict=True))
    try:
        return datetime.date(parts["y"], parts["m"], parts["d"]).isoformat()
    except ValueError:
        return ""


def _candidates(head: str, code: str) -> list[tuple[int, str, str, tuple[str, ...]]]:
    """Date-like spans of ``head``: (start, text, order or 'named', groups)."""
    found: list[tuple[int, str, str, tuple[str, ...]]] = []
    named = _named_month_regex(code)
    if named is not None:
        found += [(m.start(), m.group(0), "named", ()) for m in named.finditer(head)]
    for pattern, order in _NUMERIC:
        found += [(m.start(), m.group(0), order, m.groups()) for m in re.finditer(pattern, head)]
    return sorted(found)


def _head(text: str) -> str:
    """The first lines of a text, where a dateline or date line stands."""
    lines = text[:HEAD_CHARS].split("\n")
    return "\n".join(lines[:HEAD_LINES])


def _is_dateline(head: str, start: int, span: str) -> bool:
    """Whether a date stands where datelines and date lines put it, not inside a sentence.

    Before it on its line there may be nothing, or a few words that end in a comma, colon or
    bracket ("KYIV,", "[서울=연합뉴스]", "Published:"), or any short prefix on a short line.
    """
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", start)
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    prefix = head[line_start:start].strip()
    words = prefix.split()
    if not words:
        return True
    if len(words) > MAX_PREFIX_WORDS:
        return False
    return prefix[-1] in ",:]】)|–—-" or len(line.split()) <= SHORT_LINE_WORDS


def find_article_date(text: str, lang: str) -> FoundDate | None:
    """The publication date an article's head states (dateline or date line), or None.

    A date-like span that is no real date ("31.02.2025") comes back with ``problem`` set and no
    ``iso``, so the caller can report it; it is never kept.
    """
    head = _head(text)
    rejected: FoundDate | None = None
    for start, span, order, groups in _candidates(head, lang):
        if not _is_dateline(head, start, span):
            continue
        if order == "named":
            data = _parser(lang).get_date_data(span)
            iso = data.date_obj.date().isoformat() if data and data.date_obj else ""
        else:
            iso = _numeric(span, order, groups)
        if iso:
            return FoundDate(iso, span, start)
        rejected = rejected or FoundDate("", span, start, f"not a valid date: {span!r}")
    return rejected
