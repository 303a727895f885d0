"""The benchmark's figures as the book prints them, read from ``benchmarks/results.json``.

``python benchmarks/run.py`` writes the JSON; the book's Sphinx extension (``claimtab.sphinxext``)
turns it into MyST substitutions (``{{ bench_mb_per_s }}`` in a page), so a new benchmark run
changes the page with no hand edit. A key the page needs and the JSON lacks stops the build with
one line naming the file and the key: a page never shows an empty cell or an old figure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Where the benchmark writes its results, relative to the project's root.
RESULTS = Path("benchmarks") / "results.json"


class BenchmarkResultsError(Exception):
    """The results file is missing, unreadable or lacks a figure; the message is one line."""


def load_results(path: Path) -> dict[str, Any]:
    """The benchmark's results file, parsed; one clear error when it is missing or not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BenchmarkResultsError(f"{path}: no benchmark results (python benchmarks/run.py "
                                    "writes them)") from None
    except (OSError, ValueError) as error:
        raise BenchmarkResultsError(f"{path}: not readable as JSON ({error})") from None


def lookup(results: dict[str, Any], key: str, source: str = str(RESULTS)) -> Any:
    """The value at a dotted key ("book.cold_s", "extraction.sizes.0.docs"); an error naming
    the file and the key if it is absent."""
    value: Any = results
    for part in key.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
            continue
        if not isinstance(value, dict) or value.get(part) is None:
            raise BenchmarkResultsError(f"{source}: no {key!r} (the book's run-time figures need "
                                        "it; re-run python benchmarks/run.py)")
        value = value[part]
    return value


def seconds(value: float) -> str:
    """A wall-clock time as the page writes it: "6.7 s", "68 s", "3 min (183 s)"."""
    if value >= 120:
        return f"{value / 60:.0f} min ({value:.0f} s)"
    return f"{value:.1f} s" if value < 10 else f"{value:.0f} s"


def rate_range(rates: list[float]) -> str:
    """Rates to two decimals, as a range when they differ: "0.77–0.83"."""
    low, high = f"{min(rates):.2f}", f"{max(rates):.2f}"
    return low if low == high else f"{low}–{high}"


#: What a single measure of ``commands`` (``run.py --only NAME``) times, for the page.
COMMAND_LABELS = {"extract_seeds": "the time of the seed articles"}


def _machine(results: dict[str, Any], source: str) -> str:
    """The machine and the day the figures were taken, as far as the JSON records them."""
    cores = lookup(results, "machine.cores", source)
    python = lookup(results, "machine.python", source)
    arch = results["machine"].get("arch")
    date = results.get("date")
    text = f"{cores} cores{f' ({arch})' if arch else ''}, Python {python}"
    text += f", on {date}" if date else "; the results file records no date for the full run"
    later = {name: m["date"] for name, m in sorted(results.get("commands", {}).items())
             if m.get("date") and m["date"] != date}
    for name, day in later.items():
        text += f"; {COMMAND_LABELS.get(name, name)} taken on {day}"
    return text


def figures(results: dict[str, Any], source: str = str(RESULTS)) -> dict[str, str]:
    """Every benchmark figure a book page prints, by substitution name, formatted for reading."""
    def get(key: str) -> Any:
        value = lookup(results, key, source)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BenchmarkResultsError(f"{source}: {key!r} is {value!r}, not a number")
        return value

    # An empty list of sizes fails at "extraction.sizes.0".
    sizes = range(len(lookup(results, "extraction.sizes", source)) or 1)
    docs = [get(f"extraction.sizes.{i}.docs") for i in sizes]
    return {
        "bench_machine": _machine(results, source),
        "bench_mb_per_s": rate_range([get(f"extraction.sizes.{i}.mb_per_s") for i in sizes]),
        "bench_sizes": f"{min(docs):,} to {max(docs):,}",
        "bench_text_mb_per_s": f"{get('extraction.files_pipeline.text.mb_per_s'):.2f}",
        "bench_html_mb_per_s": f"{get('extraction.files_pipeline.html.mb_per_s'):.2f}",
        "bench_jobs_docs": f"{get('extraction.jobs.docs'):,}",
        "bench_jobs1_s": seconds(get("extraction.jobs.jobs1_s")),
        "bench_jobs2_s": seconds(get("extraction.jobs.jobs2_s")),
        "bench_jobs_speedup": f"{get('extraction.jobs.speedup'):.2f}",
        "bench_seeds_docs": f"{get('commands.extract_seeds.docs'):,}",
        "bench_seeds_s": seconds(get("commands.extract_seeds.seconds")),
        "bench_book_cold_s": seconds(get("book.cold_s")),
        "bench_book_rebuild_s": seconds(get("book.rebuild_s")),
        **_peer(results, source, get),
    }


def _peer(results: dict[str, Any], source: str, get: Any) -> dict[str, str]:
    """The comparison with quantulum3, compiled and as Python."""
    compiled = lookup(results, "extraction.peer.compiled", source)
    if not isinstance(compiled, bool):
        raise BenchmarkResultsError(f"{source}: 'extraction.peer.compiled' is {compiled!r}")
    return {
        "bench_extractor": "compiled (mypyc)" if compiled else "run as Python, not compiled",
        "bench_peer_docs": f"{get('extraction.peer.docs'):,}",
        "bench_peer_mb_per_s": f"{get('extraction.peer.claimtab_mb_per_s'):.2f}",
        "bench_peer_ratio": f"{get('extraction.peer.ratio'):.0f}",
        "bench_quantulum3_mb_per_s": f"{get('extraction.peer.quantulum3_mb_per_s'):.3f}",
        "bench_python_mb_per_s": f"{get('extraction.peer.python_mb_per_s'):.2f}",
        "bench_python_ratio": f"{get('extraction.peer.python_ratio'):.0f}",
    }


def figures_of(root: Path) -> dict[str, str]:
    """The figures of the results file under a project's root (``benchmarks/results.json``)."""
    path = root / RESULTS
    return figures(load_results(path), str(path))
