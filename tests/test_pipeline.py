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
                      dashboard_address=None) as cluster:  # fmt: skip
        status = main(["extract", str(corpus), "-o", str(out), "--engine", "dask",
                       "--scheduler", cluster.scheduler_address, "-q"])  # fmt: skip
    assert status == 0
    assert len(list(out.glob("*.parquet"))) >= 2  # partitioned by files
    expected = read_claims(one_process).sort_values(["doc_id", "start"], kind="stable")
    pd.testing.assert_frame_equal(read_parquet_folder(out), expected.reset_index(drop=True))
