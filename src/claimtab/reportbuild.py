"""The ``report`` command: every notebook on an analyst's folder, built into a book under OUT.

A preflight loads the folder once (no extraction) to name every file that cannot be used and to
stop early when nothing can be analysed; the notebooks then run in a temporary tree beside OUT,
the book is built there, and the tree replaces OUT only when complete. A notebook that fails is
saved, as far as it ran, to ``OUT.failed/NN_name.ipynb`` (the error line names it).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from .bookbuild import BookError, build_book, notebook_templates, project_root
from .runner import NotebookJob, run_notebooks

#: Notebook parameters that point at the project's own data, relative to the project root.
PROJECT_DATA_PARAMS = {
    "annotations_dir": "data/annotations",
    "seeds_dir": "data/seeds",
    "testset_dir": "data/testset",
    "blindset_dir": "data/blindset",
    "blindset_next_dir": "data/blindset_next",
    "blindset_third_dir": "data/blindset_third",
    "blindset_fourth_dir": "data/blindset_fourth",
    "blindset_fifth_dir": "data/blindset_fifth",
    "blindset_sixth_dir": "data/blindset_sixth",
    "blindset_seventh_dir": "data/blindset_seventh",
    "blindset_eighth_dir": "data/blindset_eighth",
    "examples_dir": "data/seeds",
}
#: What the report copies from the project besides the notebooks (the re-run chapter prints the
#: benchmark's figures from its results file).
BOOK_FILES = ("_config.yml", "_toc.yml", "CITATION.cff", "benchmarks/results.json")


class ReportError(BookError):
    """A report cannot be made; the message is one line for the user."""


def failed_dir(out: Path) -> Path:
    """Where a report's failed notebooks are saved, as far as they ran: ``OUT.failed/``."""
    return out.parent / f"{out.name}.failed"


def build_report(
    corpus: str | os.PathLike[str],
    out: str | os.PathLike[str],
    root: str | os.PathLike[str] | None = None,
    progress: bool = True,
    max_bytes: int | None = None,
    workers: int = 2,
    manifest: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Run every notebook on ``corpus`` and build its book into ``out``, replaced only on success.

    ``manifest``: a metadata CSV for the corpus's files kept outside it (default: the corpus's
    own ``manifest.csv``, if any).

    Returns a summary: ``documents`` analysed, ``skipped`` (the Problems of the files left out)
    and ``index`` (the path of index.html). Raises ReportError (one line) when nothing can be
    analysed; ``out`` is then untouched.
    """
    project = project_root(root)
    src, dst = Path(corpus).resolve(), Path(out).resolve()
    if not src.is_dir():
        raise ReportError(f"{corpus}: not a folder")
    if dst == src or src in dst.parents or dst in src.parents or dst == project:
        raise ReportError(f"{out}: the report folder must be outside the corpus and the project")
    if max_bytes is not None:
        os.environ["CLAIMTAB_MAX_BYTES"] = str(max_bytes)  # the notebooks' kernels read it
    given = Path(manifest).resolve() if manifest else None
    if given is not None and not given.is_file():
        raise ReportError(f"{manifest}: no such manifest file")
    summary = preflight(src, progress=progress, max_bytes=max_bytes, manifest=given)
    tmp = dst.parent / f".{dst.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        _copy_book_pages(project, tmp)
        jobs = report_jobs(project, src, tmp / "book", failed_dir(dst), given)
        run_notebooks(jobs, workers=workers, progress=progress)
        index = build_book(tmp, strict=False, quiet=True)
        _swap_into_place(tmp, dst)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _remove_if_empty(failed_dir(dst))
    summary["index"] = str(dst / "_build" / "html" / index.name)
    return summary


def _copy_book_pages(project: Path, tmp: Path) -> None:
    """The book's configuration, prose pages and static files, copied into the report tree."""
    (tmp / "book").mkdir(parents=True)
    (tmp / "data" / "processed").mkdir(parents=True)
    for name in BOOK_FILES:
        if (project / name).is_file():  # a project without CITATION.cff still makes a report
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(project / name, tmp / name)
    for page in sorted((project / "book").iterdir()):
        if page.suffix == ".md":
            shutil.copy2(page, tmp / "book" / page.name)
    shutil.copytree(project / "book" / "_static", tmp / "book" / "_static")


def report_jobs(
    project: Path, corpus: Path, run_dir: Path, failed: Path, manifest: Path | None = None
) -> list[NotebookJob]:
    """One job per notebook template, its parameters pointing at the corpus and project data.

    A notebook's ``manifest`` is the one given, else "" (the corpus's own manifest.csv): never
    the seeds' manifest that the templates name by default.
    """
    import papermill as pm

    jobs = []
    for template in notebook_templates(project):
        declared = pm.inspect_notebook(str(template))
        params: dict[str, Any] = {}
        if "corpus_dir" in declared:
            params["corpus_dir"] = os.path.relpath(corpus, run_dir)
        if "manifest" in declared:
            params["manifest"] = os.path.relpath(manifest, run_dir) if manifest else ""
        for name, rel in PROJECT_DATA_PARAMS.items():
            if name in declared:
                params[name] = os.path.relpath(project / rel, run_dir)
        jobs.append(NotebookJob(template, run_dir / template.name, params, run_dir,
                                failed=failed / template.name))
    return jobs


def preflight(
    corpus: Path, progress: bool = True, max_bytes: int | None = None,
    manifest: Path | None = None,
) -> dict[str, Any]:
    """Load every file once (no extraction), with a progress bar, to report problems up front."""
    from tqdm import tqdm

    from .load import DEFAULT_MAX_BYTES, Document, Problem, corpus_files, iter_corpus
    from .pipeline import document_language

    n_files = len(corpus_files(corpus))
    if not n_files:
        raise ReportError(f"{corpus}: no .txt, .md or .html documents")
    analysed = 0
    skipped: list[Problem] = []
    not_analysed: list[Problem] = []
    limit = max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES
    with tqdm(total=n_files, unit="doc", disable=not progress, file=sys.stderr,
              desc="documents") as bar:
        for item in iter_corpus(corpus, max_bytes=limit, manifest=manifest):
            if isinstance(item, Document):
                bar.update(1)
                found = document_language(item)
                if isinstance(found, Problem):
                    not_analysed.append(found)
                else:
                    analysed += 1
                continue
            if item.severity == "skipped":
                bar.update(1)
                skipped.append(item)
            if progress:
                tqdm.write(str(item), file=sys.stderr)
    for problem in not_analysed if progress else []:
        tqdm.write(str(problem), file=sys.stderr)
    if analysed == 0:
        raise ReportError(f"{corpus}: no document could be read and analysed")
    return {"documents": analysed, "skipped": skipped + not_analysed}


def _remove_if_empty(folder: Path) -> None:
    """Remove a folder left empty (the failed notebooks of earlier runs, all since fixed)."""
    try:
        folder.rmdir()
    except OSError:
        pass


def _swap_into_place(tmp: Path, dst: Path) -> None:
    """Move the finished report to ``dst``; an older report there is removed only afterwards."""
    old = dst.parent / f".{dst.name}.old-{os.getpid()}"
    if dst.exists():
        os.replace(dst, old)
    try:
        os.replace(tmp, dst)
    except BaseException:
        if old.exists() and not dst.exists():
            os.replace(old, dst)
        raise
    shutil.rmtree(old, ignore_errors=True)
