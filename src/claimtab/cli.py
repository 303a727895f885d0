"""Command line: ``python -m claimtab COMMAND``, one command per job (``--help`` lists them).

- ``extract``: the claims table of a folder (one process, ``--jobs N`` or Dask);
- ``report``: every notebook on a folder, built into a book under OUT (``claimtab.reportbuild``);
- ``book``: the seed book: execute the notebooks whose inputs changed, then build the HTML
  (``--no-run``: only build) (``claimtab.bookbuild``);
- ``run-notebook``: execute one notebook template with its parameters (``claimtab.runner``);
- ``new-language``: start a language file from CLDR (``claimtab.scaffold``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .load import DEFAULT_MAX_BYTES
from .text import count


def _run_notebook(args: argparse.Namespace) -> int:
    from .runner import NotebookJob, run_notebooks

    out = Path(args.output)
    cwd = Path(args.cwd) if args.cwd else out.parent
    params = {}
    for name in ("corpus", "output_dir"):
        value = getattr(args, name)
        if value is not None:
            key = "corpus_dir" if name == "corpus" else name
            # Paths are given relative to the caller; the notebook runs in ``cwd``.
            params[key] = os.path.relpath(Path(value).resolve(), cwd.resolve())
    for item in args.param or []:
        key, _, value = item.partition("=")
        params[key] = value
    failed = out.with_name(f"{out.stem}.failed{out.suffix}")
    job = NotebookJob(Path(args.template), out, params, cwd, failed=failed)
    run_notebooks([job], workers=1, progress=not args.quiet)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .load import corpus_files
    from .pipeline import extract_to_file, extract_with_dask

    try:
        n_files = len(corpus_files(args.corpus))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if n_files == 0:
        print(f"error: {args.corpus}: no .txt, .md or .html documents", file=sys.stderr)
        return 2
    if args.engine == "dask":
        out = extract_with_dask(args.corpus, args.output, scheduler=args.scheduler,
                                max_bytes=args.max_bytes, lang_dir=args.lang_dir,
                                manifest=args.manifest)
        if not args.quiet:
            print(f"claims of {n_files} files written to {out}/ (partitioned Parquet)",
                  file=sys.stderr)
        return 0
    show_bar = not args.quiet and n_files >= args.progress_from
    bad = []
    with tqdm(total=n_files, unit="doc", disable=not show_bar, file=sys.stderr) as bar:

        def progress(result):  # type: ignore[no-untyped-def]
            bar.update(1)
            for problem in result.problems:
                tqdm.write(str(problem), file=sys.stderr)
                if problem.severity == "skipped":
                    bad.append(problem)

        try:
            analysed, rows, _problems = extract_to_file(
                args.corpus, args.output, n_jobs=args.jobs, max_bytes=args.max_bytes,
                lang_dir=args.lang_dir, on_result=progress, manifest=args.manifest,
            )
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    if analysed == 0:
        print(f"error: {args.corpus}: no document could be analysed", file=sys.stderr)
        return 2
    if not args.quiet:
        skipped = f"; {count(len(bad), 'file')} skipped" if bad else ""
        found = f"{count(rows, 'claim')} from {count(analysed, 'document')}"
        print(f"{found} written to {args.output}{skipped}", file=sys.stderr)
    return 1 if bad else 0


def _report(args: argparse.Namespace) -> int:
    from .reportbuild import build_report

    summary = build_report(args.corpus, args.out, progress=not args.quiet, max_bytes=args.max_bytes,
                           manifest=args.manifest)
    skipped = summary["skipped"]
    print(
        f"{count(summary['documents'], 'document')} analysed"
        + (
            f", {count(len(skipped), 'file')} skipped (listed in the book's sources chapter)"
            if skipped
            else ""
        )
        + f"\nBook: {summary['index']}"
    )
    return 1 if skipped else 0


def _book(args: argparse.Namespace) -> int:
    from .bookbuild import build_seed_book

    index = build_seed_book(workers=args.workers, force=args.force, run=not args.no_run,
                            progress=not args.quiet)
    print(f"Book: {index}")
    return 0


def _new_language(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, new_language

    try:
        done = new_language(args.code, Path(args.out) if args.out else None, icu=args.icu_python,
                            numwords=not args.no_numwords)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(done.lines))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtab`` command."""
    parser = argparse.ArgumentParser(
        prog="claimtab",
        description="Tabulate the claims of news articles, and publish them as a Jupyter Book.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(sub)
    _add_report(sub)
    _add_book(sub)
    _add_run_notebook(sub)
    _add_new_language(sub)
    return parser


def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``extract`` command: the claims table of a folder."""
    ex = sub.add_parser(
        "extract",
        help="write the claims table of every document in a folder",
        description="Exit status: 0 all documents analysed, 1 some files skipped (each named on "
        "stderr with its reason), 2 nothing could be analysed.",
    )
    ex.add_argument("corpus", help="folder of .txt / .md / .html articles (read recursively)")
    ex.add_argument("-o", "--output", default="claims.csv", help="claims.csv or claims.parquet")
    ex.add_argument("--lang-dir", help="extra folder of language files")
    ex.add_argument("--manifest", help="metadata CSV for the folder's files (default: the "
                    "folder's manifest.csv)")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip larger files")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="dask: run on a Dask cluster and write partitioned Parquet to OUTPUT/",
    )
    ex.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    ex.add_argument("--progress-from", type=int, default=50, help=argparse.SUPPRESS)
    ex.add_argument("-q", "--quiet", action="store_true")
    ex.set_defaults(func=_extract)


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``report`` command: every notebook on a folder, as a book."""
    rp = sub.add_parser(
        "report",
        help="every notebook on a folder, built into a book under OUT",
        description="Exit status: 0 every file analysed, 1 some files skipped (each named with "
        "its reason), 2 no report made (OUT is left as it was). A notebook that fails is "
        "saved, as far as it ran, to OUT.failed/.",
    )
    rp.add_argument("corpus", help="folder of .txt / .md / .html articles")
    rp.add_argument("out", help="report folder (replaced only when the new report is complete)")
    rp.add_argument("--max-bytes", type=int, help="skip files larger than this")
    rp.add_argument("--manifest", help="metadata CSV for the folder's files (default: the "
                    "folder's manifest.csv)")
    rp.add_argument("-q", "--quiet", action="store_true")
    rp.set_defaults(func=_report)


def _add_book(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``book`` command: execute the seed notebooks, build the book."""
    bk = sub.add_parser(
        "book",
        help="execute the notebooks whose inputs changed, then build the book",
        description="Execute into book/ the notebooks whose inputs changed (on long-lived "
        "kernels, each after the notebooks it needs), then build the HTML book with warnings as "
        "errors. A notebook that fails is saved, as far as it ran, to _build/failed/.",
    )
    bk.add_argument("--force", action="store_true", help="execute every notebook")
    bk.add_argument("--no-run", action="store_true", help="execute nothing; only build the HTML")
    bk.add_argument("--workers", type=int, default=2, help="kernels run side by side (default 2)")
    bk.add_argument("-q", "--quiet", action="store_true")
    bk.set_defaults(func=_book)


def _add_run_notebook(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``run-notebook`` command: execute one notebook template."""
    nb = sub.add_parser(
        "run-notebook",
        help="execute one notebook template with its parameters",
        description="A failing notebook is saved, as far as it ran, beside OUTPUT as "
        "NAME.failed.ipynb.",
    )
    nb.add_argument("template")
    nb.add_argument("output")
    nb.add_argument("--corpus", help="corpus folder (default: the notebook's own default)")
    nb.add_argument("--output-dir", help="folder for tables (default: the notebook's own)")
    nb.add_argument("--cwd", help="folder the notebook runs in (default: the output's folder)")
    nb.add_argument("-p", "--param", action="append", help="extra parameter NAME=VALUE")
    nb.add_argument("-q", "--quiet", action="store_true")
    nb.set_defaults(func=_run_notebook)


def _add_new_language(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``new-language`` command: a language file pre-filled from CLDR."""
    nl = sub.add_parser(
        "new-language",
        help="start a language file from what CLDR knows, marking what a person must add",
        description="Write CODE.toml (never over an existing file) with CLDR's decimal and group "
        "symbols, percent sign, scale abbreviations, month names and country names, every other "
        "key empty under a TODO comment; and numwords/CODE.json, the number words, with "
        "tools/gen_numwords.py (PyICU). Exit status: 0 written, 2 not written.",
    )
    nl.add_argument("code", help="ISO 639-1 code, e.g. sk")
    nl.add_argument("--out", help="folder for the file (default: the package's languages folder)")
    nl.add_argument("--icu-python", help="a Python that imports PyICU, for the number words "
                    "(default: $CLAIMTAB_ICU_PYTHON, this Python, or /usr/bin/python3)")
    nl.add_argument("--no-numwords", action="store_true", help="write only the language file")
    nl.set_defaults(func=_new_language)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from .bookbuild import BookError
    from .runner import NotebookFailed

    try:
        return int(args.func(args))
    except (NotebookFailed, BookError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
