"""Run the parameterised notebooks with papermill and build the Jupyter Book."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .io import atomic_open, atomic_path

#: Notebook-level papermill metadata that changes from run to run (times, temp paths).
_VOLATILE_NB_KEYS = (
    "start_time", "end_time", "duration", "exception", "input_path", "output_path",
    "environment_variables",
)  # fmt: skip
KERNEL = "python3"


def clean_notebook(path: str | os.PathLike[str]) -> None:
    """Remove run-dependent metadata (timings, temp paths) so re-runs give identical files."""
    p = Path(path)
    nb: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    pm = nb.get("metadata", {}).get("papermill", {})
    for key in _VOLATILE_NB_KEYS:
        pm.pop(key, None)
    nb.get("metadata", {}).pop("widgets", None)
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {})
        meta.pop("papermill", None)
        meta.pop("execution", None)
    with atomic_open(p, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(nb, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


def execute_notebook(
    template: str | os.PathLike[str],
    output: str | os.PathLike[str],
    parameters: dict[str, Any] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    progress: bool = True,
) -> Path:
    """Execute a notebook into ``output`` with papermill; on failure ``output`` is untouched."""
    import papermill as pm

    out = Path(output)
    run_dir = Path(cwd) if cwd is not None else out.parent
    with atomic_path(out) as tmp:
        pm.execute_notebook(
            str(template),
            str(tmp),
            parameters=parameters or {},
            kernel_name=KERNEL,
            cwd=str(run_dir),
            progress_bar=progress,
            report_mode=False,
        )
        clean_notebook(tmp)
    return out


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
        cmd += ["-q"]
    subprocess.run(cmd, check=True)
    out = Path(builddir) if builddir is not None else Path(root)
    return (out / "_build" / "html" / "index.html").resolve()
