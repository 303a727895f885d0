"""The number-word reader: hand cases per language, and the round trip against num2words."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from claimtab.languages import load_language
from claimtab.languages.language import written_scales
from claimtab.numbers import find_quantities
from claimtab.numwords import available_codes, read_number_words, rejected_number_words

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "numwords"
sys.path.insert(0, str(ROOT / "benchmarks"))
from numwords_roundtrip import roundtrip  # noqa: E402


def _cases(with_qualifier: bool = False) -> list[tuple]:
    out = []
    for path in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(path.read_text("utf-8"))["case"]:
            row = (path.stem, case["text"], case["values"])
            out.append((*row, case.get("qualifier", "exact")) if with_qualifier else row)
    return out


@pytest.mark.parametrize(("code", "text", "values"), _cases())
def test_hand_case(code: str, text: str, values: list[float]) -> None:
    assert [s.value for s in read_number_words(text, code)] == values


@pytest.mark.parametrize(("code", "text", "values", "qualifier"), _cases(with_qualifier=True))
def test_hand_case_through_find_quantities(
    code: str, text: str, values: list[float], qualifier: str
) -> None:
    """The extractor's number reader gives the same values (and the qualifier the words or
    their hedge say), or deliberately nothing."""
    got = find_quantities(text, code)
    assert [q.value_low for q in got] == values
    for q in got:
        assert q.qualifier == qualifier
        if qualifier in ("exact", "approx"):
            assert q.value_high == q.value_low
        else:
            assert q.value_high is None


@pytest.mark.parametrize("code", available_codes())
def test_scale_words_are_stated_once(code: str) -> None:
    """The language file lists only abbreviated scale words; the written-out ones are the
    number-word file's."""
    listed = {k.lower() for k in load_language(code).raw.get("numbers", {}).get("scales", {})}
    assert not listed & set(written_scales(code))


def test_every_language_has_hand_cases() -> None:
    assert {p.stem for p in CASES.glob("*.toml")} == set(available_codes())


def test_rejected_spans_have_a_reason() -> None:
    rej = rejected_number_words("Which one do you prefer?", "en")
    assert [(r.text, bool(r.reason)) for r in rej] == [("one", True)]


@pytest.mark.parametrize("through", ["numwords", "find_quantities"])
@pytest.mark.parametrize("code", available_codes())
def test_roundtrip_floor(code: str, through: str) -> None:
    total, exact, wrong, _ = roundtrip(code, 2000, through)
    assert total >= 1990
    assert exact / total >= 0.99
    assert wrong == 0


def test_explain_shows_each_step_of_a_compound_number_word():
    from claimtab.numwords import explain_number_words

    rows = explain_number_words("fünfundzwanzigtausend", "de")
    assert [(r["word"], r["value so far"]) for r in rows] == [
        ("fünfundzwanzig", "25"), ("tausend", "25,000"), ("= fünfundzwanzigtausend", "25,000")]
    assert explain_number_words("thousand twenty thousand", "en")[-1]["value so far"].startswith(
        "not read")
