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
