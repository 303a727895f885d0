"""`python -m claimtab new-language`: a language file started from CLDR, loading as it is."""

import json
import tomllib
from pathlib import Path

import pytest

from claimtab.cli import main
from claimtab.languages import load_language
from claimtab.languages.schema import LanguageFile, sections
from claimtab.numbers import find_quantities
from claimtab.scaffold import (
    FILLED,
    ScaffoldError,
    cldr_facts,
    generate_numwords,
    icu_python,
    new_language,
)

#: Languages with no file here, each with text in its own digit style and the values it holds.
DIGITS = {
    "sk": ("Vyslala 12 000 vojakov a 1,5 mil. nábojov.", [12000, 1_500_000]),
    "et": ("Saatis 10 000 sõdurit ja 2,5 mln mürsku.", [10000, 2_500_000]),
    "is": ("Sendi 12.000 hermenn og 3,5 m.kr.", [12000, 3.5]),
}


@pytest.mark.parametrize("code", sorted(DIGITS))
def test_a_scaffolded_language_loads_and_reads_digits_in_its_style(tmp_path, code):
    done = new_language(code, tmp_path, numwords=False)
    assert done.path == tmp_path / f"{code}.toml"
    lang = load_language(code, tmp_path)
    text, values = DIGITS[code]
    assert [q.value_low for q in find_quantities(text, lang)] == values


def test_what_cldr_knows_is_filled_in_and_everything_else_is_empty_under_a_todo(tmp_path):
    path = new_language("sk", tmp_path, numwords=False).path
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["numbers"]["decimal"] == "," and raw["numbers"]["group"] == [" "]
    assert {"januára": 1, "január": 1, "jan": 1, "decembra": 12}.items() <= raw["dates"][
        "months"].items()
    assert raw["numbers"]["scales"] == {"tis.": 1e3, "mil.": 1e6, "mld.": 1e9, "bil.": 1e12}
    assert "percento" in raw["numbers"]["percent"] and raw["countries"]["RU"] == ["rusko"]
    defaults = LanguageFile(code="sk")
    for section, keys in sections().items():
        if section in ("", "countries"):
            continue
        for key in keys:
            if (section, key) not in FILLED:
                assert raw[section][key] == getattr(getattr(defaults, section), key), key
    text = path.read_text(encoding="utf-8")
    for cue in ("before_name = []", "nouns = []", "prefix = {}", "hypothetical = []"):
        above = text.split("\n" + cue)[0].splitlines()
        comment = [line for line in above[-4:] if line.startswith("#")]
        assert any(line.startswith("# TODO:") for line in comment), cue


def test_an_existing_file_is_never_overwritten(tmp_path, capsys):
    (tmp_path / "sk.toml").write_text("# mine\n", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="exists; not overwritten"):
        new_language("sk", tmp_path, numwords=False)
    assert main(["new-language", "sk", "--out", str(tmp_path), "--no-numwords"]) == 2
    assert "not overwritten" in capsys.readouterr().err
    assert (tmp_path / "sk.toml").read_text(encoding="utf-8") == "# mine\n"


def test_the_command_writes_the_file_and_says_what_is_left(tmp_path, capsys):
    assert main(["new-language", "et", "--out", str(tmp_path), "--no-numwords"]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'et.toml'}: written from CLDR" in out and "TODO" in out
    assert "tools/gen_numwords.py" in out


def test_unknown_codes_are_refused_with_one_line(tmp_path):
    for code in ("xx", "EN", "english"):
        with pytest.raises(ScaffoldError):
            new_language(code, tmp_path, numwords=False)
    assert not list(tmp_path.iterdir())


def test_month_names_do_not_depend_on_what_was_read_before():
    # Babel resolves stand-alone month names against data cached for other locales (zh's 一月
    # came out as German); the scaffold reads each locale afresh.
    cldr_facts("zh")
    months = cldr_facts("de").months
    assert months["januar"] == 1 and months["jan"] == 1
    assert not any("月" in m for m in months)


def test_numbers_written_with_digits_only_give_no_month_names():
    assert cldr_facts("vi").months == {}  # "tháng 1": the date forms read those


ICU = icu_python()


@pytest.mark.skipif(ICU is None, reason="no Python here imports PyICU (Debian: python3-icu)")
def test_number_words_come_from_the_same_generator(tmp_path):
    line = generate_numwords("sk", tmp_path / "numwords")
    assert "CLDR spell-out rules" in line
    data = json.loads((tmp_path / "numwords" / "sk.json").read_text(encoding="utf-8"))
    assert data["scale"]["tisíc"] == 1000 and data["add"]["dvanásť"] == 12
    assert "no spell-out rules" in generate_numwords("xx", tmp_path / "numwords")


@pytest.mark.skipif(ICU is None, reason="no Python here imports PyICU (Debian: python3-icu)")
def test_scale_words_stated_by_the_number_words_are_not_repeated(tmp_path):
    done = new_language("ar", tmp_path, numwords_dir=tmp_path / "numwords")
    raw = tomllib.loads(done.path.read_text(encoding="utf-8"))
    words = json.loads(done.numwords.read_text(encoding="utf-8"))
    stated = {f for role in ("add", "mul", "scale") for f in words[role]}
    assert not set(raw["numbers"]["scales"]) & stated


def test_the_generator_is_where_the_scaffold_looks():
    from claimtab.scaffold import GEN_NUMWORDS

    assert GEN_NUMWORDS == Path(__file__).resolve().parents[1] / "tools" / "gen_numwords.py"
