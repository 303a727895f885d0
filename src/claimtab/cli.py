"""Command line: ``python -m claimtab {extract,run-notebook,build-book} ...``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _run_notebook(args: argparse.Namespace) -> int:
    from .book import execute_notebook

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
    execute_notebook(args.template, out, params, cwd=cwd, progress=not args.quiet)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .extract import claims_table, extract_document
    from .io import write_table
    from .languages import LanguageError
    from .load import Document, corpus_files, iter_corpus

    try:
        n_files = len(corpus_files(args.corpus))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if n_files == 0:
        print(f"error: {args.corpus}: no .txt or .md documents", file=sys.stderr)
        return 2
    claims = []
    n_docs = n_bad = 0
    show_bar = not args.quiet and n_files >= args.progress_from
    items = iter_corpus(args.corpus, max_bytes=args.max_bytes, lang_dir=args.lang_dir)
    with tqdm(total=n_files, unit="doc", disable=not show_bar, file=sys.stderr) as bar:
        for item in items:
            if isinstance(item, Document):
                bar.update(1)
                try:
                    claims.extend(extract_document(item, args.lang_dir))
                    n_docs += 1
                except LanguageError as exc:
                    n_bad += 1
                    tqdm.write(f"{item.file}: skipped: {exc}", file=sys.stderr)
            else:
                if item.severity == "skipped":
                    bar.update(1)
                    n_bad += 1
                tqdm.write(str(item), file=sys.stderr)
    if n_docs == 0:
        print(f"error: {args.corpus}: no document could be analysed", file=sys.stderr)
        return 2
    df = claims_table(claims).sort_values(["doc_id", "start"], kind="stable")
    write_table(df.reset_index(drop=True), args.output)
    if not args.quiet:
        print(
            f"{len(df)} claims from {n_docs} documents written to {args.output}"
            + (f"; {n_bad} files skipped" if n_bad else ""),
            file=sys.stderr,
        )
    return 1 if n_bad else 0


def _report(args: argparse.Namespace) -> int:
    from .book import ReportError, build_report

    try:
        summary = build_report(
            args.corpus, args.out, progress=not args.quiet, max_bytes=args.max_bytes
        )
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    skipped = summary["skipped"]
    print(
        f"{summary['documents']} documents analysed"
        + (
            f", {len(skipped)} files skipped (listed in the book's sources chapter)"
            if skipped
            else ""
        )
        + f"\nBook: {summary['index']}"
    )
    return 1 if skipped else 0


def _build_book(args: argparse.Namespace) -> int:
    from .book import build_book

    index = build_book(args.root, strict=not args.lax, quiet=args.quiet)
    print(f"Book: {index}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtab`` command."""
    parser = argparse.ArgumentParser(prog="claimtab", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    nb = sub.add_parser("run-notebook", help="execute one notebook template with papermill")
    nb.add_argument("template")
    nb.add_argument("output")
    nb.add_argument("--corpus", help="corpus folder (default: the notebook's own default)")
    nb.add_argument("--output-dir", help="folder for tables (default: the notebook's own)")
    nb.add_argument("--cwd", help="folder the notebook runs in (default: the output's folder)")
    nb.add_argument("-p", "--param", action="append", help="extra parameter NAME=VALUE")
    nb.add_argument("-q", "--quiet", action="store_true")
    nb.set_defaults(func=_run_notebook)

    ex = sub.add_parser(
        "extract",
        help="write the claims table of every document in a folder",
        description="Exit status: 0 all documents analysed, 1 some files skipped (each named on "
        "stderr with its reason), 2 nothing could be analysed.",
    )
    ex.add_argument("corpus", help="folder of .txt / .md articles (searched recursively)")
    ex.add_argument("-o", "--output", default="claims.csv", help="claims.csv or claims.parquet")
    ex.add_argument("--lang-dir", help="extra folder of language files")
    ex.add_argument("--max-bytes", type=int, default=5_000_000, help="skip larger files")
    ex.add_argument("--progress-from", type=int, default=50, help=argparse.SUPPRESS)
    ex.add_argument("-q", "--quiet", action="store_true")
    ex.set_defaults(func=_extract)

    rp = sub.add_parser(
        "report",
        help="run every notebook on a folder and build its book into OUT",
        description="Exit status: 0 every file analysed, 1 some files skipped (each named with "
        "its reason), 2 no report made (OUT is left as it was).",
    )
    rp.add_argument("corpus", help="folder of .txt / .md / .html articles")
    rp.add_argument("out", help="report folder (replaced only when the new report is complete)")
    rp.add_argument("--max-bytes", type=int, help="skip files larger than this")
    rp.add_argument("-q", "--quiet", action="store_true")
    rp.set_defaults(func=_report)

    bb = sub.add_parser("build-book", help="build the HTML book with Jupyter Book")
    bb.add_argument("root", nargs="?", default=".")
    bb.add_argument("--lax", action="store_true", help="do not treat warnings as errors")
    bb.add_argument("-q", "--quiet", action="store_true")
    bb.set_defaults(func=_build_book)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
