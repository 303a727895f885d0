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


# A figure only denied (by Moscow or Pyongyang) is no claim: DESIGN's "Not claims" lists
# "figures a source only denies", and `status` has no value for a denied figure.
@pytest.mark.parametrize("lang,text", [
    ("en", "Moscow denied that 10,000 North Korean troops were in Russia."),
    ("en", "Moscow and Pyongyang denied reports that 10,000 North Korean troops were in Russia."),
    ("de", "Der Kreml bestritt, dass 10.000 nordkoreanische Soldaten in Russland seien."),
    ("de", "Der Kreml wies Berichte über 10.000 nordkoreanische Soldaten zurück."),
    ("ru", "Кремль опроверг сообщения о том, что в России 10 000 северокорейских военных."),
    ("uk", "Кремль спростував повідомлення про 10 000 північнокорейських військових у Росії."),
    ("fr", "Le Kremlin a démenti que 10 000 soldats nord-coréens soient en Russie."),
    ("es", "El Kremlin negó que 10.000 soldados norcoreanos estuvieran en Rusia."),
    ("ja", "ロシア政府は北朝鮮兵1万人が派遣されたとの報道を否定した。"),
    ("ko", "러시아는 북한군 1만명 파병설을 부인했다."),
    ("zh", "克里姆林宫否认有1万名朝鲜士兵在俄罗斯。"),
])
def test_a_figure_only_denied_is_no_claim(lang: str, text: str) -> None:
    assert extract_claims(text, lang) == []


# The same figure asserted by someone else, outside the denial's reach, negated denials and
# denials by other parties stay claims.
@pytest.mark.parametrize("lang,text", [
    ("en", "Moscow denies it, but Seoul says 10,000 North Korean troops are in Russia."),
    ("en", "Seoul says 10,000 North Korean troops are in Russia, which Moscow denies."),
    ("en", "Although Moscow long denied it, some 11,000 North Korean troops now fight in Kursk."),
    ("en", "Moscow has not denied that 10,000 North Korean troops are in Russia."),
    ("en", "Kyiv dismissed claims that only 500 North Korean soldiers were in Kursk."),
    ("de", "Der Kreml bestreitet das, doch laut Seoul sind 10.000 nordkoreanische Soldaten dort."),
    ("de", "Der Kreml bestritt nicht, dass 10.000 nordkoreanische Soldaten in Russland seien."),
    ("ru", "Хотя Москва это отрицала, в Курской области воюют 11 000 северокорейских военных."),
    ("ru", "Кремль не опроверг сообщения о 10 000 северокорейских военных."),
    ("ja", "国家情報院は北朝鮮兵1万人が派遣されたと明らかにしたが、ロシア政府は否定した。"),
    ("ko", "국정원은 북한군 1만명이 파병됐다고 밝혔지만 러시아는 이를 부인했다."),
    ("ko", "러시아는 북한군 1만명 파병설을 부인하지 않았다."),
])
def test_a_figure_beside_a_denial_can_still_be_a_claim(lang: str, text: str) -> None:
    assert [c.category for c in extract_claims(text, lang)] == ["troops"]


# A partitive after a number ("300 of whom") makes it count some of the persons named before:
# a casualty word after the partitive makes that number casualties, the first figure stays troops.
@pytest.mark.parametrize("lang,text,want", [
    ("en", "North Korea sent 3,000 soldiers to Russia, 300 of whom were later killed.",
     [("troops", 3000.0), ("casualties", 300.0)]),
    ("en", "North Korea sent 3,000 soldiers to Russia, hundreds of whom were later killed.",
     [("troops", 3000.0), ("casualties", None)]),
    ("de", "Nordkorea schickte 3.000 Soldaten, 300 davon wurden später getötet.",
     [("troops", 3000.0), ("casualties", 300.0)]),
    ("ru", "КНДР направила 3000 военных, сотни из которых позже погибли.",
     [("troops", 3000.0), ("casualties", None)]),
    ("uk", "КНДР направила 3000 військових, 300 з яких загинули.",
     [("troops", 3000.0), ("casualties", 300.0)]),
    ("es", "Corea del Norte envió 3.000 soldados, 300 de los cuales murieron después.",
     [("troops", 3000.0), ("casualties", 300.0)]),
    ("it", "La Corea del Nord ha inviato 3.000 soldati, 300 dei quali sono stati uccisi.",
     [("troops", 3000.0), ("casualties", 300.0)]),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats ; 300 d'entre eux ont été tués.",
     [("troops", 3000.0), ("casualties", 300.0)]),
])
def test_a_partitive_counts_the_casualties(lang: str, text: str, want: list) -> None:
    assert [(c.category, c.value_low) for c in extract_claims(text, lang)] == want


@pytest.mark.parametrize("lang,text", [
    ("en", "Pyongyang has sent 3,000 more soldiers to Russia to make up for its losses."),
    ("en", "North Korea sent 3,000 soldiers, many of whom were later killed."),
    ("de", "Nordkorea schickte 3.000 Soldaten, die Verluste ausgleichen sollen."),
    ("ru", "КНДР направила ещё 3000 солдат, которые должны восполнить потери."),
])
def test_a_casualty_word_not_about_the_counted_persons(lang: str, text: str) -> None:
    assert [c.category for c in extract_claims(text, lang)] == ["troops"]
