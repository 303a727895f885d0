"""The language-file format, declared once: every section and key, its type and its default.

A language file is read into a ``LanguageFile`` by ``read_language_file``; an unknown or misspelt
key, or a value of the wrong type, raises ``LanguageError`` with one line naming the file and the
key (``de.toml: unknown key [numbers] wrods``). ``README.md`` beside this module explains each key.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

Qualifier = Literal["approx", "at_least", "over", "up_to"]
Country = Literal["UA", "KR", "RU", "KP", "US", "GB", "FR", "UN", "media", "other"]
#: A counted noun: pattern, category, item (short English phrase), unit.
NounEntry = tuple[str, str, str, str]


class LanguageError(ValueError):
    """A language file is missing or malformed."""


@dataclass
class Numbers:
    """[numbers]: how numbers are written."""

    decimal: str = "."
    group: list[str] = field(default_factory=lambda: [","])
    scales: dict[str, float] = field(default_factory=dict)
    linkers: list[str] = field(default_factory=list)
    compound: bool = False
    ordinal_dot: bool = False
    percent: list[str] = field(default_factory=lambda: ["%"])
    counters: list[tuple[str, str]] = field(default_factory=list)
    counter_categories: dict[str, str] = field(default_factory=dict)
    genitive_after_counter: list[str] = field(default_factory=list)


@dataclass
class Hedges:
    """[hedges]: words that make a number approximate or a bound."""

    prefix: dict[str, Qualifier] = field(default_factory=dict)
    suffix: dict[str, Qualifier] = field(default_factory=dict)


@dataclass
class Ranges:
    """[ranges]: how two numbers make a range."""

    connectors: list[str] = field(default_factory=lambda: ["-"])
    paired: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Vague:
    """[vague]: quantities without a figure."""

    patterns: list[str] = field(default_factory=list)


#: The relative periods a date word may name, as dateparser's data keys them.
RelativeKey = Literal["0 day ago", "1 day ago", "0 week ago", "1 week ago", "0 month ago",
                      "1 month ago", "0 year ago", "1 year ago"]


@dataclass
class Dates:
    """[dates]: month names and date suffixes."""

    months: dict[str, int] = field(default_factory=dict)
    months_are_patterns: bool = False
    number_suffixes: list[str] = field(default_factory=list)
    months_capitalised: bool = False
    years_need_suffix: bool = False
    month_modifiers: list[str] = field(default_factory=list)
    year_words: list[str] = field(default_factory=list)
    since_words: list[str] = field(default_factory=list)
    #: The same as postpositions, right after the date (ja "以降", tr "beri", fi "lähtien").
    since_after: list[str] = field(default_factory=list)
    #: Words for a report's release ("published", "الصادر"): the date after one dates the claim.
    release_words: list[str] = field(default_factory=list)
    #: Relative date words dateparser lacks, by its keys ("1 month ago": ["vergangenen monat"]).
    relative: dict[RelativeKey, list[str]] = field(default_factory=dict)


@dataclass
class Rates:
    """[rates]: what makes a figure a rate (per day, week, month, year, person)."""

    day: list[str] = field(default_factory=list)
    week: list[str] = field(default_factory=list)
    month: list[str] = field(default_factory=list)
    year: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)


@dataclass
class Status:
    """[status]: cues that a quantity is planned or delivered."""

    planned: list[str] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)


@dataclass
class Attribution:
    """[attribution]: cues that say who makes a claim."""

    before_name: list[str] = field(default_factory=list)
    citing: list[str] = field(default_factory=list)
    cited_before: list[str] = field(default_factory=list)
    after_name: list[str] = field(default_factory=list)
    postposition: list[str] = field(default_factory=list)
    subject_pronouns: list[str] = field(default_factory=list)
    pronouns: list[str] = field(default_factory=list)
    topic_markers: list[str] = field(default_factory=list)
    sentence_final: list[str] = field(default_factory=list)
    stop_words: list[str] = field(default_factory=list)
    drop_leading: list[str] = field(default_factory=list)
    name_joiners: list[str] = field(default_factory=list)
    conjunctions: list[str] = field(default_factory=list)
    report_nouns: list[str] = field(default_factory=list)
    definite_references: list[str] = field(default_factory=list)
    reference_prefixes: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    opening_topic_markers: list[str] = field(default_factory=list)
    topic_words: int = 1
    quote_markers: list[str] = field(default_factory=list)
    subject_opens_sentence: bool = False
    sentence_openers: list[str] = field(default_factory=list)
    verb_gap: list[str] = field(default_factory=list)
    clause_subject_markers: list[str] = field(default_factory=list)
    reported_speech: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    post_name_endings: list[str] = field(default_factory=list)
    restating: list[str] = field(default_factory=list)
    subject_ends: list[str] = field(default_factory=list)
    possessives: list[str] = field(default_factory=list)
    lawmakers: list[str] = field(default_factory=list)
    first_person: list[str] = field(default_factory=list)
    auxiliaries: list[str] = field(default_factory=list)
    trailing_particles: list[str] = field(default_factory=list)
    relative_pronouns: list[str] = field(default_factory=list)
    asides: list[str] = field(default_factory=list)


@dataclass
class Categories:
    """[categories]: counted nouns and what they make a claim about."""

    nouns: list[NounEntry] = field(default_factory=list)
    goods: list[tuple[str, str]] = field(default_factory=list)
    casualties: list[str] = field(default_factory=list)
    partitives: list[str] = field(default_factory=list)
    number_of: list[str] = field(default_factory=list)


@dataclass
class NotClaims:
    """[not_claims]: nouns and context that make a number something other than a claim."""

    nouns: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    comparison: list[str] = field(default_factory=list)
    hypothetical: list[str] = field(default_factory=list)
    other_parties: list[str] = field(default_factory=list)
    calibres: list[str] = field(default_factory=list)


@dataclass
class Transfers:
    """[transfers]: a transfer stated without a figure ("North Korea has supplied missiles")."""

    verbs: list[str] = field(default_factory=list)
    receive_verbs: list[str] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)
    payments: list[tuple[str, str]] = field(default_factory=list)
    verb_first: bool = False


@dataclass
class Denials:
    """[denials]: verbs with which a government denies what is claimed, and on which side of
    the verb what is denied stands."""

    cues: list[str] = field(default_factory=list)
    denies_what_precedes: bool = False
    contrasts: list[str] = field(default_factory=list)
    complementizers: list[str] = field(default_factory=list)


@dataclass
class Furniture:
    """[furniture]: whole lines that are page furniture, not article text."""

    lines: list[str] = field(default_factory=list)


@dataclass
class Metadata:
    """[metadata]: cues of the byline, date and outlet lines."""

    byline: list[str] = field(default_factory=list)
    date_labels: list[str] = field(default_factory=list)
    outlet_cues: list[str] = field(default_factory=list)


@dataclass
class Sentences:
    """[sentences]: what does not end a sentence."""

    abbreviations: list[str] = field(default_factory=list)


@dataclass
class LanguageFile:
    """A whole language file (``<code>.toml``), checked."""

    code: str
    name: str = ""
    word_boundaries: bool = True
    borrow_nouns_from: str = ""
    numbers: Numbers = field(default_factory=Numbers)
    hedges: Hedges = field(default_factory=Hedges)
    ranges: Ranges = field(default_factory=Ranges)
    vague: Vague = field(default_factory=Vague)
    dates: Dates = field(default_factory=Dates)
    rates: Rates = field(default_factory=Rates)
    status: Status = field(default_factory=Status)
    attribution: Attribution = field(default_factory=Attribution)
    categories: Categories = field(default_factory=Categories)
    not_claims: NotClaims = field(default_factory=NotClaims)
    transfers: Transfers = field(default_factory=Transfers)
    countries: dict[Country, list[str]] = field(default_factory=dict)
    denials: Denials = field(default_factory=Denials)
    furniture: Furniture = field(default_factory=Furniture)
    metadata: Metadata = field(default_factory=Metadata)
    sentences: Sentences = field(default_factory=Sentences)


@dataclass
class CommonFile:
    """``_common.toml``: names and furniture shared by every language."""

    countries: dict[Country, list[str]] = field(default_factory=dict)
    furniture: Furniture = field(default_factory=Furniture)


_TYPE_NAMES = {str: "a string", bool: "true or false", float: "a number", int: "an integer"}


def read_language_file(raw: dict[str, Any], filename: str) -> LanguageFile:
    """Check a parsed language file against the format; raise LanguageError naming the key."""
    return _section(LanguageFile, raw, filename, "")


def read_common_file(raw: dict[str, Any], filename: str) -> CommonFile:
    """Check the parsed ``_common.toml`` against its format."""
    return _section(CommonFile, raw, filename, "")


def sections(cls: type = LanguageFile) -> dict[str, list[str]]:
    """Every section of the format and its keys ("" holds the top-level keys)."""
    out: dict[str, list[str]] = {"": []}
    for f in dataclasses.fields(cls):
        hint = typing.get_type_hints(cls)[f.name]
        if dataclasses.is_dataclass(hint):
            out[f.name] = [g.name for g in dataclasses.fields(hint)]
        elif typing.get_origin(hint) is dict and f.name == "countries":
            out[f.name] = list(typing.get_args(typing.get_args(hint)[0]))
        else:
            out[""].append(f.name)
    return out


def _section(cls: Any, raw: object, filename: str, where: str) -> Any:
    """Build dataclass ``cls`` from a TOML table, checking every key and value."""
    if not isinstance(raw, dict):
        raise LanguageError(f"{filename}: [{where}] must be a table")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in hints:
            raise LanguageError(f"{filename}: unknown key {_name(where, key)}")
        hint = hints[key]
        if dataclasses.is_dataclass(hint):
            values[key] = _section(hint, value, filename, key)
        else:
            table = not where and typing.get_origin(hint) is dict  # a section such as [countries]
            values[key] = _check(value, hint, filename, f"[{key}]" if table else _name(where, key))
    missing = [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in values
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise LanguageError(f"{filename}: missing key {_name(where, missing[0])}")
    return cls(**values)


def _name(where: str, key: str) -> str:
    return f"[{where}] {key}" if where else key


def _check(value: Any, hint: Any, filename: str, name: str) -> Any:
    """Return ``value`` if it has type ``hint``; raise LanguageError naming the key if not."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        if value not in args:
            choices = ", ".join(map(str, args))
            raise LanguageError(f"{filename}: {name} is {value!r}, not one of {choices}")
        return value
    if origin is dict:
        _expect(value, dict, "a table", filename, name)
        key_type, value_type = args
        for k, v in value.items():
            if typing.get_origin(key_type) is Literal and k not in typing.get_args(key_type):
                raise LanguageError(f"{filename}: unknown key {name} {k}")
            _check(v, value_type, filename, f"{name} {k!r}")
        return value
    if origin is list:
        _expect(value, list, "a list", filename, name)
        for i, v in enumerate(value):
            _check(v, args[0], filename, f"{name} item {i + 1}")
        return value
    if origin is tuple:
        _expect(value, list, f"a list of {len(args)}", filename, name)
        if len(value) != len(args):
            n = len(args)
            raise LanguageError(f"{filename}: {name} must have {n} entries, not {len(value)}")
        for i, (v, t) in enumerate(zip(value, args, strict=True)):
            _check(v, t, filename, f"{name} entry {i + 1}")
        return value
    ok = isinstance(value, hint) and not (hint is not bool and isinstance(value, bool))
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if not ok:
        raise LanguageError(
            f"{filename}: {name} must be {_TYPE_NAMES[hint]}, not {_toml_type(value)}"
        )
    return value


def _expect(value: Any, kind: type, what: str, filename: str, name: str) -> None:
    if not isinstance(value, kind):
        raise LanguageError(f"{filename}: {name} must be {what}, not {_toml_type(value)}")


def _toml_type(value: Any) -> str:
    """The TOML name of a value's type, for error messages."""
    for kind, name in ((bool, "a boolean"), (int, "an integer"), (float, "a float"),
                       (str, "a string"), (list, "a list"), (dict, "a table")):
        if isinstance(value, kind):
            return name
    return type(value).__name__
