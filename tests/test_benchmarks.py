"""The benchmark script runs, and its committed results carry every figure the README promises."""

import json
import math

import pytest
from helpers import ROOT, benchmark_script

REQUIRED = [
    "extraction.mb_per_s",
    "extraction.docs_per_s",
    "extraction.peak_rss_mb",
    "extraction.quantulum3_ratio",
    "extraction.jobs2_speedup",
    "book.cold_s",
    "book.rebuild_s",
    "book.floor_s",
    "commands.extract_seeds.seconds",
]


@pytest.fixture(scope="module")
def bench():
    with benchmark_script("run") as module:
        yield module


@pytest.mark.parametrize("key", REQUIRED)
def test_committed_results_have_every_required_figure(key):
    results = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    value = results
    for part in key.split("."):
        value = value[part]
    assert isinstance(value, int | float) and math.isfinite(value) and value > 0
    assert results["machine"]["cores"] >= 1


def test_extraction_benchmark_measures_a_small_corpus(bench):
    r = bench.bench_extract(40)
    assert r["docs"] == 40 and r["claims"] > 0 and r["mb"] > 0
    assert r["mb_per_s"] == pytest.approx(r["mb"] / r["seconds"])


def test_jobs_benchmark_gives_the_same_table(bench, tmp_path):
    r = bench.bench_jobs(60, tmp_path)
    assert r["identical"] is True and r["jobs1_s"] > 0 and r["jobs2_s"] > 0


def test_files_benchmark_runs_text_files_and_pages_of_every_shape(bench, tmp_path):
    r = bench.bench_files(10, tmp_path)
    for kind in ("text", "html"):
        f = r[kind]
        assert f["docs"] == 10 and f["claims"] > 0
        assert f["mb_per_s"] == pytest.approx(f["mb"] / f["seconds"])
        assert f["docs_per_s"] == pytest.approx(10 / f["seconds"])
        assert 0 < f["load_s"] < f["seconds"]
    assert r["html"]["mb"] > r["text"]["mb"] and r["compared"] == 10
    pages = sorted((tmp_path / "pages_10").glob("*.html"))
    shapes = {"liveblog-entry", "amp-consent", "application/ld+json", 'class="comment"'}
    assert all(any(s in p.read_text(encoding="utf-8") for p in pages) for s in shapes)


def test_one_measure_alone_is_merged_into_the_results_file(bench, tmp_path):
    """``run.py --only extract_seeds`` times the command on the seeds in a new process and
    changes only its own entry of the results file."""
    results = tmp_path / "results.json"
    before = {"machine": {"cores": 2}, "book": {"cold_s": 68.0}}
    results.write_text(json.dumps(before), encoding="utf-8")
    assert bench.run_only("extract_seeds", results) == 0
    after = json.loads(results.read_text(encoding="utf-8"))
    seeds = after.pop("commands")["extract_seeds"]
    assert after == before
    assert seeds["docs"] == 5 and seeds["seconds"] > 0 and len(seeds["date"]) == 10
