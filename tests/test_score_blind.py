"""The blind-set scorer's command line: --help is help, not an output prefix."""


import pandas as pd
import pytest
from helpers import benchmark_script


@pytest.fixture(scope="module")
def scorer():
    with benchmark_script("score_blind") as module:
        yield module


def test_help_prints_the_usage_and_writes_nothing(scorer, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as done:
        scorer.parse_args(["--help"])
    assert done.value.code == 0
    usage = "usage: score_blind.py [-h] [OUT_PREFIX] [CORPUS] [ANNOTATIONS]"
    assert usage in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_the_ways_it_is_called_keep_their_meaning(scorer, tmp_path):
    none = scorer.parse_args([])
    assert (none.out_prefix, none.corpus, none.annotations) == (None, None, None)
    assert scorer.parse_args(["data/annotations/blindset_first"]).out_prefix == (
        "data/annotations/blindset_first")
    notes = tmp_path / "ann.csv"
    notes.write_text("doc_id\n", encoding="utf-8")
    three = scorer.parse_args([str(tmp_path / "out"), str(tmp_path), str(notes)])
    assert (three.corpus, three.annotations) == (tmp_path, notes)


@pytest.mark.parametrize("argv, message", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["out", "data/seeds"], "give CORPUS and ANNOTATIONS together, or neither"),
    (["out", "no/such/folder", "a.csv"], "no/such/folder: not a folder"),
    (["no/such/folder/out"], "no/such/folder/out: no folder no/such/folder to write into"),
])
def test_a_wrong_command_line_is_one_line_and_status_2(scorer, argv, message, capsys):
    with pytest.raises(SystemExit) as done:
        scorer.parse_args(argv)
    assert done.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == f"score_blind.py: error: {message}"


def _agreement_rows(shares: dict[str, float]) -> pd.DataFrame:
    """Agreement rows of two languages and the two totals, the same share for each."""
    rows = []
    for lang, n in (("ko", 4), ("de", 2), ("with_file", 6), ("all", 7)):
        for attr, share in shares.items():
            rows.append({"lang": lang, "attribute": attr, "matched": n, "agree": 0, "share": share})
    return pd.DataFrame(rows)


def test_agreement_by_language_puts_the_languages_with_a_file_last() -> None:
    from claimtab.evaluate import agreement_by_language

    got = agreement_by_language(_agreement_rows({"claimant": 0.5, "source": 0.25, "unit": 1.0}),
                                ("claimant", "source"))
    assert list(got.index) == ["de", "ko", "all with a file"]
    assert list(got.columns) == ["matched", "claimant", "source"]
    assert got.loc["ko", "matched"] == 4 and got.loc["de", "source"] == 25


def test_agreement_first_and_now_sets_each_attribute_side_by_side() -> None:
    from claimtab.evaluate import agreement_first_and_now

    first = _agreement_rows({"source": 0.25, "claimant_country": 0.5})
    now = _agreement_rows({"source": 0.75, "claimant_country": 1.0})
    got = agreement_first_and_now(first, now)
    assert list(got.columns) == ["matched", "source, first", "source, now", "country, first",
                                 "country, now"]
    assert (got.loc["ko", "source, first"], got.loc["ko", "source, now"]) == (25, 75)
