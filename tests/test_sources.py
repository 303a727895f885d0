"""The source registry: one body under many names, in many languages; people speak for bodies."""

import pytest

from claimtab.sources import identify, registry

NIS = "South Korea's National Intelligence Service"
HUR = "Ukraine's Defence Intelligence (HUR)"


@pytest.mark.parametrize(
    ("phrase", "lang", "spaced"),
    [
        ("NIS", "en", True),
        ("the National Intelligence Service", "en", True),
        ("South Korea's spy agency", "en", True),
        ("국정원", "ko", False),
        ("국가정보원은", "ko", False),
        ("韓国の国家情報院", "ja", False),
        ("Geheimdienst NIS", "de", True),
        ("des südkoreanischen Geheimdienstes", "de", True),
        ("НИС Южной Кореи", "ru", True),
        ("разведки Южной Кореи", "ru", True),
        ("le renseignement sud-coréen", "fr", True),
        ("la inteligencia surcoreana", "es", True),
        ("Etelä-Korean tiedustelupalvelun", "fi", True),
    ],
)
def test_one_body_under_many_names(phrase: str, lang: str, spaced: bool) -> None:
    found = identify(phrase, lang, spaced)
    assert found is not None and found.name == NIS and found.country == "KR"


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("Kyrylo Budanov", "en"), ("Кирилл Буданов", "ru"), ("Кирило Буданов", "uk"),
     ("HUR-Chef Budanow", "de")],
)
def test_a_person_speaks_for_a_body(phrase: str, lang: str) -> None:
    found = identify(phrase, lang)
    assert found is not None and found.name == HUR and found.kind == "intelligence"


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("the ministry", "en"), ("Olena Guseinova", "fi"), ("das Ministerium", "de"),
     ("агентство", "ru"), ("a spokesman", "en")],
)
def test_a_name_the_registry_lacks_gives_none(phrase: str, lang: str) -> None:
    assert identify(phrase, lang) is None


def test_the_earliest_name_wins() -> None:
    found = identify("Reuters, citing the Pentagon", "en")
    assert found is not None and found.name == "Reuters"


def test_an_alias_matches_whole_words_only() -> None:
    assert identify("a tapestry of claims", "en") is None  # "ap" inside a word
    assert identify("Denis said", "en") is None  # "nis" inside a word


def test_registry_entries_are_complete() -> None:
    sources = registry()
    assert len(sources) >= 30
    for src in sources.values():
        assert src.name and src.id.split("-")[0] in {
            "kr", "ua", "us", "gb", "ru", "kp", "un", "int", "media", "jp", "eu", "fr", "de"}
