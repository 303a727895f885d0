"""Language files: every shipped language's own test cases (data files next to the language
files), the declared format (checked on loading), and the reference file and README."""

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from claimtab.extract import extract_claims
from claimtab.languages import HERE, LanguageError, available, load_language
from claimtab.languages.schema import sections
from claimtab.numbers import find_quantities

CASE_DIR = HERE / "tests"
CASE_KEYS = {"quantities": {"text", "found"}, "claims": {"text", "first"}, "no_claims": {"text"}}
FOUND_KEYS = {"text", "low", "high", "qualifier", "unit"}
FIRST_KEYS = {"category", "low", "high", "unit", "qualifier", "claimant", "claimant_country", "per"}


def _cases() -> list:
    """Every case of every test-case file, as pytest params named file:kind:number."""
    out = []
    for path in sorted(CASE_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        unknown = set(data) - set(CASE_KEYS)
        assert not unknown, f"{path.name}: unknown tables {unknown}"
        for kind, cases in data.items():
            for i, case in enumerate(cases, 1):
                assert set(case) <= CASE_KEYS[kind], f"{path.name}: [[{kind}]] {i}: unknown key"
                out.append(pytest.param(path.stem, kind, case, id=f"{path.stem}:{kind}:{i}"))
    return out


def _value(v: object) -> object:
    return None if v == "open" else v


@pytest.mark.parametrize("code,kind,case", _cases())
def test_language_case(code: str, kind: str, case: dict) -> None:
    text = case["text"]
    if kind == "quantities":
        got = find_quantities(text, code)
        assert len(got) == len(case["found"]), [q.text for q in got]
        for q, want in zip(got, case["found"], strict=True):
            assert set(want) <= FOUND_KEYS
            seen = {"text": q.text, "low": q.value_low, "high": q.value_high,
                    "qualifier": q.qualifier, "unit": q.unit}
            assert {k: seen[k] for k in want} == {k: _value(v) for k, v in want.items()}
    elif kind == "claims":
        claims = extract_claims(text, code)
        assert claims, "no claim"
        want = case["first"]
        assert set(want) <= FIRST_KEYS
        c = claims[0]
        seen = {"category": c.category, "low": c.value_low, "high": c.value_high, "unit": c.unit,
                "qualifier": c.qualifier, "claimant": c.claimant,
                "claimant_country": c.claimant_country, "per": c.per}
        assert {k: seen[k] for k in want} == {k: _value(v) for k, v in want.items()}
    else:
        assert extract_claims(text, code) == []


def test_every_shipped_language_loads_and_has_its_test_cases():
    codes = available()
    assert {"en", "fi", "tl", "de", "es", "fr", "ru", "uk", "ko", "ja"} <= set(codes)
    for code in codes:
        lang = load_language(code)
        assert lang.code == code and lang.nouns, code
        cases = tomllib.loads((CASE_DIR / f"{code}.toml").read_text(encoding="utf-8"))
        assert cases.get("quantities") and cases.get("claims"), f"tests/{code}.toml"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of de.toml in tmp_path with one line changed."""
    src = (HERE / "de.toml").read_text(encoding="utf-8")
    assert old in src
    (tmp_path / "de.toml").write_text(src.replace(old, new, 1), encoding="utf-8")
    shutil.copy(HERE / "en.toml", tmp_path / "en.toml")
    return tmp_path


def test_a_misspelt_key_fails_with_one_line_naming_file_and_key(tmp_path):
    lang_dir = _broken(tmp_path, "scales = {", "sclaes = {")
    with pytest.raises(LanguageError) as err:
        load_language("de", lang_dir)
    assert str(err.value) == "de.toml: unknown key [numbers] sclaes"


def test_a_value_of_the_wrong_type_fails_with_one_line(tmp_path):
    lang_dir = _broken(tmp_path, 'decimal = ","', "decimal = 1")
    with pytest.raises(LanguageError) as err:
        load_language("de", lang_dir)
    assert str(err.value) == "de.toml: [numbers] decimal must be a string, not an integer"


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("[numbers]", "[nummern]", "de.toml: unknown key nummern"),
        ("word_boundaries = true", "word_boundaries = 1",
         "de.toml: word_boundaries must be true or false, not an integer"),
        ('"etwa" = "approx"', '"etwa" = "aprox"',
         "de.toml: [hedges] prefix 'etwa' is 'aprox', not one of approx, at_least, over, up_to"),
        ("[countries]\n", "[countries]\nXX = []\n", "de.toml: unknown key [countries] XX"),
        ("linkers = []", "linkers = ['und', 3]",
         "de.toml: [numbers] linkers item 2 must be a string, not an integer"),
    ],
)
def test_other_format_errors_name_the_file_and_the_key(tmp_path, old, new, message):
    with pytest.raises(LanguageError) as err:
        load_language("de", _broken(tmp_path, old, new))
    assert str(err.value) == message


def test_the_reference_file_has_every_key_and_the_readme_explains_each():
    en = tomllib.loads((HERE / "en.toml").read_text(encoding="utf-8"))
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for section, keys in sections().items():
        table = en if not section else en[section]
        for key in keys:
            assert key in table, f"en.toml lacks {section} {key}"
            if section != "countries":
                assert re.search(rf"`{key}`", readme), f"README.md does not explain {key}"
        assert not section or f"[{section}]" in readme, f"README.md lacks [{section}]"
