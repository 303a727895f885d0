"""Start a language file from what CLDR knows: ``python -m claimtab new-language xx``.

The file written (``xx.toml``) is filled with what the Unicode CLDR states for the locale, read
offline through Babel (its CLDR data ships inside the wheel): decimal and group symbols, the
percent sign and the percent unit's long names, abbreviated scale words (the short compact
number formats: "5 tis.", "2 Mrd."), every month name CLDR gives (wide and abbreviated, format
and stand-alone), the word that ends a list ("X a Y") and the country names of the report's
parties. Number words come from the same generation as every other language:
``tools/gen_numwords.py`` (CLDR spell-out rules through PyICU) writes ``numwords/xx.json``.

Everything else is vocabulary a person must write (hedges, attribution cues, counted nouns,
scope words, ...): each such key is present, empty, under a ``# TODO:`` comment, so the file
loads and validates as it is, and every rule left empty simply does nothing (precision first).
Nothing here touches the network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .languages import HERE as LANGUAGE_DIR
from .languages import LanguageError

#: The generator of number-word files (in the source tree; not shipped in the wheel).
GEN_NUMWORDS = Path(__file__).resolve().parents[2] / "tools" / "gen_numwords.py"
NUMWORDS_DIR = LANGUAGE_DIR / "numwords"
#: Interpreters tried, after this one, for PyICU: Debian's python3-icu lives in the system one.
ICU_PYTHONS = ("/usr/bin/python3",)
#: The report's parties, as ``[countries]`` keys, with their CLDR territory codes.
TERRITORIES = ("UA", "KR", "RU", "KP", "US", "GB", "FR", "UN")
#: Spaces CLDR uses as group separators; the text is folded so that " " covers them all.
_SPACES = {"\u00a0", "\u202f", "\u2009", " "}
#: Bidirectional marks CLDR puts around some symbols (Arabic "\u200e%\u200e").
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u200b"))


class ScaffoldError(ValueError):
    """A language file cannot be scaffolded; the message is the one-line reason."""


@dataclass
class CldrFacts:
    """What CLDR states about a locale that a language file uses."""

    code: str
    name: str
    decimal: str
    group: str
    percent: list[str]
    scales: dict[str, float]
    single_letter_scales: dict[str, float]
    months: dict[str, int]
    ambiguous_months: list[str]
    months_capitalised: bool
    conjunction: str
    countries: dict[str, str]
    cldr_version: str = ""


def _locale(code: str) -> Any:
    """The Babel locale for ``code``, read afresh (see the comment inside)."""
    from babel import Locale, UnknownLocaleError, localedata

    # Babel 2.18 resolves CLDR aliases (stand-alone months -> format months) against data it has
    # cached for other locales: after loading zh, German stand-alone months come out as 一月.
    # Dropping its cache before reading makes the answer the same whatever was read before.
    localedata._cache.clear()
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError) as exc:
        raise ScaffoldError(f"{code}: CLDR (Babel) has no locale {code!r}") from exc


def cldr_facts(code: str) -> CldrFacts:
    """Read what CLDR knows about ``code`` through Babel (offline)."""
    from babel.core import get_cldr_version

    loc = _locale(code)
    symbols = loc.number_symbols[loc.default_numbering_system]
    months, ambiguous = _months(loc)
    scales = _compact_scales(loc)
    return CldrFacts(
        code=code,
        name=loc.english_name or code,
        decimal=symbols["decimal"].translate(_BIDI),
        group=symbols["group"].translate(_BIDI),
        percent=_percent(loc, symbols["percentSign"].translate(_BIDI)),
        scales={w: v for w, v in scales.items() if len(w.rstrip(".")) > 1},
        single_letter_scales={w: v for w, v in scales.items() if len(w.rstrip(".")) == 1},
        months=months,
        ambiguous_months=ambiguous,
        months_capitalised=_capitalised(loc),
        conjunction=_conjunction(loc),
        countries={t: loc.territories[t] for t in TERRITORIES if t in loc.territories},
        cldr_version=str(get_cldr_version()),
    )


def _clean(s: str) -> str:
    """A CLDR string as folded text has it: lower case, no bidi marks, quotes and spaces plain."""
    s = unicodedata.normalize("NFC", s.translate(_BIDI)).replace("'", "")
    return re.sub(r"[\u00a0\u202f\u2009 ]+", " ", s).strip().lower()


def _months(loc: Any) -> tuple[dict[str, int], list[str]]:
    """Every month name of the four CLDR forms, lower-cased, without a final dot; names given
    for two months, and names written with digits ("1月", "tháng 1"), left out."""
    seen: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months[context][width].items():
                form = _clean(name).rstrip(".")
                if form and not any(ch.isdigit() for ch in form):
                    seen.setdefault(form, set()).add(int(number))
    months = {f: next(iter(ns)) for f, ns in seen.items() if len(ns) == 1}
    ambiguous = sorted(f for f, ns in seen.items() if len(ns) > 1)
    return dict(sorted(months.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))), ambiguous


def _capitalised(loc: Any) -> bool:
    """True when CLDR writes the month names with a capital (de "Januar", en "January")."""
    names = [n for n in loc.months["format"]["wide"].values() if n[:1].isalpha()]
    cased = [n for n in names if n[0].lower() != n[0].upper()]
    return bool(cased) and all(n[0].isupper() for n in cased)


def _percent(loc: Any, sign: str) -> list[str]:
    """The percent sign, and the percent unit's long names that follow the number."""
    out = [sign] if sign else []
    unit = loc._data["unit_patterns"].get("concentr-percent", {})
    for pattern in unit.get("long", {}).values():
        head, _, word = pattern.partition("{0}")
        word = _clean(word)
        if not head.strip() and word and word not in out:
            out.append(word)
    if "%" not in out:
        out.append("%")
    return [re.escape(p) if p != "%" else p for p in out]


def _compact_scales(loc: Any) -> dict[str, float]:
    """Abbreviated scale words after a number, from CLDR's short compact formats ("0 tis.")."""
    out: dict[str, float] = {}
    for forms in loc.compact_decimal_formats.get("short", {}).values():
        for magnitude, pattern in forms.items():
            text = str(pattern.pattern).replace("'", "")
            match = re.fullmatch(r"(0+)[\s\u00a0\u202f]*([^\d\s].*)", text)
            if not match:
                continue  # no word, or a word before the number
            value = float(int(magnitude) // 10 ** (len(match.group(1)) - 1))
            out.setdefault(_clean(match.group(2)), value)
    return dict(sorted(out.items(), key=lambda kv: (kv[1], kv[0])))


def _conjunction(loc: Any) -> str:
    """The word that joins the last two items of a list ("{0} a {1}" -> "a"); "" when it is
    glued to one name only (Arabic "{0} و{1}"), which a whole-word pattern cannot state."""
    end = loc.list_patterns.get("standard", {}).get("end", "")
    middle = end.partition("{0}")[2].partition("{1}")[0]
    spaced = (middle[:1].isspace(), middle[-1:].isspace())
    word = _clean(middle)
    if not word or spaced[0] != spaced[1] or any(ch in word for ch in ",;、،"):
        return ""
    return word


# --------------------------------------------------------------------------- the file

#: What CLDR fills in, per (section, key); every other key is left to a person (a TODO).
FILLED = {("", "code"), ("", "name"), ("numbers", "decimal"), ("numbers", "group"),
          ("numbers", "scales"), ("numbers", "percent"), ("dates", "months"),
          ("dates", "months_capitalised"), ("attribution", "conjunctions")}


def reference_comments(path: Path | None = None) -> dict[tuple[str, str], str]:
    """The comment above each key of the reference file (en.toml), by (section, key); a key
    right under another (no blank line between) shares its comment ([rates] day, week, ...)."""
    out: dict[tuple[str, str], str] = {}
    section, block, shared = "", [], ""
    for line in (path or LANGUAGE_DIR / "en.toml").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("#").strip())
        elif line.startswith("["):
            section, block, shared = stripped.strip("[]"), [], ""
        elif "=" in stripped and not line[:1].isspace():
            key = stripped.split("=", 1)[0].strip()
            shared = " ".join(block) or shared
            out.setdefault((section, key), shared)
            block = []
        elif not stripped:
            block, shared = [], ""
    return {k: v for k, v in out.items() if v}


def toml_value(value: Any) -> str:
    """A value in TOML, on one line (patterns as literal strings, so backslashes stay)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        digits = str(int(value)) if float(value).is_integer() else ""
        if digits.startswith("1") and set(digits[1:]) <= {"0"} and len(digits) > 3:
            return f"1e{len(digits) - 1}"  # scales as en.toml writes them: 1e3, 1e6
        return repr(float(value))
    if isinstance(value, str):
        if "'" in value or any(unicodedata.category(c)[0] == "C" for c in value):
            return json.dumps(value, ensure_ascii=False)
        return f"'{value}'"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}"
                                for k, v in value.items()) + " }" if value else "{}"
    return "[" + ", ".join(toml_value(v) for v in value) + "]"


def _filled(facts: CldrFacts, numword_forms: set[str]) -> dict[tuple[str, str], Any]:
    """The values CLDR gives, by (section, key)."""
    group = " " if facts.group in _SPACES else facts.group
    scales = {w: v for w, v in facts.scales.items() if w not in numword_forms}
    return {
        ("", "code"): facts.code, ("", "name"): facts.name,
        ("numbers", "decimal"): facts.decimal, ("numbers", "group"): [group],
        ("numbers", "scales"): scales, ("numbers", "percent"): facts.percent,
        ("dates", "months"): facts.months,
        ("dates", "months_capitalised"): facts.months_capitalised,
        ("attribution", "conjunctions"): [facts.conjunction] if facts.conjunction else [],
        ("countries", "*"): {t: [_literal(_clean(n))] for t, n in facts.countries.items()},
    }


def _literal(text: str) -> str:
    """A pattern matching ``text`` literally, spaces left readable."""
    return re.escape(text).replace("\\ ", " ")


def _cldr_comment(section: str, key: str, facts: CldrFacts) -> str:
    """Where a filled value comes from, and what to check."""
    if (section, key) == ("numbers", "group"):
        name = unicodedata.name(facts.group, repr(facts.group))
        return f"From CLDR: {name} (' ' covers every space after folding). TODO: check."
    if (section, key) == ("numbers", "scales"):
        extra = ""
        if facts.single_letter_scales:
            extra = (" CLDR also abbreviates with single letters, left out as ambiguous (units): "
                     + toml_value(facts.single_letter_scales) + ".")
        return ("From CLDR's short compact number formats (written-out scale words come from "
                f"numwords/{facts.code}.json).{extra} TODO: add the abbreviations news text uses.")
    if (section, key) == ("dates", "months"):
        extra = f" Left out, given for two months: {', '.join(facts.ambiguous_months)}." \
            if facts.ambiguous_months else ""
        if not facts.months:
            return ("CLDR writes this language's months with digits only (as vi 'tháng 1'), "
                    "which are no names. TODO: patterns for them, if the date forms need any.")
        return ("From CLDR: wide and abbreviated names, format and stand-alone forms, lower-cased, "
                f"without a final dot.{extra} TODO: inflected forms CLDR lacks (set "
                "months_are_patterns and write patterns).")
    if (section, key) == ("attribution", "conjunctions"):
        return "From CLDR's list pattern (\"X and Y\"). TODO: check; add other joining words."
    if (section, key) == ("numbers", "percent"):
        return "From CLDR: the percent sign and the percent unit's long names. TODO: check."
    if (section, key) == ("dates", "months_capitalised"):
        return ("From CLDR: whether its month names are written with a capital (a month name "
                "alone then counts only when capitalised). TODO: check.")
    return "From CLDR. TODO: check."


HEADER = """\
# {name} ({code}): started by `python -m claimtab new-language {code}` from CLDR {cldr}
# (Babel {babel}){numwords}.
# What CLDR knows is filled in: check it. Every "TODO:" marks vocabulary a person must write
# (README.md beside this file explains each key; en.toml is the commented reference). A list left
# empty is safe: its rule does nothing until it is filled (precision first).
"""


def render(facts: CldrFacts, numword_forms: set[str] | None = None, numwords_note: str = "") -> str:
    """The text of the language file: every section and key of the format, in its order."""
    import babel

    from .languages.schema import sections

    filled = _filled(facts, numword_forms or set())
    help_ = reference_comments()
    lines = [HEADER.format(name=facts.name, code=facts.code, cldr=facts.cldr_version,
                           babel=babel.__version__, numwords=numwords_note)]
    for section, keys in sections().items():
        if section:
            lines.append(f"\n[{section}]")
        if section == "countries":
            lines += _country_lines(filled[("countries", "*")], keys)
            continue
        lines += _section_lines(section, keys, filled, help_, facts)
    return "\n".join(lines) + "\n"


def _section_lines(section: str, keys: list[str], filled: dict[tuple[str, str], Any],
                   help_: dict[tuple[str, str], str], facts: CldrFacts) -> list[str]:
    """One section's keys, each under its comment (a comment shared by the keys after it is
    written once); a long table CLDR filled comes last, as a sub-table, one entry a line."""
    from .languages.schema import LanguageFile

    defaults = LanguageFile(code=facts.code)
    holder = getattr(defaults, section) if section else defaults
    lines: list[str] = []
    tables: list[str] = []
    last_note = ""
    for key in keys:
        if (section, key) in FILLED:
            note, value = _cldr_comment(section, key, facts), filled[(section, key)]
        else:
            note = "TODO: " + help_.get((section, key), f"see README.md, [{section}] {key}.")
            value = getattr(holder, key)
        if isinstance(value, dict) and len(value) > 8:
            tables += ["", *_comment(note), f"[{section}.{key}]"]
            tables += [f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}"
                       for k, v in value.items()]
            continue
        if note != last_note and section + key not in ("code", "name"):
            lines += _comment(note)
        last_note = note
        lines.append(f"{key} = {toml_value(value)}")
    return lines + tables


def _country_lines(names: dict[str, list[str]], keys: list[str]) -> list[str]:
    """The [countries] section: CLDR's names of the parties, the rest to do."""
    out = _comment("From CLDR: the countries' names. TODO: inflected forms and adjectives "
                   "(ru 'росси\\w*', 'российск\\w*'); names shared by all languages are in "
                   "_common.toml.")
    for key in keys:
        out.append(f"{key} = {toml_value(names.get(key, []))}")
    return out


def _comment(text: str) -> list[str]:
    """A comment, wrapped at 100 columns."""
    import textwrap

    return ["# " + line for line in textwrap.wrap(text, 98, break_long_words=False,
                                                  break_on_hyphens=False)]


# --------------------------------------------------------------------------- number words


def icu_python(explicit: str | None = None) -> tuple[str, str] | None:
    """An interpreter that can import PyICU, and its ICU version: ``explicit`` (or
    $CLAIMTAB_ICU_PYTHON) when given, else this one, else Debian's system Python."""
    chosen = explicit or os.environ.get("CLAIMTAB_ICU_PYTHON")
    candidates = [chosen] if chosen else [sys.executable, *ICU_PYTHONS]
    for python in candidates:
        if not python or not (shutil.which(python) or Path(python).is_file()):
            continue
        probe = subprocess.run([python, "-c", "import icu; print(icu.ICU_VERSION)"],
                               capture_output=True, text=True, check=False)
        if probe.returncode == 0:
            return python, probe.stdout.strip()
    return None


def generate_numwords(code: str, out_dir: Path, python: str | None = None) -> str:
    """Write ``out_dir/<code>.json`` with tools/gen_numwords.py; return one line saying what
    was done, or what to run (no PyICU here, no generator, or no CLDR rules)."""
    command = f"python3 tools/gen_numwords.py {code}"
    if not GEN_NUMWORDS.is_file():
        return f"number words: not written ({GEN_NUMWORDS} not found); in a checkout, run {command}"
    found = icu_python(python)
    if found is None:
        return (f"number words: not written (no Python here imports PyICU); run {command} with "
                "one that does (Debian: apt-get install python3-icu), or pass --icu-python")
    interpreter, version = found
    run = subprocess.run([interpreter, str(GEN_NUMWORDS), code, "--out", str(out_dir)],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["failed"])[-1].removeprefix("error: ")
        return f"number words: not written: {reason}"
    return f"number words: {out_dir / (code + '.json')} (CLDR spell-out rules, ICU {version})"


def numword_forms(path: Path) -> set[str]:
    """Every number-word form of a numwords file (empty when there is none)."""
    if not path.is_file():
        return set()
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f for role in ("add", "mul", "scale") for f in data.get(role, {})}


# --------------------------------------------------------------------------- the command


@dataclass
class Scaffold:
    """What ``new_language`` wrote, and the lines to tell the person."""

    path: Path
    numwords: Path
    lines: list[str]


def new_language(code: str, out_dir: Path | None = None, *, numwords_dir: Path | None = None,
                 icu: str | None = None, numwords: bool = True) -> Scaffold:
    """Write ``<code>.toml`` (never over an existing file) and its number words; check it loads."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise ScaffoldError(f"{code}: a language code is two or three lower-case letters (ISO 639)")
    path = (out_dir or LANGUAGE_DIR) / f"{code}.toml"
    if path.exists():
        raise ScaffoldError(f"{path}: exists; not overwritten (remove it to start again)")
    facts = cldr_facts(code)
    nw_dir = numwords_dir or NUMWORDS_DIR
    lines = [generate_numwords(code, nw_dir, icu)] if numwords else []
    nw_path = nw_dir / f"{code}.json"
    note = f"; number words: numwords/{code}.json" if nw_path.is_file() else ""
    text = render(facts, numword_forms(nw_path), note)
    _check_loads(text, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    from .io import atomic_open

    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    todo = sum(1 for line in text.splitlines() if "TODO:" in line)
    lines.insert(0, f"{path}: written from CLDR {facts.cldr_version}; {todo} TODO comments "
                    "mark what a person must write")
    lines += _support_lines(code)
    return Scaffold(path, nw_path, lines)


def _check_loads(text: str, path: Path) -> None:
    """The file about to be written validates against the format (else it is not written)."""
    import tomllib

    from .languages.schema import read_language_file

    try:
        read_language_file(tomllib.loads(text), path.name)
    except (LanguageError, tomllib.TOMLDecodeError) as exc:
        raise ScaffoldError(f"{path}: the scaffold does not validate: {exc}") from exc


def _support_lines(code: str) -> list[str]:
    """Whether language identification and statement dates know the language."""
    from lingua import IsoCode639_1, Language

    try:
        known = IsoCode639_1.from_str(code) in {lang.iso_code_639_1 for lang in Language.all()}
    except ValueError:
        known = False
    from dateparser.data.languages_info import language_order

    out = [] if known else [f"warning: Lingua cannot identify {code!r}: documents in it are "
                            "never given this language (set `lang` in a manifest or sidecar)"]
    if code not in language_order:
        out.append(f"note: dateparser has no data for {code!r}: statement dates ('on Friday') "
                   "are not read")
    steps = (f"next: fill in the TODOs; write the test cases, languages/tests/{code}.toml; add "
             f"{code!r} to LOCALES (and any hand-stated number words to EXTRAS) in "
             f"tools/gen_numwords.py, with number-word cases in tests/data/numwords/{code}.toml; "
             "run python -m pytest tests/test_languages.py tests/test_numwords.py -q")
    return [*out, steps]
