"""Dates of articles: the publication date a dateline or date line states, and the dates a
sentence gives for a statement ("said on Friday", "last month"), resolved against it.

The date words of 200+ locales (month names with their case forms, weekday names, "yesterday",
"last month") come from dateparser's locale data. Candidates are found with one regex per
language built from them; a candidate is turned into a date by plain calendar arithmetic on the
words' meanings, not by dateparser's parser, which compiles its patterns per process (about half
a second) and takes milliseconds a phrase, and which read Japanese "10月18日" as 2010. Only the
head of an article is searched for its date: a date deep in the body says when something
happened, not when the article appeared.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold

#: Characters of an article's head searched for its dateline or date line.
HEAD_CHARS = 600
#: Lines of an article's head searched (headline, kicker, dateline, byline, date line).
HEAD_LINES = 6
#: Words that may stand before a date on its line ("KYIV,", "Published", "By Jane Doe,").
MAX_PREFIX_WORDS = 3
#: Words of a byline before a separator and a date ("By Jane Doe | 3 March 2025").
MAX_BYLINE_WORDS = 6
#: A line this short may hold a date after any short prefix ("Le 3 mars 2025, Paris").
SHORT_LINE_WORDS = 8

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(?:19|20)\d\d"
_YEAR_RX = re.compile(_YEAR)
#: A month's other name after a slash, as Arabic writes both calendars' names ("يونيو/حزيران",
#: "أكتوبر/تشرين الأول"): part of the date, read by the first name.
_PAIRED = r"(?:\s?/\s?[^\W\d_]+(?:\s[^\W\d_]+)?)?"
# Forms without month names, each with the order of its numbers (y, m, d).
_NUMERIC = [
    (rf"(?<!\d)({_YEAR})\s*[-./]\s*(\d{{1,2}})\s*[-./]\s*(\d{{1,2}})(?![\d])", "ymd"),
    (rf"(?<!\d)({_YEAR})\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]?", "ymd"),
    (rf"(?<![\d.])(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})(?!\d)", "dmy"),
]
#: Day and month with slashes ("10/03/2026"): read in the order the locale writes them.
_SLASHED = rf"(?<![\d/])(\d{{1,2}})/(\d{{1,2}})/({_YEAR})(?![\d/])"


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
        key=lambda n: (-len(n), n),
    )
    if not names:
        return None
    month = "|".join(re.escape(n) for n in names) + rf"){_PAIRED}(?:"
    day = r"\d{1,2}"
    forms = [
        rf"(?:ika-?)?{day}\.?\s*(?:de\s+|ng\s+)?(?:{month})\.?,?\s*(?:de\s+|del\s+)?{_YEAR}",
        rf"(?:{month})\.?\s+{day}(?:st|nd|rd|th)?,?\s+{_YEAR}",
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


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
    for m in re.finditer(_SLASHED, head):
        order = _slashed_order(code, int(m.group(1)), int(m.group(2)))
        if order:
            found.append((m.start(), m.group(0), order, m.groups()))
    return sorted(found)


def _slashed_order(code: str, first: int, second: int) -> str:
    """The order of a slashed date's numbers: the locale's ("DMY": "dmy"); where the locale
    writes the month first but the other order is common too (en), only an unambiguous date
    (one number above 12) is read; "" when it cannot be told."""
    order = str(_locale(code).get("date_order", "")).lower()
    if order == "dmy":
        return "dmy"
    if order == "mdy" and first > 12 >= second:
        return "dmy"
    if order == "mdy" and second > 12 >= first:
        return "mdy"
    return ""


def _head(text: str) -> str:
    """The first lines of a text, where a dateline or date line stands."""
    lines = text[:HEAD_CHARS].split("\n")
    return "\n".join(lines[:HEAD_LINES])


def _is_dateline(head: str, start: int, code: str) -> bool:
    """Whether a date stands where datelines and date lines put it, not inside a sentence.

    Before it on its line there may be nothing, a weekday ("Thu 15 Jan 2026"), a few words that
    end in a comma, colon or bracket ("KYIV,", "[서울=연합뉴스]", "Published:"), a byline
    ending in a separator ("By Jane Doe |"), or any short prefix on a short line.
    """
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", start)
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    prefix = head[line_start:start].strip()
    if "|" in prefix:  # "Outlet | Updated | Tuesday, 9 December 2025": the date's own segment
        prefix = prefix[prefix.rfind("|") + 1 :].strip()
        line = prefix
    words = prefix.split()
    if not words or all(w.strip(",.").lower() in _weekday_names(code) for w in words):
        return True
    if prefix[-1] in "|–—-·" and len(prefix.rstrip(" |–—-·").split()) <= MAX_BYLINE_WORDS:
        return True
    if len(words) > MAX_PREFIX_WORDS:
        return False
    return prefix[-1] in ",:]】)" or len(line.split()) <= SHORT_LINE_WORDS


@lru_cache(maxsize=64)
def _weekday_names(code: str) -> frozenset[str]:
    """Every name and abbreviation of the weekdays in ``code`` (and in English), lowercased."""
    names: set[str] = set()
    for lang in {code, "en"}:
        info = _locale(lang)
        names |= {str(n).lower() for k in _WEEKDAY_KEYS for n in info.get(k, [])}
    return frozenset(names)


def find_article_date(text: str, lang: str) -> FoundDate | None:
    """The publication date an article's head states (dateline or date line), or None.

    A date-like span that is no real date ("31.02.2025") comes back with ``problem`` set and no
    ``iso``, so the caller can report it; it is never kept.
    """
    original = _head(text)
    head = fold(original)  # every digit ASCII ("٧ نوفمبر ٢٠٢٥"), the Arabic comma a comma
    rejected: FoundDate | None = None
    for start, span, order, groups in _candidates(head, lang):
        if not _is_dateline(head, start, lang):
            continue
        if order == "named":
            iso = _named_date(span, lang, "")
        else:
            iso = _numeric(span, order, groups)
        written = original[start : start + len(span)]
        if iso:
            return FoundDate(iso, written, start)
        rejected = rejected or FoundDate("", written, start, f"not a valid date: {written!r}")
    return rejected

#: dateparser's relative terms kept: days, weeks, months and years (a week is read as its month).
_RELATIVE_KEYS = ("0 day ago", "1 day ago", "0 week ago", "1 week ago", "0 month ago",
                  "1 month ago", "0 year ago", "1 year ago")

#: A language file's relative date words beside dateparser's: (phrase, key of _RELATIVE_KEYS).
Relative = tuple[tuple[str, str], ...]
#: A language file's month names beside dateparser's, as patterns: (pattern, month number).
Months = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DateSpan:
    """A date phrase in a text, resolved against the article's date."""

    start: int
    end: int
    iso: str
    text: str


def _names(values: object, short: bool = False) -> set[str]:
    """Lowercased names from dateparser's data, without short Latin abbreviations ("fri", "mar")."""
    names = {str(n).lower() for n in values or []}  # type: ignore[attr-defined]
    return {n for n in names if len(n) > 3 or (len(n) > 1 and not n.isascii()) or short}


def _full_names(values: object) -> set[str]:
    """A month's names written in full: every name as long as its longest ("januar" and
    "jänner" both), and a word with the month's number (vi "tháng 3", March); never an
    abbreviation ("jan", vi "thg 3")."""
    names = _names(values, True)
    longest = max((len(n) for n in names), default=0)
    return {n for n in names if (len(n) == longest and len(n) > 2) or _NUMBERED_MONTH.fullmatch(n)}


#: A month named by a word and its number (vi "tháng 3").
_NUMBERED_MONTH = re.compile(r"[^\W\d]{4,} \d{1,2}")


#: A day of the month alone, as CJK news writes the day of a statement ("4日", "28일"): not a
#: count of days ("4日間", "2일 동안", "1日あたり", "하루 평균") and not part of a longer date.
_CJK_DAY = (
    r"(?<!\d)(?<!\d[月월年년./-])(?P<dd>\d{1,2})\s*[日일]"
    r"(?!\s*(?:間|间|本|当|あたり|平均|以内|以上|간|동안|평균|당|均|째|目|分|까지|前|전|후))"
)


#: A month alone, as CJK writes it ("9月", "5월", ko "지난 4월": last April): not a count of
#: months ("3か月", "3개월") and not part of a date with its day.
_CJK_MONTH = (
    rf"(?:지난\s*)?(?<![\d.])(?:(?P<my>{_YEAR})\s*[年년]\s*)?(?P<mm>\d{{1,2}})\s*[月월](?!\s*\d)"
    r"(?!간|間)"
)


@lru_cache(maxsize=64)
def _phrase_regex(
    code: str, spaced: bool, extra: Relative = (), own: Months = ()
) -> re.Pattern[str] | None:
    """Date phrases of ``code``; groups: cjk (月/월 with a day), wd, rel, full, mo (month alone).
    The language file's month patterns (``own``) count beside a day or a year, never alone."""
    info = _locale(code)
    weekdays = set().union(*(_names(info.get(k)) for k in _WEEKDAY_KEYS))
    relative = set(_vocabulary(code, extra).relative)
    # Month names written with digits ("12月", "5월") are read by the CJK forms, never as a day
    # and a month ("1" + "2月").
    months = {n for n in set().union(*(_names(info.get(k), True) for k in _MONTH_KEYS))
              if not n[:1].isdigit()}
    # Alone, a month is named in full (its longest name): "May", never the abbreviation "Mar".
    alone = set().union(*(_full_names(info.get(k)) for k in _MONTH_KEYS))
    if not (weekdays or relative or months):
        return None

    def alt(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) or "(?!)"

    named = alt(months) + "".join(f"|{p}" for p, _n in own)
    day, month = r"\d{1,2}", named + rf"){_PAIRED}(?:"
    # The year after a comma, "de", vi "năm" ("tháng 9 năm 2023") or a slash ("tháng 9/2023").
    year = rf"(?:(?:,?\s*(?:de\s+|del\s+|năm\s+)?|/){_YEAR})"
    full = (
        rf"(?:{day}\.?\s*(?:de\s+|ng\s+)?(?:{month})|(?:{month})\.?\s+{day}(?!\d|[,.]\d{{3}})"
        rf"(?:st|nd|rd|th)?)"
        rf"{year}?|(?:{month}){year}"
    )
    cjk = rf"(?:({_YEAR})\s*[年년]\s*)?({day})\s*[月월]\s*({day})\s*[日일]"
    body = (
        rf"(?P<cjk>{cjk})|(?P<cjkday>{_CJK_DAY})|(?P<cjkmonth>{_CJK_MONTH})"
        # A relative phrase before a weekday: id "minggu lalu" is last week, "minggu" Sunday.
        rf"|(?P<rel>{alt(relative)})|(?P<wd>{alt(weekdays)})"
        rf"|(?P<full>{full})|(?P<mo>{alt(alone)})"
    )
    if spaced:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE)


def date_phrases(
    text: str,
    start: int,
    end: int,
    lang: str,
    base: str,
    *,
    spaced: bool = True,
    months_capitalised: bool = False,
    relative: Relative = (),
    months: Months = (),
) -> list[DateSpan]:
    """Date phrases in text[start:end] ("on Friday", "last month", "in January", "18. Oktober"),
    each resolved against the article's date ``base`` (ISO day) to an ISO date or partial date.

    A weekday is the last such day on or before ``base``. A month name alone counts only when
    written with a capital in languages that capitalise months (English "may" is a verb).
    Without ``base`` (an article with no date) only a date that names its year is returned
    ("March 3, 2025", "in March 2025", "2025年3月3日"). Nothing is returned for a language
    dateparser does not know, or for a phrase whose period is a week (no ISO partial form).
    ``relative`` and ``months`` are the language file's own relative words and month patterns.
    """
    rx = _phrase_regex(lang, spaced, relative, months) if _locale(lang) else None
    if rx is None or len(base) not in (0, 10):
        return []
    if not base and _YEAR_RX.search(text, start, end) is None:
        return []  # only a date naming its year counts, and there is no year (one quick look)
    out: list[DateSpan] = []
    for m in rx.finditer(text, start, end):
        if months_capitalised and _lowercase_month(m):
            continue  # "may" (en, tl), not May
        if not base and not _names_its_year(m):
            continue
        if m.lastgroup == "cjk":
            iso = _month_day(m.group(2), m.group(3), m.group(4), base)
        elif m.lastgroup == "cjkmonth":
            iso = _month_alone(int(m.group("mm")), base, m.group("my"))
        elif m.lastgroup == "cjkday":
            iso = _day_of_month(int(m.group("dd")), out, text, m.start(), base)
            if iso and out and len(out[-1].iso) == 7 and iso.startswith(out[-1].iso):
                out[-1] = DateSpan(out[-1].start, m.end(), iso, text[out[-1].start : m.end()])
                continue  # "지난달 28일", "先月4日": the month a relative phrase names, that day
        else:
            iso = _resolve(m.group(0), m.lastgroup or "", lang, base, relative, months)
        if iso:
            out.append(DateSpan(m.start(), m.end(), iso, m.group(0)))
    return out


def _month_alone(month: int, base: str, year: str | None = None) -> str:
    """ISO month of a CJK month ("9月", "2025年9月"): in the year it names, else the last such
    month on or before ``base``."""
    if not 1 <= month <= 12 or not (year or base):
        return ""
    y = int(year) if year else int(base[:4]) - (month > int(base[5:7]))
    return f"{y:04d}-{month:02d}"


def _day_of_month(day: int, before: list[DateSpan], text: str, at: int, base: str) -> str:
    """ISO date of a day of the month alone ("4日"): in the month a relative month phrase right
    before it names ("지난달 28일"), else the last such day on or before ``base``."""
    import datetime

    if not base:
        return ""
    ref = datetime.date.fromisoformat(base)
    prev = before[-1] if before else None
    if prev and len(prev.iso) == 7 and not text[prev.end : at].strip():
        year, month = int(prev.iso[:4]), int(prev.iso[5:])
    elif day <= ref.day:
        year, month = ref.year, ref.month
    else:
        year, month = divmod(ref.year * 12 + ref.month - 2, 12)
        month += 1
    try:
        found = datetime.date(year, month, day)
    except ValueError:
        return ""
    return found.isoformat() if found <= ref else ""


def _lowercase_month(m: re.Match[str]) -> bool:
    """Whether a month name alone, or a date naming one, is written without a capital."""
    if m.lastgroup == "mo":
        return not m.group(0)[:1].isupper()
    return m.lastgroup == "full" and not any(ch.isupper() for ch in m.group(0))


def _names_its_year(m: re.Match[str]) -> bool:
    """Whether a matched date phrase names its year: a day or a month with it ("March 3,
    2025", "in March 2025", "2025年3月"); where it stands decides whether it dates the
    statement."""
    if m.lastgroup == "cjk":
        return m.group(2) is not None
    if m.lastgroup == "cjkmonth":
        return m.group("my") is not None
    return m.lastgroup == "full" and re.search(_YEAR, m.group(0)) is not None


def _month_day(year: str | None, month: str, day: str, base: str) -> str:
    """ISO date of a month and day ("10月18日"): in ``base``'s year, or the year before if later
    (``base`` may be empty when the year is given)."""
    import datetime

    if not year and not base:
        return ""
    ref = datetime.date.fromisoformat(base or f"{year}-01-01")
    try:
        found = datetime.date(int(year) if year else ref.year, int(month), int(day))
        if not year and found > ref:
            found = found.replace(year=ref.year - 1)
    except ValueError:
        return ""
    return found.isoformat()


@lru_cache(maxsize=4096)
def _resolve(
    phrase: str, kind: str, lang: str, base: str, extra: Relative = (), own: Months = ()
) -> str:
    """ISO date or partial date of a matched phrase (kind: the regex group that matched: wd,
    rel, full or mo) resolved against ``base``, always towards the past ("" if it is none)."""
    import datetime

    if not base:  # only a date naming its year is read without the article's date
        return _named_date(phrase, lang, "", own) if kind == "full" else ""
    ref = datetime.date.fromisoformat(base)
    key = phrase.lower()
    if kind == "wd":  # the last such weekday on or before the article's day
        back = (ref.weekday() - _vocabulary(lang).weekdays[key]) % 7
        return (ref - datetime.timedelta(days=back)).isoformat()
    if kind == "rel":
        period, ago = _vocabulary(lang, extra).relative[key]
        if period == "day":
            return (ref - datetime.timedelta(days=ago)).isoformat()
        if period == "week":
            return _week(ref, ago)
        if period == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 - ago, 12)
            return f"{y:04d}-{m + 1:02d}"
        return f"{ref.year - ago:04d}"
    if kind == "mo":
        month = _vocabulary(lang).months[key]
        return f"{ref.year - (month > ref.month):04d}-{month:02d}"
    return _named_date(phrase, lang, base, own)


def _named_date(span: str, lang: str, base: str, own: Months = ()) -> str:
    """ISO date of a phrase naming a month with a day ("18. Oktober", "March 3, 2025") or a year
    ("August 2023"); without a year, in ``base``'s year or the year before it if later."""
    import datetime

    text = span.lower()
    name, month = _month_named(text, lang, own)
    year = re.search(_YEAR, text)
    rest = text.replace(name, " ", 1) if name else text  # vi "tháng 12": its number is no day
    digits = [d for d in re.findall(r"\d+", rest) if not (year and d == year.group(0))]
    if not name or (year is None and not base):
        return ""
    if not digits:
        return f"{year.group(0)}-{month:02d}" if year else ""
    ref = datetime.date.fromisoformat(base) if base else None
    try:
        found = datetime.date(int(year.group(0)) if year else ref.year, month, int(digits[0]))
        if year is None and found > ref:
            found = found.replace(year=ref.year - 1)
    except ValueError:
        return ""
    return found.isoformat()


def _month_named(text: str, lang: str, own: Months = ()) -> tuple[str, int]:
    """The month name in a lowercased date phrase and its number: dateparser's longest name in
    it, else the first of the language file's patterns that matches a word ("", 0 if none)."""
    months = _vocabulary(lang).months
    name = max((n for n in months if n in text), key=len, default="")
    if name:
        return name, months[name]
    for pattern, number in own:
        m = re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE)
        if m:
            return m.group(0), number
    return "", 0


def _week(ref: object, ago: int) -> str:
    """A week ("last week", "this week") as the month it lies in, or only its year when it
    spans two months (days of this week after ``ref`` are not counted)."""
    import datetime

    assert isinstance(ref, datetime.date)
    monday = ref - datetime.timedelta(days=ref.weekday() + 7 * ago)
    last = min(ref, monday + datetime.timedelta(days=6))
    if (monday.year, monday.month) == (last.year, last.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{last.year:04d}" if monday.year == last.year else ""


@dataclass(frozen=True)
class _Vocabulary:
    """A language's date words from dateparser's locale data: month names, weekday names and
    relative words ("last month" -> (month, 1)), all lowercased."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]


@lru_cache(maxsize=64)
def _vocabulary(code: str, extra: Relative = ()) -> _Vocabulary:
    """The date words of ``code`` (with ``extra``: its language file's relative words)."""
    info = _locale(code)
    months = {str(n).lower(): i + 1 for i, k in enumerate(_MONTH_KEYS) for n in info.get(k, [])}
    weekdays = {str(n).lower(): i for i, k in enumerate(_WEEKDAY_KEYS) for n in info.get(k, [])}
    rel = info.get("relative-type", {})
    named = [(str(n), k) for k in _RELATIVE_KEYS for n in rel.get(k, [])]  # type: ignore[union-attr]
    relative = {n.lower(): (k.split()[1], int(k.split()[0])) for n, k in [*named, *extra]
                if len(n) > 3 or (len(n) > 1 and not n.isascii())}
    return _Vocabulary(months, weekdays, relative)


_ISO = re.compile(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")


def valid_iso_date(value: str) -> bool:
    """Whether ``value`` is a real ISO date or partial date (2025-03-03, 2025-03, 2025)."""
    import datetime

    m = _ISO.fullmatch(value.strip())
    if m is None:
        return False
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
