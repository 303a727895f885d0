"""The seed book: which notebooks are stale, executing them into book/, and Jupyter Book builds.

Notebooks are executed by ``claimtab.runner``; this module decides which, where, and builds the
HTML. A notebook that fails is saved, as far as it ran, to ``_build/failed/`` (the error names it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .runner import NotebookJob, run_notebooks

#: Where the seed book keeps a notebook that failed, as far as it ran (relative to the project).
FAILED_DIR = Path("_build") / "failed"
#: The seeds' metadata (outlet, title, date, language, URL where known), kept outside data/seeds/
#: so that folder stays byte-identical to the original articles; the notebooks name it by default.
SEEDS_MANIFEST = "seeds_manifest.csv"


class BookError(RuntimeError):
    """A book cannot be made; the message is one line for the user."""


def project_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding notebooks/ and _toc.yml: from ``start`` (or here) upwards."""
    candidates = [Path(start or Path.cwd()).resolve(), Path(__file__).resolve()]
    for c in candidates:
        for folder in (c, *c.parents):
            if (folder / "_toc.yml").is_file() and (folder / "notebooks").is_dir():
                return folder
    raise BookError("cannot find the project (a folder with notebooks/ and _toc.yml)")


def notebook_templates(project: Path) -> list[Path]:
    """The notebook templates, in reading order."""
    return sorted((project / "notebooks").glob("[0-9][0-9]_*.ipynb"))


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


def input_files(*folders: Path) -> list[Path]:
    """Every file below the folders (what a notebook's results can depend on)."""
    out: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            out.extend(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return out


def outdated(job: NotebookJob, inputs: list[Path], done_outputs: dict[str, Path]) -> bool:
    """True when the output is missing or older than its template, any input, or a need."""
    if not job.output.exists():
        return True
    built = job.output.stat().st_mtime
    newer = [job.template, *inputs, *(done_outputs[n] for n in job.needs() if n in done_outputs)]
    return any(p.exists() and p.stat().st_mtime > built for p in newer)


def stale_jobs(project: Path, force: bool = False) -> list[NotebookJob]:
    """The seed book's notebooks to execute: changed inputs, or a notebook they need re-run."""
    data = project / "data"
    inputs = input_files(project / "src" / "claimtab", data / "seeds", data / "testset",
                         data / "annotations") + [data / SEEDS_MANIFEST]
    jobs = [NotebookJob(t, project / "book" / t.name, {}, project / "book",
                        failed=project / FAILED_DIR / t.name)
            for t in notebook_templates(project)]
    outputs = {j.name: j.output for j in jobs}
    chosen = {j.name for j in jobs if force or outdated(j, inputs, outputs)}
    grown = True
    while grown:  # a notebook that needs a re-run one is re-run, whatever their reading order
        more = {j.name for j in jobs if j.name not in chosen and set(j.needs()) & chosen}
        chosen |= more
        grown = bool(more)
    return [j for j in jobs if j.name in chosen]


def build_seed_book(
    root: str | os.PathLike[str] | None = None,
    workers: int = 2,
    force: bool = False,
    run: bool = True,
    progress: bool = True,
) -> Path:
    """Execute the notebooks whose inputs changed (all with force) into book/, then build.

    With ``run=False`` only the HTML is built, from the executed notebooks as stored.
    """
    project = project_root(root)
    if run:
        run_notebooks(stale_jobs(project, force), workers=workers, progress=progress)
    return build_book(project, strict=True, quiet=not progress)
