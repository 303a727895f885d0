"""Per-language first blind scores: the set's first run, or the language's own when added later."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from claimtab.evaluate import first_by_language

COLS = ["lang", "category", "tp", "fp", "fn", "precision", "recall", "f1"]


def _write(path: Path, rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=COLS).to_csv(path, index=False)


def test_a_language_added_later_takes_its_own_first_score(tmp_path: Path) -> None:
    _write(tmp_path / "blindset_first_scores.csv", [
        ["de", "all", 8, 2, 2, 0.8, 0.8, 0.8], ["pl", "all", 0, 0, 9, 0.0, 0.0, 0.0],
        ["with_file", "all", 8, 2, 2, 0.8, 0.8, 0.8], ["de", "troops", 4, 1, 1, 0.8, 0.8, 0.8],
    ])
    _write(tmp_path / "first" / "blindset_pl_scores.csv", [
        ["pl", "all", 6, 1, 3, 0.857, 0.667, 0.75], ["de", "all", 9, 1, 1, 0.9, 0.9, 0.9],
    ])
    _write(tmp_path / "first" / "blindset_next_pl_later_1_scores.csv", [
        ["pl", "all", 9, 0, 0, 1.0, 1.0, 1.0],
    ])
    _write(tmp_path / "first" / "blindset_next_cs_scores.csv", [
        ["cs", "all", 5, 0, 5, 1.0, 0.5, 0.667], ["pt", "all", 0, 0, 7, 0.0, 0.0, 0.0],
    ])
    got = first_by_language(tmp_path).set_index(["set", "lang"])
    assert sorted(got.index) == [("blindset", "de"), ("blindset", "pl"), ("blindset_next", "cs")]
    assert got.loc[("blindset", "de"), "f1"] == 0.8  # the set's first run, not a later file's row
    assert got.loc[("blindset", "pl"), "f1"] == 0.75  # its own first score, never a later one
    assert got.loc[("blindset", "pl"), "file"] == "first/blindset_pl_scores.csv"
    assert got.loc[("blindset_next", "cs"), "tp"] == 5


def test_no_first_scores_give_an_empty_table(tmp_path: Path) -> None:
    got = first_by_language(tmp_path)
    assert got.empty and "f1" in got.columns


def test_first_and_now_lines_up_each_language_of_each_set() -> None:
    from claimtab.evaluate import first_and_now

    first = pd.DataFrame([{"set": "blindset", "lang": "de", "tp": 8, "fp": 2, "fn": 2,
                           "precision": 0.8, "recall": 0.8, "f1": 0.8,
                           "file": "blindset_first_scores.csv"}])
    now = pd.DataFrame([["de", "all", 9, 1, 1, 0.9, 0.9, 0.9],
                        ["de", "troops", 5, 0, 0, 1.0, 1.0, 1.0],
                        ["with_file", "all", 9, 1, 1, 0.9, 0.9, 0.9]], columns=COLS)
    later = pd.DataFrame([["cs", "all", 3, 1, 1, 0.75, 0.75, 0.75]], columns=COLS)
    got = first_and_now(first, {"blindset": now, "blindset_next": later})
    assert got[["set", "language", "claims"]].values.tolist() == [
        ["blindset", "de", 10], ["blindset_next", "cs", 4]]
    assert got.loc[0, "first F1"] == 0.8 and got.loc[0, "F1 now"] == 0.9
    assert pd.isna(got.loc[1, "first F1"]) and got.loc[1, "first score from"] == ""
