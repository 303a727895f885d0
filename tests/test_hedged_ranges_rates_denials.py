"""Issue 13: hedged ranges, rate words before a figure, denied figures and casualties named in a
clause about the counted persons, tested in several languages on made-up sentences."""

import pytest

from claimtab.extract import extract_claims
from claimtab.numbers import find_quantities


# A hedge before a range is kept (as the quantity's hedge); the qualifier stays "range", the
# only value the data dictionary has for a range.
@pytest.mark.parametrize("lang,text,hedge", [
    ("en", "North Korea has sent about 10,000 to 12,000 soldiers.", "about"),
    ("en", "North Korea has sent between about 10,000 and 12,000 soldiers.", "about"),
    ("de", "Nordkorea hat etwa 10.000 bis 12.000 Soldaten geschickt.", "etwa"),
    ("de", "Nordkorea hat etwa zwischen 10.000 und 12.000 Soldaten geschickt.", "etwa"),
    ("ru", "КНДР отправила около 10 000–12 000 военных.", "около"),
    ("fi", "Pohjois-Korea on lähettänyt arviolta 10 000–12 000 sotilasta.", "arviolta"),
    ("fr", "La Corée du Nord a envoyé environ 10 000 à 12 000 soldats.", "environ"),
    ("es", "Corea del Norte envió entre unos 10.000 y 12.000 soldados.", "unos"),
    ("ko", "북한은 약 1만~1만2000명을 파병했다.", "약"),
])
def test_a_hedged_range_keeps_its_hedge(lang: str, text: str, hedge: str) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value_low, q.value_high, q.qualifier, q.hedge) == (
        pytest.approx(10000), pytest.approx(12000), "range", hedge)
    (c,) = extract_claims(text, lang)
    assert (c.category, c.qualifier) == ("troops", "range")


def test_a_bare_range_has_no_hedge() -> None:
    (q,) = find_quantities("North Korea has sent 10,000 to 12,000 soldiers.", "en")
    assert (q.qualifier, q.hedge) == ("range", "")


# A rate word before the figure sets `per` as one after it does; a rate in the clause of the
# figure before is that figure's.
@pytest.mark.parametrize("lang,text,per", [
    ("en", "Russia pays North Korea, per month, some 1,500 dollars per worker.", "person/month"),
    ("en", "Per month, Russia pays about 1,500 dollars per soldier.", "person/month"),
    ("de", "Russland zahlt Nordkorea monatlich rund 1.500 Dollar pro Soldat.", "person/month"),
    ("de", "Pro Monat, so heißt es, zahlt Russland rund 1.500 Dollar pro Soldat.", "person/month"),
    ("ru", "Россия платит ежемесячно 1500 долларов на каждого солдата.", "person/month"),
    ("ru", "Ежемесячно, по данным разведки, Россия платит 1500 долларов.", "month"),
    ("es", "Rusia paga mensualmente unos 1.500 dólares por cada soldado.", "person/month"),
    ("fr", "La Russie verse chaque mois environ 1 500 dollars par soldat.", "person/month"),
])
def test_a_rate_word_before_the_figure(lang: str, text: str, per: str) -> None:
    assert [c.per for c in extract_claims(text, lang)] == [per]


@pytest.mark.parametrize("lang,text,pers", [
    ("en", "Each soldier earns 2,000 dollars a month, or 24,000 dollars a year.",
     ["month", "year"]),
    ("en", "Each soldier earns 2,000 dollars a month or 24,000 dollars a year.", ["month", "year"]),
    ("de", "Jeder Soldat erhält 2.000 Dollar im Monat, also 24.000 Dollar im Jahr.",
     ["month", "year"]),
    ("ru", "Каждый солдат получает 2500 долларов в месяц, или 30 000 долларов в год.",
     ["month", "year"]),
])
def test_a_rate_after_a_figure_is_not_the_next_ones(lang: str, text: str, pers: list) -> None:
    assert [c.per.removeprefix("person/") for c in extract_claims(text, lang)] == pers
