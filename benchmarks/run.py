"""Benchmark: extraction speed and memory, the peer (quantulum3), parallel speed-up, book builds.

    python benchmarks/run.py            # the full run (about 5 minutes on 2 cores)
    python benchmarks/run.py --quick    # smaller corpora, for a check (writes nothing)
    python benchmarks/run.py --only extract_seeds   # one cheap measure, merged into the JSON


The files pipeline (decode, language id, cleaning, claims) runs on the same generated articles
twice: as .txt files, and as saved news pages in five site shapes (benchmarks/pages.py: wire
story, live blog, comment thread, AMP, JSON-LD date; banners, sidebars, captions and comments
around the article, cleaned by trafilatura). Both print MB/s and docs/s (MB of the files on
disk), the share of the time spent loading (decode, HTML cleaning, language id) and the number
of pages whose claims are exactly those of their text.

Prints a table and writes the figures to benchmarks/results.json, with the day and the machine;
the book's re-run chapter prints them from there (claimtab.benchfigures). A benchmark, not a
test: it asserts nothing. Corpora are generated (benchmarks/generate.py), never committed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import sys
import time
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

from generate import articles, write_corpus  # noqa: E402
from numwords_roundtrip import table as numwords_table  # noqa: E402
from pages import write_pages  # noqa: E402

from claimtab.extract import extract_claims  # noqa: E402
from claimtab.languages import load_language  # noqa: E402
from claimtab.load import Document, iter_corpus  # noqa: E402
from claimtab.pipeline import analyse_document, extract_to_file  # noqa: E402


def rss_mb() -> float:
    """Current resident memory of this process in MB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(n: int) -> dict[str, float]:
    """Extract n generated documents (text in memory, no I/O); time, MB/s, memory curve."""
    langs = {code: load_language(code) for code in ("en", "fi", "tl", "de", "es", "fr", "ru",
                                                     "uk", "ko", "ja")}
    for code, lang in langs.items():  # warm the regex caches
        extract_claims("10,000 soldiers.", lang, code)
    nbytes = claims = 0
    rss_points = []
    t0 = time.perf_counter()
    for i, (doc_id, code, text) in enumerate(articles(n)):
        claims += len(extract_claims(text, langs[code], doc_id))
        nbytes += len(text.encode("utf-8"))
        if (i + 1) % max(1, n // 10) == 0:
            rss_points.append(rss_mb())
    dt = time.perf_counter() - t0
    return {
        "docs": n, "seconds": dt, "mb": nbytes / 1e6, "mb_per_s": nbytes / 1e6 / dt,
        "docs_per_s": n / dt, "claims": claims, "rss_first_mb": rss_points[0],
        "rss_last_mb": rss_points[-1],
    }


def _run_files(corpus: Path) -> tuple[dict[str, float], dict[str, list[tuple]]]:
    """The files pipeline on a folder: load (decode, language id, cleaning), then claims, each
    timed; the figures, and each document's claims (category, values, unit, qualifier)."""
    load_s = claims_s = 0.0
    found: dict[str, list[tuple]] = {}
    items = iter_corpus(corpus)
    while True:
        t0 = time.perf_counter()
        item = next(items, None)
        load_s += time.perf_counter() - t0
        if item is None:
            break
        if isinstance(item, Document):
            t0 = time.perf_counter()
            result = analyse_document(item)
            claims_s += time.perf_counter() - t0
            rows = result if isinstance(result, list) else []
            found[Path(item.file).stem] = sorted(
                (c.category, str(c.value_low), str(c.value_high), c.unit, c.qualifier)
                for c in rows)
    nbytes = sum(p.stat().st_size for p in corpus.iterdir())
    dt = load_s + claims_s
    figures = {"docs": len(found), "mb": nbytes / 1e6, "seconds": dt, "mb_per_s": nbytes / 1e6 / dt,
               "docs_per_s": len(found) / dt, "load_s": load_s, "claims_s": claims_s,
               "claims": sum(map(len, found.values()))}
    return figures, found


def bench_files(n: int, tmp: Path) -> dict[str, Any]:
    """The whole files pipeline on the same n generated articles, saved as .txt files and as
    news pages (.html, five site shapes: benchmarks/pages.py); and how many pages give exactly
    the claims of their text."""
    _run_files(write_corpus(tmp / "warm", 10))  # Lingua's models, language files, trafilatura
    _run_files(write_pages(tmp / "warm", 10))
    text, by_text = _run_files(write_corpus(tmp / f"text_{n}", n))
    pages, by_page = _run_files(write_pages(tmp / f"pages_{n}", n))
    differ = sorted(k for k, v in by_text.items() if by_page.get(k) != v)
    return {"text": text, "html": pages, "same_claims": len(by_text) - len(differ),
            "compared": len(by_text), "differ": differ}


#: Timed rounds of the peer comparison; each tool's fastest round counts.
PEER_ROUNDS = 5


def _peer_articles(n_docs: int) -> list[str]:
    """The English generated articles both tools read."""
    return [text for _id, code, text in articles(n_docs * 10) if code == "en"][:n_docs]


def bench_peer(n_docs: int) -> dict[str, Any]:
    """quantulum3 and claimtab on the same English documents, in alternating rounds (each
    tool's fastest round counts), so a machine that slows down for a while slows both.
    claimtab's first round is kept too: it fills the caches of phrases read once (number words,
    dates of claimant phrases) that the later rounds find filled."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    from claimtab import compiled

    english = _peer_articles(n_docs)
    nbytes = sum(len(t.encode("utf-8")) for t in english)
    lang = load_language("en")
    parser.parse(english[0])  # each loads its data before timing
    extract_claims(english[0], lang)
    dq, dcs = float("inf"), []
    for _ in range(PEER_ROUNDS):
        t0 = time.perf_counter()
        found_q = sum(len(parser.parse(t)) for t in english)
        dq = min(dq, time.perf_counter() - t0)
        t0 = time.perf_counter()
        found_c = sum(len(extract_claims(t, lang)) for t in english)
        dcs.append(time.perf_counter() - t0)
    dc = min(dcs)
    python_s = claimtab_python_seconds(n_docs)
    return {
        "docs": len(english), "mb": nbytes / 1e6, "compiled": compiled.active(),
        "quantulum3_mb_per_s": nbytes / 1e6 / dq, "claimtab_mb_per_s": nbytes / 1e6 / dc,
        "claimtab_first_round_mb_per_s": nbytes / 1e6 / dcs[0],
        "quantulum3_quantities": found_q, "claimtab_claims": found_c, "ratio": dq / dc,
        "python_mb_per_s": nbytes / 1e6 / python_s, "python_ratio": dq / python_s,
    }


def claimtab_best_seconds(n_docs: int) -> float:
    """claimtab's fastest of PEER_ROUNDS rounds over the peer's articles, in this process."""
    english = _peer_articles(n_docs)
    lang = load_language("en")
    extract_claims(english[0], lang)
    best = float("inf")
    for _ in range(PEER_ROUNDS):
        t0 = time.perf_counter()
        for t in english:
            extract_claims(t, lang)
        best = min(best, time.perf_counter() - t0)
    return best


def claimtab_python_seconds(n_docs: int) -> float:
    """``claimtab_best_seconds`` in a process that runs the extractor as Python, not compiled
    (``CLAIMTAB_PURE=1``): what a machine without a C compiler gets."""
    code = f"import run; print(run.claimtab_best_seconds({n_docs}))"
    env = {**os.environ, "CLAIMTAB_PURE": "1", "PYTHONPATH": str(HERE)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip().splitlines()[-1])


def bench_peer_on_seeds(root: Path) -> dict[str, float]:
    """quantulum3 and claimtab on the real English seed articles (as loaded), in alternating
    rounds like ``bench_peer`` (3 passes of quantulum3, 50 of claimtab, per round)."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    from claimtab.load import load_corpus

    texts = [d.text for d in load_corpus(root / "data" / "seeds").documents if d.lang == "en"]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    lang = load_language("en")
    parser.parse(texts[0])
    extract_claims(texts[0], lang)

    def per_pass(fn: Any, reps: int) -> float:
        t0 = time.perf_counter()
        for _ in range(reps):
            for t in texts:
                fn(t)
        return (time.perf_counter() - t0) / reps

    dq = dc = float("inf")
    for _ in range(PEER_ROUNDS):
        dq = min(dq, per_pass(parser.parse, 3))
        dc = min(dc, per_pass(lambda t: extract_claims(t, lang), 50))
    mb = nbytes / 1e6
    return {"docs": len(texts), "mb": mb, "ratio": dq / dc, "quantulum3_mb_per_s": mb / dq,
            "claimtab_mb_per_s": mb / dc}


def bench_jobs(n: int, tmp: Path) -> dict[str, float]:
    """Files -> claims table with one process and with --jobs 2, on the same corpus."""
    corpus = write_corpus(tmp / f"jobs_{n}", n)
    times = {}
    for jobs in (1, 2):
        t0 = time.perf_counter()
        extract_to_file(corpus, tmp / f"claims_{jobs}.csv", n_jobs=jobs)
        times[jobs] = time.perf_counter() - t0
    same = (tmp / "claims_1.csv").read_bytes() == (tmp / "claims_2.csv").read_bytes()
    return {"docs": n, "jobs1_s": times[1], "jobs2_s": times[2],
            "speedup": times[1] / times[2], "identical": same}


def bench_extract_seeds(root: Path, tmp: Path) -> dict[str, Any]:
    """``claimtab extract data/seeds -o claims.csv`` as a reader first runs it: a new process,
    so the start-up (language models, language files) counts; wall clock."""
    from claimtab.load import load_corpus

    seeds = root / "data" / "seeds"
    docs = len(load_corpus(seeds).documents)
    cmd = [sys.executable, "-m", "claimtab", "extract", str(seeds), "-o", str(tmp / "seeds.csv")]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t0
    if done.returncode not in (0, 1):  # 1: some file skipped, the table is complete
        raise RuntimeError(f"{' '.join(cmd)}: exit status {done.returncode}")
    return {"docs": docs, "seconds": round(dt, 3)}


#: Cheap measures that ``--only NAME`` runs alone, merged into the results file.
COMMANDS = {"extract_seeds": bench_extract_seeds}


def _today() -> str:
    """The day the figures are taken (UTC), as the results file records it."""
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def run_only(name: str, out: Path) -> int:
    """One measure of ``COMMANDS``, written into the results file's ``commands`` (with its
    day) and nothing else changed."""
    results = json.loads(out.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        figures = COMMANDS[name](HERE.parent, Path(tmp))
    print(f"{name}: {figures}")
    results.setdefault("commands", {})[name] = {**figures, "date": _today()}
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out}")
    return 0


def _timed(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def bench_book(root: Path, tmp: Path) -> dict[str, float]:
    """Cold build (every notebook executed), rebuild with nothing changed, and the floor."""
    copy = tmp / "project"
    for name in ("_config.yml", "_toc.yml"):
        copy.mkdir(exist_ok=True)
        shutil.copy2(root / name, copy / name)
    for folder in ("notebooks", "data", "src"):
        shutil.copytree(root / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "benchmarks").mkdir()  # the re-run chapter prints the figures of the last run
    shutil.copy2(root / "benchmarks" / "results.json", copy / "benchmarks" / "results.json")
    shutil.copytree(root / "book", copy / "book", ignore=shutil.ignore_patterns("*.ipynb"))
    py = sys.executable
    book = [py, "-m", "claimtab", "book", "-q"]
    cold = _timed(book, copy)  # no executed notebook and no _build: everything runs
    rebuild = _timed(book, copy)
    empty = tmp / "empty"
    (empty / "book").mkdir(parents=True)
    shutil.copy2(root / "_config.yml", empty / "_config.yml")
    shutil.copytree(root / "book" / "_static", empty / "book" / "_static")
    (empty / "_toc.yml").write_text("format: jb-book\nroot: book/index\n")
    (empty / "book" / "index.md").write_text("# An empty book\n\nNothing here.\n")
    (empty / "benchmarks").mkdir()  # the project's Sphinx extension reads it at every build
    shutil.copy2(root / "benchmarks" / "results.json", empty / "benchmarks" / "results.json")
    jb = [str(Path(py).with_name("jupyter-book")), "build", ".", "-W", "-n", "--keep-going", "-q"]
    _timed(jb, empty)  # warm the file cache as the other builds are
    shutil.rmtree(empty / "_build")
    floor = _timed(jb, empty)
    return {"cold_s": cold, "rebuild_s": rebuild, "floor_s": floor,
            "cold_over_floor": cold / floor, "rebuild_over_floor": rebuild / floor}


def print_numwords(rows: list[dict[str, object]]) -> None:
    """The number-word round trip: exact-value rate and wrong values, reader and extractor."""
    print("number words spelled by num2words, read back (exact %, wrong values):")
    print("{:>6} {:>8} {:>18} {:>22}".format("lang", "phrases", "numwords", "find_quantities"))
    for r in rows:
        print("{:>6} {:>8} {:>11.2f}% {:>4} {:>15.2f}% {:>4}".format(
            r["lang"], r["phrases"], r["numwords_exact"], r["numwords_wrong"],
            r["find_quantities_exact"], r["find_quantities_wrong"]))


def _rounded(figures: dict[str, Any], digits: int) -> dict[str, Any]:
    """The figures with floats rounded, for the JSON."""
    return {k: round(v, digits) if isinstance(v, float) else v for k, v in figures.items()}


def print_files(files: dict[str, Any]) -> None:
    """The files pipeline on text files and on saved pages, side by side."""
    print("files pipeline (decode, language id, cleaning, claims), same articles:")
    print("{:>12} {:>6} {:>7} {:>7} {:>7} {:>8} {:>8} {:>8}".format(
        "input", "docs", "MB", "s", "MB/s", "docs/s", "load %", "claims"))
    for label, r in (("text files", files["text"]), ("HTML pages", files["html"])):
        print("{:>12} {:>6} {:>7.2f} {:>7.2f} {:>7.3f} {:>8.0f} {:>7.0f}% {:>8}".format(
            label, r["docs"], r["mb"], r["seconds"], r["mb_per_s"], r["docs_per_s"],
            100 * r["load_s"] / r["seconds"], r["claims"]))
    print(f"pages giving exactly the claims of their text: {files['same_claims']} of "
          f"{files['compared']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--peer-docs", type=int, default=200)
    ap.add_argument("--files-docs", type=int, default=500,
                    help="articles through the files pipeline, as text files and as pages")
    ap.add_argument("--jobs-docs", type=int, default=10000)
    ap.add_argument(
        "--quick", action="store_true", help="small corpora, no book timings, nothing written"
    )
    ap.add_argument("--out", help="where the JSON goes (default: benchmarks/results.json)")
    ap.add_argument("--only", choices=sorted(COMMANDS),
                    help="run this one measure and merge it into the JSON (--out or the default)")
    args = ap.parse_args()
    if args.only:
        return run_only(args.only, Path(args.out or HERE / "results.json"))
    if args.quick:
        args.sizes, args.peer_docs, args.files_docs, args.jobs_docs = [500, 2000], 30, 100, 1000
    elif args.out is None:
        args.out = str(HERE / "results.json")

    runs = [bench_extract(n) for n in args.sizes]
    largest = runs[-1]
    with tempfile.TemporaryDirectory() as tmp:
        files = bench_files(args.files_docs, Path(tmp))
        jobs = bench_jobs(args.jobs_docs, Path(tmp))
        book = None if args.quick else bench_book(HERE.parent, Path(tmp))
        commands = {name: {**bench(HERE.parent, Path(tmp)), "date": _today()}
                    for name, bench in COMMANDS.items()}
    peer = bench_peer(args.peer_docs)
    seeds = bench_peer_on_seeds(HERE.parent)

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"machine: {machine}")
    head = ("docs", "MB", "s", "MB/s", "docs/s", "claims", "RSS MB first -> last")
    print("{:>8} {:>7} {:>7} {:>7} {:>8} {:>8} {:>20}".format(*head))
    for r in runs:
        cells = (r["docs"], r["mb"], r["seconds"], r["mb_per_s"], r["docs_per_s"], r["claims"])
        rss = f"{r['rss_first_mb']:.1f} -> {r['rss_last_mb']:.1f}"
        print("{:>8} {:>7.2f} {:>7.2f} {:>7.3f} {:>8.0f} {:>8} {:>20}".format(*cells, rss))
    print_files(files)
    print(f"extractor: {'compiled (mypyc)' if peer['compiled'] else 'Python (not compiled)'}")
    for label, p in (("generated English articles", peer), ("English seed articles", seeds)):
        print(
            f"peer on {p['docs']} {label}: quantulum3 {p['quantulum3_mb_per_s']:.4f} MB/s, "
            f"claimtab {p['claimtab_mb_per_s']:.3f} MB/s -> {p['ratio']:.0f}x"
        )
    print(f"  generated, claimtab's first round: {peer['claimtab_first_round_mb_per_s']:.3f} MB/s;"
          f" as Python: {peer['python_mb_per_s']:.3f} MB/s -> {peer['python_ratio']:.0f}x")
    print(
        f"files -> claims on {jobs['docs']} docs: 1 process {jobs['jobs1_s']:.1f} s, --jobs 2 "
        f"{jobs['jobs2_s']:.1f} s = {jobs['speedup']:.2f}x (same table: {jobs['identical']})"
    )
    if book:
        print(
            f"book: cold {book['cold_s']:.1f} s ({book['cold_over_floor']:.1f}x the floor), "
            f"rebuild {book['rebuild_s']:.1f} s ({book['rebuild_over_floor']:.2f}x), "
            f"floor (empty book) {book['floor_s']:.1f} s"
        )
    seeds_cli = commands["extract_seeds"]
    print(f"claimtab extract on the {seeds_cli['docs']} seed articles (a new process): "
          f"{seeds_cli['seconds']:.1f} s")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    words = numwords_table(300 if args.quick else 2000)
    print_numwords(words)

    results = {
        "date": _today(),
        "machine": {"cores": os.cpu_count(), "arch": platform.machine(),
                    "python": platform.python_version()},
        "commands": commands,
        "extraction": {
            "mb_per_s": round(largest["mb_per_s"], 4),
            "docs_per_s": round(largest["docs_per_s"], 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "quantulum3_ratio": round(peer["ratio"], 1),
            "sizes": [
                {k: round(v, 4) if isinstance(v, float) else v for k, v in r.items()} for r in runs
            ],
            "pipeline_docs_per_s": round(files["text"]["docs_per_s"], 1),
            "html_pipeline": _rounded(files["html"], 3),
            "files_pipeline": {
                "text": _rounded(files["text"], 3), "html": _rounded(files["html"], 3),
                "same_claims": files["same_claims"], "compared": files["compared"],
            },
            "peer": {k: round(v, 5) if isinstance(v, float) else v for k, v in peer.items()},
            "peer_on_seeds": {
                k: round(v, 5) if isinstance(v, float) else v for k, v in seeds.items()
            },
            "jobs2_speedup": round(jobs["speedup"], 3),
            "jobs": {k: round(v, 3) if isinstance(v, float) else v for k, v in jobs.items()},
        },
    }
    if book:
        results["book"] = {k: round(v, 3) for k, v in book.items()}
    results["number_words_roundtrip"] = words
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
