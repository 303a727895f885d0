"""Build the Jupyter Book from the notebooks (executed by claimtab.runner), and reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from .io import atomic_open

#: Notebook-level papermill metadata that changes from run to run (times, temp paths).
_VOLATILE_NB_KEYS = (
    "start_time", "end_time", "duration", "exception", "input_path", "output_path",
    "environment_variables",
)  # fmt: skip
KERNEL = "python3"


def clean_notebook_dict(text: str) -> str:
    """A notebook's JSON without run-dependent metadata (timings, temp paths), keys sorted."""
    nb: dict[str, Any] = json.loads(text)
    pm = nb.get("metadata", {}).get("papermill", {})
    for key in _VOLATILE_NB_KEYS:
        pm.pop(key, None)
    nb.get("metadata", {}).pop("widgets", None)
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {})
        meta.pop("papermill", None)
        meta.pop("execution", None)
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def clean_notebook(path: str | os.PathLike[str]) -> None:
    """Remove run-dependent metadata from a notebook file, in place."""
    p = Path(path)
    data = clean_notebook_dict(p.read_text(encoding="utf-8"))
    with atomic_open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


def build_book(
    root: str | os.PathLike[str] = ".",
    strict: bool = True,
    builddir: str | os.PathLike[str] | None = None,
    quiet: bool = False,
) -> Path:
    """Build the HTML book (warnings are errors when strict); return the path of index.html."""
    exe = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(exe) if exe.exists() else "jupyter-book", "build", str(root), "--builder", "html"]
    if builddir is not None:
        cmd += ["--path-output", str(builddir)]
    if strict:
        cmd += ["-W", "-n", "--keep-going"]
    if quiet:
        # Jupyter Book prints a banner even with -q: keep its output, and show it only on failure.
        done = subprocess.run(cmd + ["-q"], capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stdout[-5000:] + done.stderr[-5000:])
            raise subprocess.CalledProcessError(done.returncode, cmd)
    else:
        subprocess.run(cmd, check=True)
    out = Path(builddir) if builddir is not None else Path(root)
    return (out / "_build" / "html" / "index.html").resolve()


def notebook_templates(project: Path) -> list[Path]:
    """The notebook templates, in reading order."""
    return sorted((project / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def build_seed_book(
    root: str | os.PathLike[str] | None = None,
    workers: int = 2,
    force: bool = False,
    build: bool = True,
    progress: bool = True,
) -> Path | None:
    """Execute the notebooks whose inputs changed (all with force) into book/, then build."""
    from .runner import NotebookJob, input_files, outdated, run_notebooks

    project = project_root(root)
    data = project / "data"
    inputs = input_files(project / "src" / "claimtab", data / "seeds", data / "testset",
                         data / "annotations")  # fmt: skip
    jobs = [NotebookJob(t, project / "book" / t.name, {}, project / "book")
            for t in notebook_templates(project)]  # fmt: skip
    chosen: dict[str, NotebookJob] = {}
    outputs = {j.name: j.output for j in jobs}
    for job in jobs:  # in reading order, so a need is decided before what needs it
        needed_again = any(n in chosen for n in job.needs())
        if force or needed_again or outdated(job, inputs, outputs):
            chosen[job.name] = job
    run_notebooks(list(chosen.values()), workers=workers, progress=progress)
    if not build:
        return None
    return build_book(project, strict=True, quiet=not progress)


# --------------------------------------------------------------------------- reports

#: Notebook parameters that point at the project's own data, relative to the project root.
PROJECT_DATA_PARAMS = {
    "annotations_dir": "data/annotations",
    "seeds_dir": "data/seeds",
    "testset_dir": "data/testset",
    "examples_dir": "data/seeds",
}
#: What the report copies from the project besides the notebooks.
BOOK_FILES = ("_config.yml", "_toc.yml")


class ReportError(RuntimeError):
    """A report cannot be made; the message is one line for the user."""


def project_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding notebooks/ and _toc.yml: from ``start`` (or here) upwards."""
    candidates = [Path(start or Path.cwd()).resolve(), Path(__file__).resolve()]
    for c in candidates:
        for folder in (c, *c.parents):
            if (folder / "_toc.yml").is_file() and (folder / "notebooks").is_dir():
                return folder
    raise ReportError("cannot find the project (a folder with notebooks/ and _toc.yml)")


def build_report(
    corpus: str | os.PathLike[str],
    out: str | os.PathLike[str],
    root: str | os.PathLike[str] | None = None,
    progress: bool = True,
    max_bytes: int | None = None,
    workers: int = 2,
) -> dict[str, Any]:
    """Run every notebook on ``corpus`` and build its book into ``out``, replaced only on success.

    Returns a summary: documents analysed, files skipped (with reasons) and the index.html path.
    Raises ReportError (one line) when nothing can be analysed; ``out`` is then untouched.
    """
    import papermill as pm

    from .runner import NotebookJob, run_notebooks

    project = project_root(root)
    src, dst = Path(corpus).resolve(), Path(out).resolve()
    if not src.is_dir():
        raise ReportError(f"{corpus}: not a folder")
    if dst == src or src in dst.parents or dst in src.parents or dst == project:
        raise ReportError(f"{out}: the report folder must be outside the corpus and the project")
    if max_bytes is not None:
        os.environ["CLAIMTAB_MAX_BYTES"] = str(max_bytes)  # the notebooks' kernels read it
    summary = preflight(src, progress=progress, max_bytes=max_bytes)
    tmp = dst.parent / f".{dst.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        (tmp / "book").mkdir(parents=True)
        (tmp / "data" / "processed").mkdir(parents=True)
        for name in BOOK_FILES:
            shutil.copy2(project / name, tmp / name)
        for page in sorted((project / "book").iterdir()):
            if page.suffix == ".md":
                shutil.copy2(page, tmp / "book" / page.name)
        shutil.copytree(project / "book" / "_static", tmp / "book" / "_static")
        run_dir = tmp / "book"
        jobs = []
        for template in notebook_templates(project):
            declared = pm.inspect_notebook(str(template))
            params: dict[str, Any] = {}
            if "corpus_dir" in declared:
                params["corpus_dir"] = os.path.relpath(src, run_dir)
            for name, rel in PROJECT_DATA_PARAMS.items():
                if name in declared:
                    params[name] = os.path.relpath(project / rel, run_dir)
            jobs.append(NotebookJob(template, run_dir / template.name, params, run_dir))
        run_notebooks(jobs, workers=workers, progress=progress)
        index = build_book(tmp, strict=False, quiet=True)
        _swap_into_place(tmp, dst)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    summary["index"] = str(dst / "_build" / "html" / index.name)
    return summary


def preflight(corpus: Path, progress: bool = True, max_bytes: int | None = None) -> dict[str, Any]:
    """Load and extract every file once, with a progress bar, to report problems up front."""
    from tqdm import tqdm

    from .extract import extract_document
    from .languages import LanguageError
    from .load import Document, corpus_files, iter_corpus

    files = corpus_files(corpus)
    if not files:
        raise ReportError(f"{corpus}: no .txt, .md or .html documents")
    analysed, skipped = 0, []
    with tqdm(total=len(files), unit="doc", disable=not progress, file=sys.stderr,
              desc="documents") as bar:  # fmt: skip
        limit = {"max_bytes": max_bytes} if max_bytes is not None else {}
        for item in iter_corpus(corpus, **limit):
            if isinstance(item, Document):
                bar.update(1)
                try:
                    extract_document(item)
                    analysed += 1
                except LanguageError as exc:
                    skipped.append(f"{item.file}: skipped: {exc}")
            else:
                if item.severity == "skipped":
                    bar.update(1)
                    skipped.append(str(item))
                if progress:
                    tqdm.write(str(item), file=sys.stderr)
    for line in skipped if progress else []:
        if "not analysed" in line:
            tqdm.write(line, file=sys.stderr)
    if analysed == 0:
        raise ReportError(f"{corpus}: no document could be read and analysed")
    return {"documents": analysed, "skipped": skipped}


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
