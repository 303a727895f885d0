"""The number reader on sentences written for these tests (each language's own cases are in
src/claimtab/languages/tests/<code>.toml, run by test_languages.py)."""

import re

import pytest

from claimtab.numbers import find_quantities


def test_offsets_point_into_the_original_text():
    text = "Pyongyang sent \u201cabout 10\u202f000\u201d \u2013 or 12,000 \u2013 troops."
    for q in find_quantities(text, "en"):
        assert text[q.start : q.end] == q.text


def test_percent_and_currency_units():
    qs = find_quantities("60% of shells and $5 billion and 5 000 €", "en")
    assert [(q.value_low, q.unit) for q in qs] == [(60, "percent"), (5e9, "USD"), (5000, "EUR")]


@pytest.mark.parametrize(
    "patterns,firsts",
    [
        (["troops?", "soldiers"], "[st]"),
        (["(?:north )?troops"], "[nt]"),  # an optional word: its letter or the next one
        (["s?oldiers"], "[os]"),
        (["troops|men"], "[mt]"),  # a bar at the top level: both first letters
        (["tro(?:o|u)ps", "men"], "[mt]"),
        (["\\d+ troops"], "[\\d]"),
        (["(?<!\\w)men"], "[m]"),  # a look-behind consumes nothing
        (["(?:north )?"], ""),  # may match empty: no look-ahead
        ([".troops"], ""),  # any character
        (["[^a]troops"], ""),  # a negated set
    ],
)
def test_alternation_adds_a_first_character_lookahead_only_when_it_is_safe(patterns, firsts):
    from claimtab.languages import alternation

    body = alternation(patterns)
    assert body.startswith(f"(?={firsts})") if firsts else not body.startswith("(?=")
    plain = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    text = "North troops, men, oldiers and soldiers; Tröops? troups 5 troops xtroops"
    fast = [m.span() for m in re.finditer(body, text, re.IGNORECASE)]
    assert fast == [m.span() for m in re.finditer(plain, text, re.IGNORECASE)]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # Mexico: commas group, the point is decimal; the text says so by "10,000".
        ("Entre 2,500 y 4,000 millones de dólares, y 10,000 soldados.", "es",
         [(2.5e9, 4e9), (10000, 10000)]),
        ("Unos 1,500 dólares mensuales y 1.5 millones de proyectiles.", "es",
         [(1500, 1500), (1.5e6, 1.5e6)]),
        # Spain: dots group, the comma is decimal, and any sign of it keeps that reading.
        ("Entre 2.500 y 4.000 millones de dólares, y 2,5 millones de proyectiles.", "es",
         [(2.5e9, 4e9), (2.5e6, 2.5e6)]),
        ("Rund 10,000 Soldaten, sagte er.", "de", [(10000, 10000)]),
        ("Environ 10,000 soldats et 2,5 millions d'obus.", "fr", [(10, 10), (2.5e6, 2.5e6)]),
        ("Около 10,000 солдат.", "ru", [(10000, 10000)]),
        ("About 10.000 soldiers.", "en", [(10000, 10000)]),
        ("About 10.000 soldiers and 1.5 million shells.", "en", [(10, 10), (1.5e6, 1.5e6)]),
    ],
)
def test_the_text_decides_its_digit_style(text: str, lang: str, values: list) -> None:
    got = [(q.value_low, q.value_high) for q in find_quantities(text, lang)]
    assert got == [tuple(float(v) for v in pair) for pair in values]


@pytest.mark.parametrize("code,text,value", [
    # A myriad scale multiplies the whole group before it: (1천 + 200) 만, not 1천 + 200만.
    ("ko", "포탄 1천200만 발", 12_000_000),
    ("ko", "1천200억 원", 120_000_000_000),
    ("ko", "1만2천 명", 12_000),
    ("ko", "1조2천억 원", 1_200_000_000_000),
    ("ja", "砲弾1千200万発", 12_000_000),
    ("zh", "炮弹1千200万发", 12_000_000),
])
def test_digits_with_small_and_myriad_scales_group_as_read(code: str, text: str, value: int):
    assert [q.value_low for q in find_quantities(text, code)] == [value]


@pytest.mark.parametrize("code,text", [
    ("ko", "1만1000∼1만2000명"),  # the tilde operator (U+223C) of Korean wires
    ("ja", "1万1000∼1万2000人"),
    ("zh", "1万1000～1万2000人"),  # the full-width tilde
])
def test_a_tilde_of_any_width_joins_a_range(code: str, text: str):
    assert [(q.value_low, q.value_high) for q in find_quantities(text, code)] == [(11000, 12000)]
