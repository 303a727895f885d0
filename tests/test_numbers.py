"""The number reader on sentences written for these tests, in every shipped language."""

import re

import pytest

from claimtab.languages import available, load_language
from claimtab.numbers import find_quantities

N = None
CASES = [
    # lang, text, [(matched text, low, high, qualifier)]
    ("en", "It sent 10,000 soldiers.", [("10,000", 10000, 10000, "exact")]),
    ("en", "about 3,000 men", [("3,000", 3000, 3000, "approx")]),
    ("en", "more than 1.5 million shells", [("1.5 million", 1.5e6, N, "over")]),
    ("en", "between 10,000 and 12,000 troops", [("10,000 and 12,000", 10000, 12000, "range")]),
    ("en", "10–12 thousand troops", [("10–12 thousand", 10000, 12000, "range")]),
    ("en", "up to 12,000 troops", [("12,000", N, 12000, "up_to")]),
    ("en", "at least 100 missiles", [("100", 100, N, "at_least")]),
    ("en", "thousands of soldiers", [("thousands of", N, N, "vague")]),
    ("en", "worth $2bn", [("2bn", 2e9, 2e9, "exact")]),
    ("en", "a hundred thousand rounds", [("a hundred thousand", 1e5, 1e5, "exact")]),
    ("en", "10\u202f000 troops", [("10\u202f000", 10000, 10000, "exact")]),
    ("en", "On October 8, 2024, KN-23 and M1989 were seen 3 times", [("3", 3, 3, "exact")]),
    ("fi", "yli 10 000 sotilasta", [("10 000", 10000, N, "over")]),
    ("fi", "noin 1,5 miljoonaa ammusta", [("1,5 miljoonaa", 1.5e6, 1.5e6, "approx")]),
    ("fi", "lähes miljardin euron", [("miljardin", 1e9, 1e9, "approx")]),
    ("fi", "kolme tuhatta miestä", [("kolme tuhatta", 3000, 3000, "exact")]),
    ("fi", "jopa 20\u00a0000 sotilasta", [("20\u00a0000", N, 20000, "up_to")]),
    ("fi", "tuhansia sotilaita", [("tuhansia", N, N, "vague")]),
    ("fi", "8. lokakuuta 2024 saapui 500 sotilasta", [("500", 500, 500, "exact")]),
    ("tl", "mahigit 2,000 sundalo", [("2,000", 2000, N, "over")]),
    ("tl", "tatlong libong sundalo", [("tatlong libong", 3000, 3000, "exact")]),
    ("tl", "halos 3 na milyong bala", [("3 na milyong", 3e6, 3e6, "approx")]),
    ("tl", "10 hanggang 12 libong tropa", [("10 hanggang 12 libong", 10000, 12000, "range")]),
    ("tl", "libu-libong tropa noong Hulyo 4", [("libu-libong", N, N, "vague")]),
    ("de", "rund 12.000 Soldaten", [("12.000", 12000, 12000, "approx")]),
    ("de", "über 1,5 Millionen Granaten", [("1,5 Millionen", 1.5e6, N, "over")]),
    ("de", "zwischen 10.000 und 12.000 Mann", [("10.000 und 12.000", 10000, 12000, "range")]),
    ("de", "bis zu 3.000 Soldaten", [("3.000", N, 3000, "up_to")]),
    ("de", "Tausende Soldaten am 3. Oktober", [("Tausende", N, N, "vague")]),
    ("es", "más de 10.000 soldados", [("10.000", 10000, N, "over")]),
    ("es", "unos 2.000 millones de dólares", [("2.000 millones", 2e9, 2e9, "approx")]),
    ("es", "entre 5 y 7 millones de proyectiles", [("5 y 7 millones", 5e6, 7e6, "range")]),
    ("es", "miles de soldados el 3 de marzo", [("miles de", N, N, "vague")]),
    ("fr", "plus de 10 000 soldats", [("10 000", 10000, N, "over")]),
    ("fr", "environ 1,2 million d'obus", [("1,2 million", 1.2e6, 1.2e6, "approx")]),
    ("fr", "jusqu'à 15\u00a0000 hommes", [("15\u00a0000", N, 15000, "up_to")]),
    ("fr", "des milliers de soldats le 4 novembre", [("des milliers de", N, N, "vague")]),
    ("ru", "около 10 тысяч военных", [("10 тысяч", 10000, 10000, "approx")]),
    ("ru", "более 1,5 млн снарядов", [("1,5 млн", 1.5e6, N, "over")]),
    ("ru", "от 10 до 12 тыс. солдат", [("10 до 12 тыс.", 10000, 12000, "range")]),
    ("ru", "до 15 000 человек", [("15 000", N, 15000, "up_to")]),
    ("ru", "тысячи солдат 5 октября", [("тысячи", N, N, "vague")]),
    ("uk", "понад 6 мільйонів снарядів", [("6 мільйонів", 6e6, N, "over")]),
    ("uk", "близько 12 тис. військових", [("12 тис.", 12000, 12000, "approx")]),
    ("ko", "약 1만2000명", [("1만2000", 12000, 12000, "approx")]),
    ("ko", "1만 1천 명", [("1만 1천", 11000, 11000, "exact")]),
    ("ko", "포탄 800만 발", [("800만", 8e6, 8e6, "exact")]),
    ("ko", "3000여 명", [("3000", 3000, N, "over")]),
    ("ko", "2023년 8월 수천 명", [("수천", N, N, "vague")]),
    ("ja", "約1万2000人", [("1万2000", 12000, 12000, "approx")]),
    ("ja", "砲弾４００万発以上", [("４００万", 4e6, N, "at_least")]),
    ("ja", "最大5000人", [("5000", N, 5000, "up_to")]),
    ("ja", "1万人余り", [("1万", 10000, N, "over")]),
    ("ja", "2024年10月に数千人", [("数千", N, N, "vague")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_find_quantities(lang, text, expected):
    got = [(q.text, q.value_low, q.value_high, q.qualifier) for q in find_quantities(text, lang)]
    assert got == [(t, lo, hi, qual) for t, lo, hi, qual in expected]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "In 2024 and on 3 March 2023, and on 2024-10-21 at 10:30"),
        ("en", "the KN-23 and Hwasong-11 and the M1989 and the 5th brigade"),
        ("de", "Am 14. Januar 2025 und im Jahr 2023"),
        ("ru", "19 июня 2024 года"),
        ("ko", "2023년 8월 15일"),
        ("ja", "2024年10月21日"),
    ],
)
def test_dates_years_and_model_names_are_not_quantities(lang, text):
    assert find_quantities(text, lang) == []


def test_offsets_point_into_the_original_text():
    text = "Pyongyang sent \u201cabout 10\u202f000\u201d \u2013 or 12,000 \u2013 troops."
    for q in find_quantities(text, "en"):
        assert text[q.start : q.end] == q.text


def test_percent_and_currency_units():
    qs = find_quantities("60% of shells and $5 billion and 5 000 €", "en")
    assert [(q.value_low, q.unit) for q in qs] == [(60, "percent"), (5e9, "USD"), (5000, "EUR")]


def test_every_shipped_language_file_loads():
    codes = available()
    assert {"en", "fi", "tl", "de", "es", "fr", "ru", "uk", "ko", "ja"} <= set(codes)
    for code in codes:
        lang = load_language(code)
        assert lang.code == code and lang.nouns, code


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A number word or vague phrase at the very start of the text, after punctuation, and
        # never inside a longer word ("someone", "often", "dozens" is not "dozen").
        ("en", "Three thousand troops", [("Three thousand", 3000)]),
        ("en", "(two) someone often", [("two", 2)]),
        ("en", "Hundreds of shells", [("Hundreds of", None)]),
        ("en", "-five", [("five", 5)]),
        ("fi", "Miljoona ammusta", [("Miljoona", 1e6)]),
        ("fi", "tuhatkunta", []),
        ("de", "Zehntausend", []),
        # Digits at the start, after a letter (model names), and in other scripts.
        ("en", "12 troops, A12, B-7x", [("12", 12)]),
        ("en", "\u0663\u0660\u0660 troops", [("\u0663\u0660\u0660", 300)]),
        ("ko", "수천 명", [("수천", None)]),
    ],
)
def test_words_and_digits_are_found_at_word_starts_only(lang, text, expected):
    got = [(q.text, q.value_low) for q in find_quantities(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    "patterns,lookahead",
    [
        (["troops?", "soldiers"], True),
        (["(?:north )?troops"], False),  # the first letter may be another
        (["s?oldiers"], False),  # the first letter is optional
        (["troops|men"], False),  # a bar at the top level: two first letters
        (["tro(?:o|u)ps", "men"], True),  # a bar inside a group is fine
        (["\\d+ troops"], False),
    ],
)
def test_alternation_adds_a_first_letter_lookahead_only_when_it_is_safe(patterns, lookahead):
    from claimtab.languages import alternation

    body = alternation(patterns)
    assert body.startswith("(?=") == lookahead
    plain = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    text = "North troops, men, oldiers and soldiers; Tröops? troups 5 troops"
    fast = [m.span() for m in re.finditer(body, text, re.IGNORECASE)]
    assert fast == [m.span() for m in re.finditer(plain, text, re.IGNORECASE)]
