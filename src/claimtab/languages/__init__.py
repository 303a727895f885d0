"""Language files: one TOML file per language holds its number words, hedges and cues.

Adding a language means adding ``<code>.toml`` here, or in a folder named by the
``CLAIMTAB_LANG_DIR`` environment variable (or ``lang_dir=`` arguments); no code changes.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
COMMON_FILE = HERE / "_common.toml"
QUALIFIERS_FROM_HEDGES = {"approx", "at_least", "over", "up_to"}


class LanguageError(ValueError):
    """A language file is missing or malformed."""


@dataclass(frozen=True)
class NounRule:
    """A counted noun: what it matches and what a claim about it is."""

    regex: re.Pattern[str]
    category: str
    item: str
    unit: str


@dataclass
class Language:
    """A compiled language file."""

    code: str
    name: str
    path: Path
    word_boundaries: bool
    decimal: str
    group: list[str]
    number_words: dict[str, float] = field(repr=False)
    scales: dict[str, float] = field(repr=False)
    scale_alone: bool = field(repr=False)
    linkers: list[str] = field(repr=False)
    raw: dict[str, Any] = field(repr=False)
    re_percent: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    hedge_prefix: list[tuple[re.Pattern[str], str]] = field(repr=False, default_factory=list)
    hedge_suffix: list[tuple[re.Pattern[str], str]] = field(repr=False, default_factory=list)
    range_connector: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    range_paired: list[tuple[re.Pattern[str], re.Pattern[str]]] = field(
        repr=False, default_factory=list
    )
    re_vague: re.Pattern[str] | None = field(repr=False, default=None)
    month_rules: list[tuple[re.Pattern[str], int]] = field(repr=False, default_factory=list)
    re_month: re.Pattern[str] | None = field(repr=False, default=None)
    re_date_suffix: re.Pattern[str] | None = field(repr=False, default=None)
    re_planned: re.Pattern[str] | None = field(repr=False, default=None)
    re_delivered: re.Pattern[str] | None = field(repr=False, default=None)
    re_before_name: re.Pattern[str] | None = field(repr=False, default=None)
    re_after_name: re.Pattern[str] | None = field(repr=False, default=None)
    re_postposition: re.Pattern[str] | None = field(repr=False, default=None)
    re_pronoun: re.Pattern[str] | None = field(repr=False, default=None)
    re_topic: re.Pattern[str] | None = field(repr=False, default=None)
    re_sentence_final: re.Pattern[str] | None = field(repr=False, default=None)
    stop_words: set[str] = field(repr=False, default_factory=set)
    drop_leading: set[str] = field(repr=False, default_factory=set)
    nouns: list[NounRule] = field(repr=False, default_factory=list)
    goods: list[tuple[re.Pattern[str], str]] = field(repr=False, default_factory=list)
    re_casualty: re.Pattern[str] | None = field(repr=False, default=None)
    #: "the number of", "die Zahl der": the counted noun was named before the number.
    re_number_of: re.Pattern[str] | None = field(repr=False, default=None)
    re_not_noun: re.Pattern[str] | None = field(repr=False, default=None)
    re_not_context: re.Pattern[str] | None = field(repr=False, default=None)
    countries: list[tuple[re.Pattern[str], str]] = field(repr=False, default_factory=list)
    re_furniture: re.Pattern[str] | None = field(repr=False, default=None)
    byline_cues: list[str] = field(repr=False, default_factory=list)
    date_labels: list[str] = field(repr=False, default_factory=list)
    outlet_cues: list[str] = field(repr=False, default_factory=list)
    abbreviations: set[str] = field(repr=False, default_factory=set)
    counters: list[tuple[re.Pattern[str], str]] = field(repr=False, default_factory=list)
    #: All counted nouns and not-claim nouns in one alternation (groups n0, n1, ... and nc).
    re_any_noun: re.Pattern[str] | None = field(repr=False, default=None)
    #: Prefix hedges as lowercase phrases, longest first, with their qualifiers.
    hedge_phrases: list[tuple[str, str]] = field(repr=False, default_factory=list)
    hedge_by_last_word: dict[str, list[tuple[str, str]]] = field(repr=False, default_factory=dict)
    #: Every attribution cue in one alternation (groups pronoun, before, post, after, final).
    re_cues: re.Pattern[str] | None = field(repr=False, default=None)

    def bounded(self, pattern: str) -> str:
        """Wrap a pattern so it matches whole words where the language separates words."""
        if self.word_boundaries:
            return rf"(?<!\w)(?:{pattern})(?!\w)"
        return f"(?:{pattern})"


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


def _compile(patterns: list[str], lang: Language, bounded: bool = True) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = alternation(patterns)
    return re.compile(lang.bounded(body) if bounded else body, re.IGNORECASE)


def _named(parts: list[tuple[str, str, bool]], lang: Language) -> re.Pattern[str] | None:
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
            out.append(lang.bounded("|".join(run)))
            run = []
        out.append(f"(?P<{name}>{body})")
    if run:
        out.append(lang.bounded("|".join(run)))
    return re.compile("|".join(out), re.IGNORECASE) if out else None


def language_dirs(lang_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Folders searched for language files, the user's first."""
    dirs: list[Path] = []
    if lang_dir:
        dirs.append(Path(lang_dir))
    env = os.environ.get("CLAIMTAB_LANG_DIR")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.append(HERE)
    return dirs


def available(lang_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Codes of every language that has a file, sorted."""
    codes: set[str] = set()
    for d in language_dirs(lang_dir):
        if d.is_dir():
            codes.update(p.stem for p in d.glob("*.toml") if not p.stem.startswith("_"))
    return sorted(codes)


def find_file(code: str, lang_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """The language file for ``code``, or None when there is none."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        return None
    for d in language_dirs(lang_dir):
        p = d / f"{code}.toml"
        if p.is_file():
            return p
    return None


@lru_cache(maxsize=1)
def _common() -> dict[str, Any]:
    with open(COMMON_FILE, "rb") as fh:
        return tomllib.load(fh)


def load_language(code: str, lang_dir: str | os.PathLike[str] | None = None) -> Language:
    """Load and compile the language file for ``code``; raise LanguageError if there is none."""
    path = find_file(code, lang_dir)
    if path is None:
        raise LanguageError(
            f"no language file for {code!r} (have: {', '.join(available(lang_dir))})"
        )
    return _load_path(str(path))


@lru_cache(maxsize=64)
def _load_path(path_str: str) -> Language:
    path = Path(path_str)
    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguageError(f"{path.name}: cannot read language file: {exc}") from exc
    try:
        return _build(raw, path)
    except (KeyError, TypeError, re.error) as exc:
        raise LanguageError(f"{path.name}: malformed language file: {exc}") from exc


def _build(raw: dict[str, Any], path: Path) -> Language:
    common = _common()
    num = raw.get("numbers", {})
    lang = Language(
        code=raw["code"],
        name=raw.get("name", raw["code"]),
        path=path,
        word_boundaries=raw.get("word_boundaries", True),
        decimal=num.get("decimal", "."),
        group=list(num.get("group", [","])),
        number_words={k.lower(): float(v) for k, v in num.get("words", {}).items()},
        scales={k.lower(): float(v) for k, v in num.get("scales", {}).items()},
        scale_alone=bool(num.get("scale_alone", False)),
        linkers=list(num.get("linkers", [])),
        raw=raw,
    )
    lang.re_percent = re.compile(alternation(num.get("percent", ["%"])), re.IGNORECASE)
    lang.counters = [(re.compile(p, re.IGNORECASE), unit) for p, unit in num.get("counters", [])]
    hedges = raw.get("hedges", {})
    for key, target in (("prefix", lang.hedge_prefix), ("suffix", lang.hedge_suffix)):
        for phrase, qual in sorted(hedges.get(key, {}).items(), key=lambda kv: -len(kv[0])):
            if qual not in QUALIFIERS_FROM_HEDGES:
                raise TypeError(f"hedge {phrase!r} has unknown qualifier {qual!r}")
            target.append((re.compile(lang.bounded(phrase), re.IGNORECASE), qual))
    ranges = raw.get("ranges", {})
    conns = [c if not c.isalpha() else lang.bounded(c) for c in ranges.get("connectors", ["-"])]
    lang.range_connector = re.compile(rf"\s*(?:{alternation(conns)})\s*$", re.IGNORECASE)
    for opener, conn in ranges.get("paired", []):
        lang.range_paired.append(
            (
                re.compile(lang.bounded(opener) + r"\s*$", re.IGNORECASE),
                re.compile(r"^\s*" + lang.bounded(conn) + r"\s*$", re.IGNORECASE),
            )
        )
    lang.re_vague = _compile(raw.get("vague", {}).get("patterns", []), lang)
    dates = raw.get("dates", {})
    months = {k.lower(): int(v) for k, v in dates.get("months", {}).items()}
    as_patterns = dates.get("months_are_patterns", False)
    month_pats = [m if as_patterns else re.escape(m) for m in months]
    lang.month_rules = [
        (re.compile(lang.bounded(p), re.IGNORECASE), n)
        for p, n in zip(month_pats, months.values(), strict=True)
    ]
    lang.re_month = _compile(month_pats, lang)
    lang.re_date_suffix = _compile(dates.get("number_suffixes", []), lang, bounded=False)
    status = raw.get("status", {})
    lang.re_planned = _compile(status.get("planned", []), lang)
    lang.re_delivered = _compile(status.get("delivered", []), lang)
    att = raw.get("attribution", {})
    lang.re_before_name = _compile(att.get("before_name", []), lang)
    lang.re_after_name = _compile(att.get("after_name", []), lang)
    lang.re_postposition = _compile(att.get("postposition", []), lang)
    lang.re_pronoun = _compile(att.get("pronouns", []), lang)
    lang.re_topic = _compile(att.get("topic_markers", []), lang, bounded=False)
    lang.re_sentence_final = _compile(att.get("sentence_final", []), lang, bounded=False)
    lang.stop_words = {w.lower() for w in att.get("stop_words", [])}
    lang.drop_leading = {w.lower() for w in att.get("drop_leading", [])}
    cats = raw.get("categories", {})
    nouns = list(cats.get("nouns", []))
    lender = raw.get("borrow_nouns_from")
    if lender:
        with open(path.parent / f"{lender}.toml", "rb") as fh:
            nouns += tomllib.load(fh).get("categories", {}).get("nouns", [])
    for entry in nouns:
        pattern, category, item, unit = entry
        lang.nouns.append(
            NounRule(re.compile(lang.bounded(pattern), re.IGNORECASE), category, item, unit)
        )
    lang.goods = [
        (re.compile(lang.bounded(p), re.IGNORECASE), item) for p, item in cats.get("goods", [])
    ]
    lang.re_casualty = _compile(cats.get("casualties", []), lang)
    lang.re_number_of = _compile(cats.get("number_of", []), lang)
    nc = raw.get("not_claims", {})
    lang.re_not_noun = _compile(nc.get("nouns", []), lang)
    alts = [(f"n{i}", f"(?:{entry[0]})", True) for i, entry in enumerate(nouns)]
    if nc.get("nouns"):
        alts.append(("nc", alternation(nc["nouns"]), True))
    lang.re_any_noun = _named(alts, lang)
    lang.hedge_phrases = sorted(
        ((k.lower(), v) for k, v in hedges.get("prefix", {}).items()), key=lambda kv: -len(kv[0])
    )
    for phrase, qual in lang.hedge_phrases:
        words = phrase.split()
        if words:
            lang.hedge_by_last_word.setdefault(words[-1], []).append((phrase, qual))
    lang.re_cues = _named(
        [
            (kind, alternation(att[key]), kind != "final")
            for kind, key in (
                ("pronoun", "pronouns"),
                ("before", "before_name"),
                ("post", "postposition"),
                ("after", "after_name"),
                ("final", "sentence_final"),
            )
            if att.get(key)
        ],
        lang,
    )
    lang.re_not_context = _compile(nc.get("context", []), lang)
    for source in (raw.get("countries", {}), common.get("countries", {})):
        for country, pats in source.items():
            for p in pats:
                lang.countries.append((re.compile(p, re.IGNORECASE), country))
    furniture = raw.get("furniture", {}).get("lines", []) + common.get("furniture", {}).get(
        "lines", []
    )
    if furniture:
        lang.re_furniture = re.compile(rf"^\s*(?:{alternation(furniture)})\s*$", re.IGNORECASE)
    meta = raw.get("metadata", {})
    lang.byline_cues = list(meta.get("byline", []))
    lang.date_labels = list(meta.get("date_labels", []))
    lang.outlet_cues = list(meta.get("outlet_cues", []))
    lang.abbreviations = {a.lower() for a in raw.get("sentences", {}).get("abbreviations", [])}
    return lang


def common_furniture() -> re.Pattern[str]:
    """Furniture lines that apply whatever the language."""
    lines = _common().get("furniture", {}).get("lines", [])
    return re.compile(rf"^\s*(?:{alternation(lines)})\s*$", re.IGNORECASE)
