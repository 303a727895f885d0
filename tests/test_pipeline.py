"""Extraction at scale: N processes and Dask give the one-process table; output is streamed."""

import sys

import pandas as pd
import pytest
from helpers import ROOT

from claimtab.cli import main
from claimtab.display import read_claims
from claimtab.pipeline import ClaimsWriter, extract_to_file, read_parquet_folder

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("gen") / "articles", 120)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "claims.csv"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 1  # empty.txt was skipped
    return out


def test_jobs_give_the_same_bytes(corpus, one_process, tmp_path):
    out = tmp_path / "claims.csv"
    assert main(["extract", str(corpus), "-o", str(out), "--jobs", "2", "-q"]) == 1
    assert out.read_bytes() == one_process.read_bytes()
    assert len(read_claims(out)) > 300


def test_parquet_output_matches_csv(corpus, one_process, tmp_path):
    out = tmp_path / "claims.parquet"
    main(["extract", str(corpus), "-o", str(out), "-q"])
    pd.testing.assert_frame_equal(read_claims(out), read_claims(one_process))


def test_writer_streams_in_batches(corpus, one_process, tmp_path, monkeypatch):
    monkeypatch.setattr(ClaimsWriter, "BATCH", 7)
    out = tmp_path / "claims.csv"
    analysed, rows, problems = extract_to_file(corpus, out)
    assert out.read_bytes() == one_process.read_bytes()
    assert analysed == 120 and rows == len(read_claims(out))
    assert [str(p) for p in problems] == ["empty.txt: skipped: empty file"]


def test_failed_extraction_leaves_no_partial_table(corpus, tmp_path, monkeypatch):
    import claimtab.pipeline as pipeline

    calls = {"n": 0}
    real = pipeline.process_file

    def flaky(job):
        calls["n"] += 1
        if calls["n"] == 60:
            raise MemoryError("out of memory half-way")
        return real(job)

    monkeypatch.setattr(pipeline, "process_file", flaky)
    monkeypatch.setattr(ClaimsWriter, "BATCH", 5)
    out = tmp_path / "claims.csv"
    out.write_text("previous table\n")
    with pytest.raises(MemoryError):
        extract_to_file(corpus, out)
    assert out.read_text() == "previous table\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_dask_on_a_local_cluster_matches_one_process(corpus, one_process, tmp_path):
    from distributed import LocalCluster

    out = tmp_path / "claims_parquet"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        status = main(["extract", str(corpus), "-o", str(out), "--engine", "dask",
                       "--scheduler", cluster.scheduler_address, "-q"])
    assert status == 0
    assert len(list(out.glob("*.parquet"))) >= 2  # partitioned by files
    expected = read_claims(one_process).sort_values(["doc_id", "start"], kind="stable")
    pd.testing.assert_frame_equal(read_parquet_folder(out), expected.reset_index(drop=True))


TROOPS = (
    "North Korea has sent about {n} soldiers to Russia, South Korea's spy agency said on Monday. "
    "The troops are being trained in the far east before they move to the front line.\n"
)


@pytest.fixture
def same_names(tmp_path):
    """Two files called x.txt in two folders, and a third file."""
    folder = tmp_path / "articles"
    for sub, n in (("a", "10,000"), ("b", "12,000")):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "x.txt").write_text(TROOPS.format(n=n), encoding="utf-8")
    (folder / "y.txt").write_text(TROOPS.format(n="3,000"), encoding="utf-8")
    return folder


def test_same_file_names_give_unique_claim_ids_on_the_command_line(same_names, tmp_path, capsys):
    out = tmp_path / "claims.csv"
    assert main(["extract", str(same_names), "-o", str(out), "-q"]) == 0
    claims = read_claims(out)
    assert claims["claim_id"].is_unique
    assert list(zip(claims["doc_id"], claims["value_low"], strict=True)) == [
        ("a__x", 10000), ("b__x", 12000), ("y", 3000),
    ]
    assert capsys.readouterr().err == ""


def test_same_file_names_give_unique_claim_ids_in_the_notebooks(same_names, tmp_path):
    from claimtab.io import write_claims
    from claimtab.load import load_corpus
    from claimtab.pipeline import extract_corpus

    corpus = load_corpus(same_names)  # what notebooks 01, 03 and 07 call
    claims, problems = extract_corpus(corpus.documents)
    assert problems == [] and corpus.problems == []
    assert list(claims["claim_id"]) == ["a__x-1", "b__x-1", "y-1"]
    write_claims(claims, tmp_path)  # refuses repeated claim_ids, so this checks it too
    cli = tmp_path / "cli.csv"
    main(["extract", str(same_names), "-o", str(cli), "-q"])
    assert cli.read_bytes() == (tmp_path / "claims.csv").read_bytes()


def test_writer_refuses_repeated_claim_ids(tmp_path):
    from claimtab.load import Document
    from claimtab.pipeline import DuplicateClaimId, analyse_document

    doc = Document("x", "x.txt", TROOPS.format(n="10,000"), "en", "0" * 64, "utf-8")
    claims = analyse_document(doc)
    assert len(claims) == 1
    out = tmp_path / "claims.csv"
    with pytest.raises(DuplicateClaimId, match="claim_id 'x-1' twice"):
        with ClaimsWriter(out) as writer:
            writer.add(claims)
            writer.add(claims)
    assert not out.exists()


def test_analysis_problems_have_a_kind(tmp_path):
    from claimtab.load import Document
    from claimtab.pipeline import analyse_document, extract_corpus

    lang_dir = tmp_path / "langs"
    lang_dir.mkdir()
    (lang_dir / "xx.toml").write_text("this is not TOML [", encoding="utf-8")
    docs = [Document("eo", "eo.txt", "Teksto.", "eo", "", "utf-8"),
            Document("none", "none.txt", "Text.", None, "", "utf-8"),
            Document("xx", "xx.txt", "Text.", "xx", "", "utf-8")]
    found = [analyse_document(d, str(lang_dir)) for d in docs]
    assert [p.kind for p in found] == ["no_language_file", "unknown_language", "bad_language_file"]
    claims, problems = extract_corpus(docs, str(lang_dir))
    assert len(claims) == 0 and problems == found


def test_help_lists_every_command_with_a_line(capsys, monkeypatch):
    import re

    monkeypatch.setenv("COLUMNS", "200")  # one line per command's description
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    commands = re.findall(r"^    (\S+)", text, re.M)
    assert sorted(commands) == ["book", "extract", "report", "run-notebook"]
    for command in commands:
        described = re.search(rf"^    {command}\s+(\S.*)$", text, re.M)
        assert described and len(described.group(1).split()) >= 5, command
