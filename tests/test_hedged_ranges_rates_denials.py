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
