"""The compiled language: every key of a checked language file turned into what the reader uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import numwords
from ..text import fold
from .patterns import (
    Bound,
    WordScanner,
    alternation,
    bound_for,
    compile_any,
    compile_named,
)
from .schema import Attribution, CommonFile, Dates, LanguageFile, NounEntry

_I = re.IGNORECASE
Pattern = re.Pattern[str]


@dataclass(frozen=True)
class NounRule:
    """A counted noun: what a claim about it is."""

    category: str
    item: str
    unit: str


@dataclass(frozen=True)
class NumberScanners:
    """The regexes that find numbers: digits, vague quantities, scale words after digits.
    (Numbers written in words are read by ``claimtab.numwords``.)"""

    digits: Pattern
    vague: WordScanner | None  # group "v"
    scale_after: Pattern | None  # a scale word right after a number, group "s"


@dataclass(eq=False)
class Language:
    """A compiled language file (compared and hashed by identity).

    ``code``, ``name`` and ``path`` say which file it is; every other field is what a key of the
    file compiles to, read by the extraction stages.
    """

    code: str
    name: str
    path: Path
    word_boundaries: bool
    #: The file as read, for display; the reader uses only the compiled fields below.
    raw: dict[str, Any] = field(repr=False)
    # [numbers]
    decimal: str = field(repr=False)
    #: Scale words after digits: the written-out ones of numwords/<code>.json and the
    #: abbreviations of [numbers] scales, lower case -> value.
    scales: dict[str, float] = field(repr=False)
    #: Marks glued to digits that make an ordinal (第25, 제25; 25번째, 25番目), from numwords.
    ordinal_prefix: tuple[str, ...] = field(repr=False)
    ordinal_suffix: tuple[str, ...] = field(repr=False)
    linkers: list[str] = field(repr=False)
    compound: bool = field(repr=False)
    ordinal_dot: bool = field(repr=False)
    re_percent: Pattern = field(repr=False)
    counters: list[tuple[Pattern, str]] = field(repr=False)
    counter_categories: dict[str, str] = field(repr=False)
    genitive_after_counter: tuple[str, ...] = field(repr=False)
    scanners: NumberScanners = field(repr=False)
    # [hedges]: prefix hedges as lowercase phrases, longest first, and by their last word
    hedge_phrases: list[tuple[str, str]] = field(repr=False)
    hedge_by_last_word: dict[str, list[tuple[str, str]]] = field(repr=False)
    hedge_suffix: list[tuple[Pattern, str]] = field(repr=False)
    # [ranges]
    range_connector: Pattern = field(repr=False)
    range_paired: list[tuple[Pattern, Pattern]] = field(repr=False)
    #: The connector words of ranges ("to", "and"), where a number-word phrase not read whole
    #: is read again in parts ("between ten and twelve thousand").
    range_words: frozenset[str] = field(repr=False)
    # [dates]
    month_rules: list[tuple[Pattern, int]] = field(repr=False)
    re_month: Pattern | None = field(repr=False)
    re_date_suffix: Pattern | None = field(repr=False)
    #: A month name just before / just after a number (the number is a day).
    month_before: Pattern | None = field(repr=False)
    month_after: Pattern | None = field(repr=False)
    #: Date forms, most specific first, each with whether it needs a month name.
    date_forms: list[tuple[Pattern, bool]] = field(repr=False)
    #: Words that make a month or a year a date phrase ("Anfang Januar", "2025 року").
    re_date_words: Pattern | None = field(repr=False)
    #: Words that make the date after them the start of a period ("since", "seit"): no
    #: statement date.
    re_since: Pattern | None = field(repr=False)
    re_since_after: Pattern | None = field(repr=False)
    #: Words for a report's release ("published", "opublikowanego"): a date a few words after
    #: one dates the statement ("a report published in late May").
    re_release: Pattern | None = field(repr=False)
    #: Whether a month name alone must be capitalised to be a month (English "may" is a verb).
    months_capitalised: bool = field(repr=False)
    #: A year is written with its suffix (zh 2024年): a bare 1900-2100 is a number ("2000美元").
    years_need_suffix: bool = field(repr=False)
    #: Relative date words beside dateparser's: (phrase, key such as "1 month ago").
    relative_dates: tuple[tuple[str, str], ...] = field(repr=False)
    #: The language file's month names as patterns, with their numbers: the case forms
    #: dateparser lacks ("в ноябре", "у червні", "tammikuussa"), read beside its names.
    month_names: tuple[tuple[str, int], ...] = field(repr=False)
    # [rates]: named groups day, week, month, year, person
    re_rates: Pattern | None = field(repr=False)
    # [status]
    re_planned: Pattern | None = field(repr=False)
    re_delivered: Pattern | None = field(repr=False)
    # [attribution]
    #: Every attribution cue in one alternation (groups pronoun, before, post, after, final).
    re_cues: Pattern | None = field(repr=False)
    subject_pronouns: frozenset[str] = field(repr=False)
    #: The subject before a verb-final cue, and the topic opening a sentence.
    topic_before_verb: Pattern | None = field(repr=False)
    topic_opening: Pattern | None = field(repr=False)
    topic_opening_main: Pattern | None = field(repr=False)
    #: Topic markers that never mark a reported clause's own subject (ko "은", "는", ja "は").
    main_topic_markers: tuple[str, ...] = field(repr=False)
    #: Verb-final languages written with spaces (tr): the claimant of a reporting verb after
    #: the reported clause is the sentence's opening phrase up to a comma ("NIS, ... açıkladı").
    subject_opens_sentence: bool = field(repr=False)
    stop_words: set[str] = field(repr=False)
    drop_leading: set[str] = field(repr=False)
    #: Words after which a stop word goes on with the name (fr "de": "ministère de la Défense").
    name_joiners: Pattern | None = field(repr=False)
    #: Splits a list of names ("Moscow and Pyongyang") into the names.
    name_list: Pattern = field(repr=False)
    #: A report noun opening a claimant phrase ("estimations du", "оценкам"), dropped from it.
    re_report_noun: Pattern | None = field(repr=False)
    #: Nouns that, as a whole claimant phrase, refer back to the paragraph's last named source.
    definite_references: frozenset[str] = field(repr=False)
    #: The same references found in a text ("the agency added", "وقال الجهاز").
    re_definite_reference: Pattern | None = field(repr=False)
    #: Prefixes that make a noun a definite reference where words are not separated (ja "同",
    #: zh "该"): what follows names the kind of body meant ("同研究院" -> "研究院").
    reference_prefixes: tuple[str, ...] = field(repr=False)
    #: Times of day ("10:30 a.m."), never part of a name.
    re_times: Pattern | None = field(repr=False)
    #: Where or how something was said ("в інтерв'ю «РБК-Україна»"): never part of a name.
    re_asides: Pattern | None = field(repr=False)
    #: The quotation particle that closes a reported clause before a verb-final cue (ja "と").
    re_quote_marker: Pattern | None = field(repr=False)
    #: Connectives and dates that may open a sentence before its topic (ko "한편", ja "一方、").
    re_openers: Pattern | None = field(repr=False)
    #: Words between a verb-final cue and its subject (ko "4일", "브리핑에서"), at a phrase's end.
    re_verb_gap: Pattern | None = field(repr=False)
    #: Markers of a reported clause's own subject (ko "이", ja "が"): an opening phrase marked so
    #: before a quotation ending is who the clause is about, not who speaks.
    clause_subject_markers: tuple[str, ...] = field(repr=False)
    #: Verb forms only reported speech uses (de Konjunktiv I "habe", "seien"): a sentence holding
    #: one and naming no claimant goes on with the last named claimant.
    re_reported_speech: Pattern | None = field(repr=False)
    #: Stems of nouns for who speaks ("official", "разведк"): with them, a claimant phrase
    #: without a capital letter must hold one, a definite reference or a registry name.
    speakers: tuple[str, ...] = field(repr=False)
    #: Case endings every word of a name before a postposition has (fi genitive "n": "NIS:n").
    post_name_endings: tuple[str, ...] = field(repr=False)
    #: Phrases restating the figure before ("this figure"): the sentence goes on with its source.
    re_restating: Pattern | None = field(repr=False)
    re_lawmakers: Pattern | None = field(repr=False)
    #: Where a sentence-opening subject not set off by a comma ends (tr "ise", a genitive
    #: "Kuzey Kore'nin" opening the reported clause).
    re_subject_end: Pattern | None = field(repr=False)
    #: Possessive determiners ("its", "ses"): a claimant phrase opening with one gives way to a
    #: name another cue of the sentence gives.
    possessives: frozenset[str] = field(repr=False)
    #: First-person pronouns ("we", "wir"): who speaks in a quote, never a name; the quote's
    #: speaker is the one another cue names.
    first_person: frozenset[str] = field(repr=False)
    #: Words joining names or clauses ("and", "і"): a reporting verb right after one shares
    #: the subject of the clause before ("він заявив …, і назвав Пхеньян …").
    conjunction_words: frozenset[str] = field(repr=False)
    #: Auxiliaries of a perfect whose subject follows them when something else opens the
    #: sentence (de "Zuvor hatte Budanow im Fernsehen gesagt").
    re_auxiliary: Pattern | None = field(repr=False)
    #: Particles glued to the end of a name where words are not separated ("国情院还").
    re_trailing_particles: Pattern | None = field(repr=False)
    #: Words opening a relative clause: a reporting verb right after one is the clause's own.
    relative_pronouns: frozenset[str] = field(repr=False)
    # [categories] and [not_claims]
    nouns: list[NounRule] = field(repr=False)
    #: All counted nouns and not-claim nouns in one alternation (groups n0, n1, ... and nc).
    re_any_noun: Pattern | None = field(repr=False)
    goods: list[tuple[Pattern, str]] = field(repr=False)
    re_casualty: Pattern | None = field(repr=False)
    #: Partitives after a number: it counts some of the persons named before ("300 of whom").
    re_partitive: Pattern | None = field(repr=False)
    #: "the number of", "die Zahl der": the counted noun was named before the number.
    re_number_of: Pattern | None = field(repr=False)
    re_not_context: Pattern | None = field(repr=False)
    #: [not_claims] scope cues: a comparison or a hypothetical before the number in its
    #: sentence, another party's forces at the figure, a calibre unit right after the number.
    re_comparison: Pattern | None = field(repr=False)
    re_hypothetical: Pattern | None = field(repr=False)
    re_other_party: Pattern | None = field(repr=False)
    re_calibre: Pattern | None = field(repr=False)
    # [transfers]: transfer verbs (groups "give" and "recv"), what blocks an assertion, and the
    # two parties (groups "KP" and "RU", from [countries]).
    re_transfer: Pattern | None = field(repr=False)
    re_transfer_block: Pattern | None = field(repr=False)
    re_party: Pattern | None = field(repr=False)
    #: The transfer verbs as a word scanner, to find them in a whole document at once.
    transfer_scanner: WordScanner | None = field(repr=False)
    transfer_payments: list[tuple[Pattern, str]] = field(repr=False)
    #: The subject may follow the transfer verb (Arabic "أرسلت كوريا الشمالية صواريخ").
    transfer_verb_first: bool = field(repr=False)
    # [countries], [denials], [furniture], [metadata], [sentences]
    countries: list[tuple[Pattern, str]] = field(repr=False)
    re_denial: Pattern | None = field(repr=False)
    #: The denial verb follows what it denies (verb-final: ja "…を否定した").
    denies_what_precedes: bool = field(repr=False)
    #: Words opening or closing a contrasting clause beside a denial ("but", ko "지만").
    re_contrast: Pattern | None = field(repr=False)
    #: Words opening the clause a denial governs after a comma ("dass", "что").
    re_complementizer: Pattern | None = field(repr=False)
    re_furniture: Pattern | None = field(repr=False)
    byline_cues: list[str] = field(repr=False)
    date_labels: list[str] = field(repr=False)
    outlet_cues: list[str] = field(repr=False)
    abbreviations: set[str] = field(repr=False)

    def bounded(self, pattern: str) -> str:
        """Wrap a pattern so it matches whole words where the language separates words."""
        return bound_for(self.word_boundaries)(pattern)


def build_language(
    spec: LanguageFile,
    raw: dict[str, Any],
    path: Path,
    common: CommonFile,
    borrowed: list[NounEntry],
) -> Language:
    """Compile a checked language file (with the shared names and any borrowed nouns)."""
    bound = bound_for(spec.word_boundaries)
    return Language(
        code=spec.code,
        name=spec.name or spec.code,
        path=path,
        word_boundaries=spec.word_boundaries,
        raw=raw,
        **_numbers(spec, bound),
        **_hedges(spec, bound),
        **_ranges(spec, bound),
        **_dates(spec, bound),
        **_rates(spec, bound),
        re_planned=compile_any(spec.status.planned, bound),
        re_delivered=compile_any(spec.status.delivered, bound),
        **_attribution(spec, bound),
        **_nouns(spec, bound, spec.categories.nouns + borrowed),
        **_scope(spec, bound, common),
        **_sources(spec, bound, common),
    )


def _numbers(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The fields of [numbers] (and the vague patterns the number scanners use)."""
    num = spec.numbers
    scales = {**written_scales(spec.code), **{k.lower(): float(v) for k, v in num.scales.items()}}
    rd = numwords.reader(spec.code)
    return {
        "decimal": num.decimal,
        "scales": scales,
        "ordinal_prefix": tuple(rd.data.get("ordinal_prefix", [])) if rd else (),
        "ordinal_suffix": tuple(rd.data.get("ordinal_suffix", [])) if rd else (),
        "linkers": list(num.linkers),
        "compound": num.compound,
        "ordinal_dot": num.ordinal_dot,
        "re_percent": re.compile(alternation(num.percent), _I),
        "counters": [(re.compile(p, _I), unit) for p, unit in num.counters],
        "counter_categories": dict(num.counter_categories),
        "genitive_after_counter": tuple(num.genitive_after_counter),
        "scanners": NumberScanners(
            digits=digit_regex(num.group, num.decimal),
            vague=_vague_scanner(spec.vague.patterns, spec.word_boundaries),
            scale_after=_scale_after(scales, num.linkers, spec.word_boundaries),
        ),
    }


def digit_regex(group: list[str], decimal: str) -> Pattern:
    """Numbers written in digits, in the language's grouping and decimal style."""
    seps = "".join(re.escape(s) for s in group if s != decimal)
    dec = rf"{re.escape(decimal)}\d+(?![0-9])"
    if decimal == "," and "." in group:
        # "1.5", "0.77" in a comma-decimal language: a dot not followed by exactly three digits
        # cannot group digits, so it is a decimal point.
        dec += r"|\.(?!\d{3}(?!\d))\d+(?![0-9])"
    grouped = rf"\d{{0,2}}(?:[{seps}]\d{{3}}(?!\d))+" if seps else r"(?!)"
    # The pattern opens with a digit class (then checks the character before it), so the engine
    # jumps from digit to digit instead of trying every position of the text.
    return re.compile(rf"\d(?<![0-9A-Za-z]\d)(?:{grouped}|\d*)(?:{dec})?")


def written_scales(code: str) -> dict[str, float]:
    """The written-out words that multiply a number before them ("million", "тысяч", 万, 百),
    from the language's number-word file (empty when it has none)."""
    rd = numwords.reader(code)
    if rd is None:
        return {}
    return {f.lower(): float(v) for role in ("mul", "scale") for f, v in rd.data[role].items()}


def _vague_scanner(patterns: list[str], boundaries: bool) -> WordScanner | None:
    """Quantities without a figure (group "v")."""
    return WordScanner.of(f"(?P<v>{alternation(patterns)})", boundaries) if patterns else None


def _scale_after(scales: dict[str, float], linkers: list[str], boundaries: bool) -> Pattern | None:
    """A scale word right after a number: "5bn", "1,5 Millionen", "4 na milyong", "1万"."""
    if not scales:
        return None
    body = alternation([re.escape(s) for s in scales])
    link_words = "|".join(re.escape(w) for w in linkers)
    link = rf"(?:[ ]{{1,2}}(?:{link_words})[ ]{{1,2}}|[ ]{{0,2}})" if linkers else "[ ]{0,2}"
    # A scale ending in "." ("milj.", "тыс.") needs no boundary after the dot.
    right = r"(?:(?<=\.)|(?!\w))" if boundaries else ""
    return re.compile(rf"{link}(?P<s>{body}){right}", _I)


def _hedges(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The fields of [hedges]."""
    prefix = spec.hedges.prefix
    phrases = sorted(((k.lower(), v) for k, v in prefix.items()), key=lambda kv: -len(kv[0]))
    by_last: dict[str, list[tuple[str, str]]] = {}
    for phrase, qual in phrases:
        words = phrase.split()
        if words:
            by_last.setdefault(words[-1], []).append((phrase, qual))
    suffix = sorted(spec.hedges.suffix.items(), key=lambda kv: -len(kv[0]))
    return {
        "hedge_phrases": phrases,
        "hedge_by_last_word": by_last,
        "hedge_suffix": [(re.compile(bound(p), _I), qual) for p, qual in suffix],
    }


def _ranges(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The fields of [ranges]."""
    conns = [c if not c.isalpha() else bound(c) for c in spec.ranges.connectors]
    paired = [
        (
            re.compile(bound(opener) + r"\s*$", _I),
            re.compile(r"^\s*" + bound(conn) + r"\s*$", _I),
        )
        for opener, conn in spec.ranges.paired
    ]
    words = [c for c in spec.ranges.connectors if c.isalpha()]
    words += [conn for _opener, conn in spec.ranges.paired if conn.isalpha()]
    return {
        "range_connector": re.compile(rf"\s*(?:{alternation(conns)})\s*$", _I),
        "range_paired": paired,
        "range_words": frozenset(w.lower() for w in words),
    }


def _dates(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The fields of [dates]: month names, date suffixes and the date forms."""
    months = {k.lower(): int(v) for k, v in spec.dates.months.items()}
    as_patterns = spec.dates.months_are_patterns
    month_pats = [m if as_patterns else re.escape(m) for m in months]
    re_month = compile_any(month_pats, bound)
    mo = re_month.pattern if re_month is not None else None
    return {
        "month_rules": [
            (re.compile(bound(p), _I), n) for p, n in zip(month_pats, months.values(), strict=True)
        ],
        "re_month": re_month,
        "re_date_suffix": compile_any(spec.dates.number_suffixes, None),
        "month_before": re.compile(rf"(?:{mo})\.?\s*(?:\w{{1,3}}\s+)?$", _I) if mo else None,
        "month_after": re.compile(rf"^\.?\s*(?:\w{{1,3}}\s+)?(?:{mo})", _I) if mo else None,
        "date_forms": _date_forms(mo),
        "re_date_words": _date_word_pattern(spec.dates, mo, bound),
        "re_release": compile_any(spec.dates.release_words, bound),
        "re_since": (re.compile(bound(alternation(spec.dates.since_words)) + r"\s*$", _I)
                     if spec.dates.since_words else None),
        # Postpositions: "2023年8月以降", "2023년 8월 이후", "Ağustos 2023'ten beri".
        "re_since_after": (
            re.compile(r"[^\s,;]{0,5}?\s?" + bound(alternation(spec.dates.since_after)), _I)
            if spec.dates.since_after else None
        ),
        "months_capitalised": spec.dates.months_capitalised,
        "years_need_suffix": spec.dates.years_need_suffix,
        "relative_dates": tuple(sorted((fold(w).lower(), key)
                                       for key, words in spec.dates.relative.items()
                                       for w in words)),
        "month_names": tuple(zip(month_pats, months.values(), strict=True)),
    }


def _date_word_pattern(dates: Dates, mo: str | None, bound: Bound) -> Pattern | None:
    """A month with the word that places it in the month ("Anfang Januar", "в начале
    декабря"), or the word for "year" after a year ("2025 року"): parts of a date."""
    parts = []
    if dates.month_modifiers and mo is not None:
        parts.append(bound(rf"(?:{alternation(dates.month_modifiers)})\s+(?:{mo})"))
    if dates.year_words:
        parts.append(rf"(?<=\d)\s+(?:{alternation(dates.year_words)})(?!\w)")
    return re.compile("|".join(parts), _I) if parts else None


RATE_PERIODS = ("person", "day", "week", "month", "year")


def _rates(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The field of [rates]: one regex whose named group says the period."""
    parts = [(p, alternation(getattr(spec.rates, p)), True) for p in RATE_PERIODS
             if getattr(spec.rates, p)]
    return {"re_rates": compile_named(parts, bound)}


def _date_forms(mo: str | None) -> list[tuple[Pattern, bool]]:
    """Date forms, most specific first, each with whether it needs a month name."""
    out = []
    if mo is not None:
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
    return [(re.compile(p, _I), i < named_months) for i, p in enumerate(out)]


_CUE_KINDS = (
    ("pronoun", "pronouns"),
    ("citing", "citing"),
    ("cited", "cited_before"),
    ("before", "before_name"),
    ("post", "postposition"),
    ("after", "after_name"),
    ("final", "sentence_final"),
)


def _attribution(spec: LanguageFile, bound: Bound) -> dict[str, Any]:
    """The fields of [attribution]."""
    att = spec.attribution
    cues = [
        (kind, alternation(getattr(att, key)), kind not in ("final", "cited"))
        for kind, key in _CUE_KINDS
        if getattr(att, key)
    ]
    conj = "|".join(att.conjunctions)
    report = alternation(att.report_nouns) if att.report_nouns else None
    # Where words are not separated, a report noun is glued to the name ("据韩国国家情报院").
    after_report = r"(?:\s+|$)" if spec.word_boundaries else r"\s*"
    return {
        "re_cues": compile_named(cues, bound),
        "subject_pronouns": frozenset(att.subject_pronouns),
        "subject_opens_sentence": att.subject_opens_sentence,
        **_topics(att),
        "re_report_noun": re.compile(rf"^(?:{report}){after_report}", _I) if report else None,
        "definite_references": frozenset(fold(w).lower() for w in att.definite_references),
        "re_definite_reference": compile_any([re.escape(fold(w)) for w in att.definite_references],
                                             bound),
        "reference_prefixes": tuple(fold(w).lower() for w in att.reference_prefixes),
        "re_times": compile_any(att.times, bound),
        "re_asides": compile_any(att.asides, bound),
        "re_quote_marker": compile_any(att.quote_markers, None),
        "re_openers": _repeated(att.sentence_openers, r"\s*(?:(?:{})[\s、,]*)+"),
        "clause_subject_markers": tuple(att.clause_subject_markers),
        "main_topic_markers": tuple(m for m in att.topic_markers
                                    if m not in att.clause_subject_markers),
        "re_reported_speech": compile_any(att.reported_speech, bound),
        "speakers": tuple(fold(w).lower() for w in att.speakers),
        "post_name_endings": tuple(att.post_name_endings),
        "re_restating": compile_any(att.restating, bound),
        "re_lawmakers": compile_any(att.lawmakers, bound),
        "re_subject_end": compile_any(att.subject_ends, bound),
        "possessives": frozenset(fold(w).lower() for w in att.possessives),
        "first_person": frozenset(fold(w).lower() for w in att.first_person),
        "conjunction_words": frozenset(fold(w).lower() for w in att.conjunctions),
        "re_auxiliary": compile_any(att.auxiliaries, bound),
        "re_trailing_particles": _repeated(att.trailing_particles, r"(?:{})+$"),
        "relative_pronouns": frozenset(fold(w).lower() for w in att.relative_pronouns),
        "re_verb_gap": _repeated(att.verb_gap, r"(?:\s*(?:{}))+\s*$"),
        "stop_words": {w.lower() for w in att.stop_words},
        "drop_leading": {w.lower() for w in att.drop_leading},
        "name_joiners": re.compile(alternation(att.name_joiners), _I) if att.name_joiners else None,
        "name_list": re.compile(rf"\s+(?:{conj})\s+|,\s*" if conj else r",\s*"),
    }


def _repeated(patterns: list[str], frame: str) -> Pattern | None:
    """One regex of ``frame`` around the alternation of ``patterns`` (None if there are none)."""
    return re.compile(frame.format(alternation(patterns)), _I) if patterns else None


def _topics(att: Attribution) -> dict[str, Pattern | None]:
    """The subject right before a verb-final cue, and the topic that opens a sentence.

    The opening topic ends at one of ``opening_topic_markers`` whatever follows it
    ("国家情報院は先月、"), or at a topic marker followed by a space or comma.
    """
    if not att.topic_markers:
        return {"topic_before_verb": None, "topic_opening": None, "topic_opening_main": None}
    topic = alternation(att.topic_markers)
    ends = rf"(?:{topic})[\s、,]"
    # Words before the one the marker ends ("우크라이나 정보당국은"); none holds a digit.
    lead = rf"(?:[^\s、,。\d]+\s){{0,{att.topic_words - 1}}}?" if att.topic_words > 1 else ""
    if att.opening_topic_markers:
        ends = rf"(?:{alternation(att.opening_topic_markers)})(?=[^\s、,。])|{ends}"
    main = [m for m in att.topic_markers if m not in att.clause_subject_markers]
    main_ends = rf"(?:{alternation(main)})[\s、,]"
    return {
        "topic_before_verb": re.compile(rf"([^\s、,。]+?)(?:{topic})\s*$"),
        "topic_opening": re.compile(rf"\s*({lead}[^\s、,。]+?)(?:{ends})"),
        # Only the main topic markers (ko "은", "는"): "세르게이 … 서기는", not "세르게" + "이".
        "topic_opening_main": (
            re.compile(rf"\s*({lead}[^\s、,。]+?)(?:{main_ends})")
            if main and att.clause_subject_markers and not att.opening_topic_markers else None
        ),
    }


def _nouns(spec: LanguageFile, bound: Bound, nouns: list[NounEntry]) -> dict[str, Any]:
    """The fields of [categories] and [not_claims]."""
    cats, nc = spec.categories, spec.not_claims
    alts = [(f"n{i}", f"(?:{entry[0]})", True) for i, entry in enumerate(nouns)]
    if nc.nouns:
        alts.append(("nc", alternation(nc.nouns), True))
    return {
        "nouns": [NounRule(category, item, unit) for _p, category, item, unit in nouns],
        "re_any_noun": compile_named(alts, bound),
        "goods": [(re.compile(bound(p), _I), item) for p, item in cats.goods],
        "re_casualty": compile_any(cats.casualties, bound),
        "re_partitive": compile_any(cats.partitives, bound),
        "re_number_of": compile_any(cats.number_of, bound),
        "re_not_context": compile_any(nc.context, bound),
    }


def _scope(spec: LanguageFile, bound: Bound, common: CommonFile) -> dict[str, Any]:
    """The scope rules of [not_claims] and the fields of [transfers]."""
    nc, tr = spec.not_claims, spec.transfers
    calibre = None
    if nc.calibres:
        right = r"(?!\w)" if spec.word_boundaries else ""
        calibre = re.compile(rf"[ -]?(?:{alternation(nc.calibres)}){right}", _I)
    verbs = [(name, alternation(v), True) for name, v in (("give", tr.verbs),
             ("recv", tr.receive_verbs)) if v]
    parties = [
        (country, alternation(pats), False)
        for country in ("KP", "RU")
        if (pats := spec.countries.get(country, []) + common.countries.get(country, []))
    ]
    return {
        "re_comparison": compile_any(nc.comparison, bound),
        "re_hypothetical": compile_any(nc.hypothetical, bound),
        "re_other_party": compile_any(nc.other_parties, bound),
        "re_calibre": calibre,
        "re_transfer": compile_named(verbs, bound) if verbs else None,
        "transfer_scanner": WordScanner.of(
            "|".join(f"(?P<{name}>{body})" for name, body, _b in verbs), spec.word_boundaries
        )
        if verbs
        else None,
        "re_transfer_block": compile_any(tr.blockers, bound),
        "re_party": compile_named(parties, bound) if len(parties) == 2 else None,
        "transfer_payments": [(re.compile(bound(p), _I), item) for p, item in tr.payments],
        "transfer_verb_first": tr.verb_first,
    }


def _sources(spec: LanguageFile, bound: Bound, common: CommonFile) -> dict[str, Any]:
    """The fields of [countries], [denials], [furniture], [metadata] and [sentences]."""
    countries = [
        (re.compile(p, _I), country)
        for source in (spec.countries, common.countries)
        for country, pats in source.items()
        for p in pats
    ]
    denial = "|".join(f"(?:{c})" for c in sorted(spec.denials.cues, key=len, reverse=True))
    furniture = spec.furniture.lines + common.furniture.lines
    return {
        "countries": countries,
        "re_denial": re.compile(bound(denial), _I) if denial else None,
        "denies_what_precedes": spec.denials.denies_what_precedes,
        "re_contrast": (
            re.compile(bound(alternation(spec.denials.contrasts)), _I)
            if spec.denials.contrasts else None
        ),
        "re_complementizer": (
            re.compile(bound(alternation(spec.denials.complementizers)), _I)
            if spec.denials.complementizers else None
        ),
        "re_furniture": furniture_regex(furniture) if furniture else None,
        "byline_cues": list(spec.metadata.byline),
        "date_labels": list(spec.metadata.date_labels),
        "outlet_cues": list(spec.metadata.outlet_cues),
        "abbreviations": {a.lower() for a in spec.sentences.abbreviations},
    }


def furniture_regex(lines: list[str]) -> Pattern:
    """A regex matching a whole line that is one of the furniture ``lines``."""
    return re.compile(rf"^\s*(?:{alternation(lines)})\s*$", _I)
