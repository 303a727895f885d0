"""The published claims table follows its own datapackage.json (the one definition, used again)."""

import csv
import json
import re

from helpers import ROOT

from claimtab.schema import CLAIM_COLUMNS

PROCESSED = ROOT / "data" / "processed"
TYPES = {
    "string": lambda v: True,
    "number": lambda v: v == "" or re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", v) is not None,
    "integer": lambda v: re.fullmatch(r"-?\d+", v) is not None,
}


def test_published_tables_valid_by_frictionless():
    """The standard's own validator: types, enums, primary keys, the claims -> documents key."""
    from frictionless import Package

    report = Package(str(PROCESSED / "datapackage.json")).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, errors[:10]
    assert [t.name for t in report.tasks] == ["claims", "documents"]


def test_frictionless_finds_a_bad_value(tmp_path):
    """The validator is not a formality: an unknown unit and a dangling doc_id are reported."""
    import shutil

    from frictionless import Package

    for name in ("datapackage.json", "claims.csv", "documents.csv"):
        shutil.copy(PROCESSED / name, tmp_path / name)
    rows = (tmp_path / "claims.csv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split(",")
    bad = next(csv.reader([rows[1]]))
    bad[head.index("unit")] = "horses"
    bad[head.index("doc_id")] = "no_such_document"
    bad[head.index("claim_id")] = "no_such_document-1"
    with open(tmp_path / "claims.csv", "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(bad)
    report = Package(str(tmp_path / "datapackage.json")).validate()
    kinds = {e.type for t in report.tasks for e in t.errors}
    assert not report.valid and {"constraint-error", "foreign-key"} <= kinds, kinds


def test_published_csv_matches_its_datapackage():
    package = json.loads((PROCESSED / "datapackage.json").read_text())
    resource = package["resources"][0]
    assert resource["name"] == "claims"
    fields = resource["schema"]["fields"]
    assert [f["name"] for f in fields] == CLAIM_COLUMNS
    with open(PROCESSED / resource["path"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows, "the published table is empty"
    assert list(rows[0]) == [f["name"] for f in fields]
    for row in rows:
        for f in fields:
            value = row[f["name"]]
            assert TYPES[f["type"]](value), (f["name"], value)
            allowed = f.get("constraints", {}).get("enum")
            if allowed:
                assert value in allowed, (f["name"], value)
    keys = [row["claim_id"] for row in rows]
    assert len(keys) == len(set(keys)), "claim_id is the primary key"


def test_parquet_and_csv_hold_the_same_table():
    import pandas as pd

    from claimtab.display import read_claims

    pd.testing.assert_frame_equal(
        read_claims(PROCESSED / "claims.csv"), read_claims(PROCESSED / "claims.parquet")
    )


def test_tables_are_read_with_the_dictionary_types(tmp_path):
    from claimtab.display import read_claims, read_documents
    from claimtab.load import DOCUMENT_COLUMNS as LOADED
    from claimtab.schema import DOCUMENT_COLUMNS

    assert DOCUMENT_COLUMNS == LOADED
    docs = read_documents(PROCESSED / "documents.csv")
    assert str(docs["words"].dtype) == "Int64" and str(docs["title"].dtype) == "string"
    assert not docs["published_date"].isna().any()  # text: '' when none, never missing
    # A table whose figures are all empty (only vague claims) still reads as numbers.
    claims = read_claims(PROCESSED / "claims.csv").head(1)
    claims[["value_low", "value_high", "qualifier"]] = [None, None, "vague"]
    claims.to_csv(tmp_path / "claims.csv", index=False)
    back = read_claims(tmp_path / "claims.csv")
    assert str(back["value_low"].dtype) == "Float64" and back["value_low"].isna().all()
