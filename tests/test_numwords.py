"""The number-word reader: hand cases per language, and the round trip against num2words."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from claimtab.numwords import available_codes, read_number_words, rejected_number_words

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "numwords"
sys.path.insert(0, str(ROOT / "benchmarks"))
from numwords_roundtrip import roundtrip  # noqa: E402


def _cases() -> list[tuple[str, str, list[float]]]:
    out = []
    for path in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(path.read_text("utf-8"))["case"]:
            out.append((path.stem, case["text"], case["values"]))
    return out


@pytest.mark.parametrize(("code", "text", "values"), _cases())
def test_hand_case(code: str, text: str, values: list[float]) -> None:
    assert [s.value for s in read_number_words(text, code)] == values


def test_every_language_has_hand_cases() -> None:
    assert {p.stem for p in CASES.glob("*.toml")} == set(available_codes())


def test_rejected_spans_have_a_reason() -> None:
    rej = rejected_number_words("Which one do you prefer?", "en")
    assert [(r.text, bool(r.reason)) for r in rej] == [("one", True)]


@pytest.mark.parametrize("code", available_codes())
def test_roundtrip_floor(code: str) -> None:
    total, exact, wrong, _ = roundtrip(code, 2000)
    assert total >= 1990
    assert exact / total >= 0.99
    assert wrong == 0
