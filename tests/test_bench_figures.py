"""The re-run chapter's run times come from benchmarks/results.json, never from typed numbers."""

import copy
import html
import json
import re
from types import SimpleNamespace

import pytest
from helpers import ROOT
from sphinx.errors import ExtensionError

from claimtab import sphinxext
from claimtab.benchfigures import BenchmarkResultsError, figures, figures_of, load_results, lookup
from claimtab.bookbuild import build_book

PAGE = ROOT / "book" / "09_rerun.md"
HTML = ROOT / "_build" / "html"
RESULTS = {
    "date": "2026-01-02",
    "machine": {"cores": 2, "arch": "x86_64", "python": "3.11.7"},
    "commands": {"extract_seeds": {"docs": 5, "seconds": 2.18, "date": "2026-01-02"}},
    "extraction": {
        "sizes": [{"docs": 1000, "mb_per_s": 0.7671}, {"docs": 100000, "mb_per_s": 0.8336}],
        "files_pipeline": {"text": {"mb_per_s": 0.303}, "html": {"mb_per_s": 0.367}},
        "jobs": {"docs": 10000, "jobs1_s": 45.904, "jobs2_s": 26.944, "speedup": 1.704},
        "peer": {"docs": 200, "compiled": True, "claimtab_mb_per_s": 2.6, "ratio": 52.4,
                 "quantulum3_mb_per_s": 0.0496, "python_mb_per_s": 1.88, "python_ratio": 37.9},
    },
    "book": {"cold_s": 368.2, "rebuild_s": 6.658},
}
#: Every key the page's figures are read from.
KEYS = ["machine.cores", "machine.python", "commands.extract_seeds.docs",
        "commands.extract_seeds.seconds", "extraction.sizes", "extraction.sizes.0.docs",
        "extraction.sizes.1.mb_per_s", "extraction.files_pipeline.text.mb_per_s",
        "extraction.files_pipeline.html.mb_per_s", "extraction.jobs.docs",
        "extraction.jobs.jobs1_s", "extraction.jobs.jobs2_s", "extraction.jobs.speedup",
        "book.cold_s", "book.rebuild_s", "extraction.peer.compiled", "extraction.peer.docs",
        "extraction.peer.claimtab_mb_per_s", "extraction.peer.ratio",
        "extraction.peer.quantulum3_mb_per_s", "extraction.peer.python_mb_per_s",
        "extraction.peer.python_ratio"]


def _run_times_section() -> str:
    text = PAGE.read_text(encoding="utf-8")
    return text[text.index("## Expected run times"):text.index("\n## ", text.index("## Exp") + 3)]


def test_figures_are_formatted_from_the_results():
    f = figures(RESULTS)
    assert f["bench_machine"] == "2 cores (x86_64), Python 3.11.7, on 2026-01-02"
    assert f["bench_mb_per_s"] == "0.77–0.83" and f["bench_sizes"] == "1,000 to 100,000"
    assert (f["bench_text_mb_per_s"], f["bench_html_mb_per_s"]) == ("0.30", "0.37")
    assert (f["bench_jobs_docs"], f["bench_jobs1_s"], f["bench_jobs2_s"]) == ("10,000", "46 s",
                                                                              "27 s")
    assert f["bench_jobs_speedup"] == "1.70"
    assert (f["bench_seeds_docs"], f["bench_seeds_s"]) == ("5", "2.2 s")
    assert (f["bench_book_cold_s"], f["bench_book_rebuild_s"]) == ("6 min (368 s)", "6.7 s")


def test_the_peer_figures_say_whether_the_extractor_was_compiled():
    f = figures(RESULTS)
    assert f["bench_extractor"] == "compiled (mypyc)"
    assert (f["bench_peer_docs"], f["bench_peer_mb_per_s"], f["bench_peer_ratio"]) == (
        "200", "2.60", "52")
    assert f["bench_quantulum3_mb_per_s"] == "0.050"
    assert (f["bench_python_mb_per_s"], f["bench_python_ratio"]) == ("1.88", "38")
    results = copy.deepcopy(RESULTS)
    results["extraction"]["peer"]["compiled"] = False
    assert figures(results)["bench_extractor"] == "run as Python, not compiled"
    results["extraction"]["peer"]["compiled"] = "yes"
    with pytest.raises(BenchmarkResultsError, match="'extraction.peer.compiled' is 'yes'"):
        figures(results)


def test_the_page_says_when_the_file_records_no_date_and_which_figure_is_later():
    results = copy.deepcopy(RESULTS)
    del results["date"], results["machine"]["arch"]
    assert figures(results)["bench_machine"] == (
        "2 cores, Python 3.11.7; the results file records no date for the full run; "
        "the time of the seed articles taken on 2026-01-02")


@pytest.mark.parametrize("key", KEYS)
def test_a_missing_figure_names_the_file_and_the_key(key):
    results = copy.deepcopy(RESULTS)
    *parents, last = key.split(".")
    holder = lookup(results, ".".join(parents)) if parents else results
    if isinstance(holder, list):
        holder.pop(int(last))
    else:
        del holder[last]
    with pytest.raises(BenchmarkResultsError, match=re.escape("results.json: no '")):
        figures(results)


def test_a_figure_that_is_not_a_number_is_refused():
    results = copy.deepcopy(RESULTS)
    results["book"]["cold_s"] = "68"
    with pytest.raises(BenchmarkResultsError, match="'book.cold_s' is '68', not a number"):
        figures(results)


def test_a_missing_or_broken_results_file_is_one_clear_error(tmp_path):
    with pytest.raises(BenchmarkResultsError, match="no benchmark results"):
        load_results(tmp_path / "results.json")
    (tmp_path / "results.json").write_text("{", encoding="utf-8")
    with pytest.raises(BenchmarkResultsError, match="not readable as JSON"):
        load_results(tmp_path / "results.json")


def test_the_book_build_stops_on_a_missing_figure(tmp_path):
    (tmp_path / "benchmarks").mkdir()
    broken = copy.deepcopy(RESULTS)
    del broken["extraction"]["jobs"]["speedup"]
    (tmp_path / "benchmarks" / "results.json").write_text(json.dumps(broken), encoding="utf-8")
    app = SimpleNamespace(srcdir=str(tmp_path))
    config = SimpleNamespace(myst_substitutions={})
    with pytest.raises(ExtensionError, match="no 'extraction.jobs.speedup'"):
        sphinxext._benchmark_substitutions(app, config)
    (tmp_path / "benchmarks" / "results.json").write_text(json.dumps(RESULTS), encoding="utf-8")
    sphinxext._benchmark_substitutions(app, config)
    assert config.myst_substitutions["bench_jobs_speedup"] == "1.70"


def test_a_page_naming_an_undefined_figure_stops_the_build():
    env = SimpleNamespace(doc2path=lambda name: f"/book/{name}.md")
    app = SimpleNamespace(env=env, config=SimpleNamespace(myst_substitutions={"bench_a": "1"}))
    sphinxext._check_substitutions(app, "page", ["{{ bench_a }} s"])
    with pytest.raises(ExtensionError, match=r"/book/page.md: no value for bench_b"):
        sphinxext._check_substitutions(app, "page", ["{{ bench_a }} and {{bench_b}}"])


def test_the_run_times_on_the_page_are_not_typed():
    """Outside substitutions and code, the run-time section holds no digit: each figure a
    measurement gives is read from the results file."""
    text = re.sub(r"\{\{[^}]*\}\}|`[^`]*`", "", _run_times_section())
    assert not re.findall(r".{0,30}\d.{0,30}", text)


def test_every_figure_the_page_names_is_in_the_committed_results():
    names = set(re.findall(r"\{\{\s*(\w+)\s*\}\}", PAGE.read_text(encoding="utf-8")))
    assert names and names <= set(figures_of(ROOT))


def test_the_built_page_shows_the_figures_of_the_committed_results():
    if not (HTML / "book" / "09_rerun.html").exists():
        build_book(ROOT, strict=True, quiet=True)
    raw = (HTML / "book" / "09_rerun.html").read_text(encoding="utf-8")
    start = raw.index('id="expected-run-times"')
    part = raw[start:raw.index('id="an-example-manifest"', start)]
    section = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", part)))
    bench = figures_of(ROOT)
    for name in re.findall(r"\{\{\s*(\w+)\s*\}\}", _run_times_section()):
        assert bench[name] in section, (name, bench[name])
    assert "{{" not in section and "Substitution error" not in raw
