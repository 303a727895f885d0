"""Case-keyed twins and scan gates (claimtab.languages.patterns) find exactly what the
IGNORECASE patterns find, in every language with a file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from claimtab.languages import available, load_language
from claimtab.languages.patterns import WordScanner, case_key, required_strings, twin
from claimtab.text import fold

CASE_DIR = Path(__file__).resolve().parents[1] / "src" / "claimtab" / "languages" / "tests"
#: Made-up lines with case variants the regex engine treats as one letter (ı/i, ſ/s, σ/ς,
#: Kelvin sign), capitals and mixed case.
VARIANTS = [
    "NORTH KOREA HAS SENT 10,000 SOLDIERS, THE PENTAGON SAID.",
    "Dıe Armee schıckte Tausende Soldaten; ſo ſagte das Miniſterium.",
    "ΣΕΊΣ ΣΤΡΑΤΙΏΤΕΣ ΣΤΆΛΘΗΚΑΝ σε ΡΩΣΊΑ, ΕΊΠΕ Ο ΥΠΟΥΡΓΌΣ.",
    "Kuzey Kore, Rusya'ya 10 bin asker GÖNDERDİ mi? Askerlerı gönderdı.",
    "\u212a\u00e4ll\u00e4 KYIV (AP) -- Около 3 ТЫСЯЧ СОЛДАТ, сообщил НИС.",
]


def _lines(code: str) -> list[str]:
    """The language's own test sentences, upper-cased copies and the variant lines."""
    data = tomllib.loads((CASE_DIR / f"{code}.toml").read_text(encoding="utf-8"))
    texts = [c["text"] for key in ("quantities", "claims", "no_claims") for c in data.get(key, [])]
    return [fold(t) for t in texts + [t.upper() for t in texts] + VARIANTS]


def _patterns(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """Every IGNORECASE pattern a compiled language holds as an attribute."""
    lang = load_language(code)
    return [(name, rx) for name in dir(lang)
            if isinstance(rx := getattr(lang, name), re.Pattern) and rx.flags & re.IGNORECASE]


@pytest.mark.parametrize("code", available())
def test_twins_match_where_the_patterns_match(code: str) -> None:
    pats = _patterns(code)
    assert pats
    for text in _lines(code):
        keyed = case_key(text)
        if keyed is None:
            continue
        for name, rx in pats:
            tw = twin(rx)
            if tw is None:
                continue
            want = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in tw.finditer(keyed)] == want, (code, name, text)


@pytest.mark.parametrize("code", available())
def test_word_scanners_find_the_same_with_the_key(code: str) -> None:
    lang = load_language(code)
    scanners = [s for s in (lang.scanners.vague, lang.transfer_scanner) if s is not None]
    for text in _lines(code):
        for sc in scanners:
            want = [m.span() for m in sc.matches(text)]
            assert [m.span() for m in sc.matches(text, case_key(text))] == want, (code, text)


def test_case_key_keeps_offsets_and_makes_variants_one() -> None:
    assert case_key("Dıe ſtraße ΣΟΣ") == "die straße ςος"
    assert case_key("İstanbul") is None  # lower-cased, İ is two characters
    assert case_key("a\u0345b") is None  # a variant that is no letter, of a letter
    assert case_key("Plain ASCII.") == "plain ascii."


def test_sources_without_a_safe_twin_have_none() -> None:
    for source in [r"(?i:x)", r"(a)\1", r"[A-Z]+", r"\x41"]:
        assert twin(re.compile(source, re.IGNORECASE)) is None, source
    assert twin(re.compile("abc")) is None  # no IGNORECASE: nothing to gain
    tw = twin(re.compile(r"(?P<KP>North Korea)[ns]?\b", re.IGNORECASE))
    assert tw is not None and tw.pattern == r"(?P<KP>north korea)[ns]?\b"


def test_required_strings_are_held_by_every_match() -> None:
    rx = re.compile(r"(?:give|gave|given) up(?!\w)")
    assert required_strings(rx) == ("gave up", "give up", "given up")
    assert required_strings(re.compile(r"\w+ o")) is None  # " o" is too short for a gate
    assert required_strings(re.compile(r"\w+ of")) == (" of",)
    assert required_strings(re.compile("|".join(f"w{i}xyz" for i in range(20)))) is None
    scanner = WordScanner.of(r"(?P<v>(?:tens|hundreds) of thousands of)", True)
    needed = required_strings(twin(scanner.anywhere))  # type: ignore[arg-type]
    assert needed == ("hundreds of thousands of", "tens of thousands of")
    text = "Some tens of thousands of troops."
    assert [m.span("v") for m in scanner.matches(text, case_key(text))] == [(5, 25)]
    assert scanner.matches("No figure here.", case_key("No figure here.")) == []
