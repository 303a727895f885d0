"""Run the notebooks' own code in this process: the same cells, without a kernel (fast).

A cheap stand-in for executing each template with papermill: every code cell of each notebook
is executed in order in a fresh namespace, after the cell tagged ``parameters`` with the
parameters given, in the notebook's own folder; the value of a cell's last expression is
turned into text as a notebook would show it. Used by the property-based test of corpus shapes.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any

from helpers import ROOT

#: The notebooks that read the corpus or the tables made from it, in an order their needs allow.
CORPUS_NOTEBOOKS = ["01_sources", "03_claims", "04_troops", "05_munitions", "06_payments",
                    "07_agreement", "11_data_dictionary", "00_introduction"]
TABLES = ["documents.csv", "load_problems.csv", "claims.csv", "claims.parquet",
          "datapackage.json", "shared_text.csv"]


class CellFailed(RuntimeError):
    """A notebook cell raised; the message names the notebook, the cell and the error."""


def _cells(name: str, kind: str) -> list[tuple[list[str], str]]:
    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] == kind:
            src = cell["source"]
            cells.append((cell["metadata"].get("tags", []), "".join(src) if isinstance(src, list)
                          else src))
    return cells


def code_cells(name: str) -> list[tuple[list[str], str]]:
    """(tags, source) of each code cell of a notebook template."""
    return _cells(name, "code")


def prose(name: str, glued: dict[str, Any]) -> str:
    """A notebook's markdown with every ``{glue:text}`name``` filled in, as the book shows it."""
    text = "\n\n".join(src for _tags, src in _cells(name, "markdown"))
    return re.sub(r"\{glue:text\}`([^`]+)`", lambda m: str(glued.get(m.group(1), m.group(0))), text)


def run_cell(source: str, namespace: dict[str, Any]) -> str:
    """Execute one cell; return what it prints and the repr of its last expression."""
    tree = ast.parse(source)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not source.rstrip().endswith(";"):
        last = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, "<cell>", "exec"), namespace)  # noqa: S102 - the notebook's own code
        if last is not None:
            value = eval(compile(last, "<cell>", "eval"), namespace)  # noqa: S307
            if value is not None:
                out.write(repr(value))
    return out.getvalue()


def run_notebook(
    name: str, params: dict[str, Any], cwd: Path, glued: dict[str, Any] | None = None
) -> list[str]:
    """Run one notebook's code cells with ``params``; return each cell's text output.

    Values the notebook glues for its prose are collected in ``glued``.
    """
    import myst_nb

    namespace: dict[str, Any] = {"__name__": "__main__"}
    outputs = []
    old, old_glue = Path.cwd(), myst_nb.glue
    myst_nb.glue = lambda key, value, display=True: (glued if glued is not None else {}).update(
        {key: value}
    )
    os.chdir(cwd)
    try:
        for i, (tags, source) in enumerate(code_cells(name)):
            if "parameters" in tags:
                source += "\n" + "\n".join(f"{k} = {v!r}" for k, v in params.items())
            try:
                outputs.append(run_cell(source, namespace))
            except Exception as exc:
                raise CellFailed(f"{name} code cell {i}: {type(exc).__name__}: {exc}") from exc
    finally:
        os.chdir(old)
        myst_nb.glue = old_glue
    return outputs


def run_corpus_notebooks(corpus: Path, work: Path) -> dict[str, str]:
    """Run every notebook that reads the corpus on ``corpus`` (tables go to ``work/tables``).

    Returns each notebook's prose with its glued values filled in.
    """
    tables = work / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    params = {"corpus_dir": str(Path(corpus).resolve()), "output_dir": str(tables.resolve())}
    results = {}
    for name in CORPUS_NOTEBOOKS:
        declared = {line.split("=")[0].strip() for tags, src in code_cells(name)
                    if "parameters" in tags
                    for line in src.splitlines() if "=" in line}
        glued: dict[str, Any] = {}
        run_notebook(name, {k: v for k, v in params.items() if k in declared}, work, glued)
        results[name] = prose(name, glued)
    return results
