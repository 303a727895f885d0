"""Snapshot every output a refactor must keep byte-identical, for comparison with ``diff -r``.

``python benchmarks/snapshot.py OUT_DIR [N]`` writes into OUT_DIR:

- ``claims_seeds.csv``, ``claims_testset.csv``, ``claims_generated.csv``: the claims tables that
  ``python -m claimtab extract`` writes for the seeds, the test articles and N generated articles
  (default 5,000; ``benchmarks/generate.py`` makes the same files for the same N);
- ``processed/``: the tables the book's notebooks wrote (``data/processed/``);
- ``notebooks/NAME.txt``: the text outputs (streams, ``text/plain``, glued text) of every
  executed notebook in ``book/``, cell by cell.

Run it before and after a change (after ``python -m claimtab book --force`` so the notebooks are
re-executed) and compare: ``diff -r before/ after/``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import write_corpus  # noqa: E402

TEXT_MIMES = ("text/plain", "application/papermill.record/text/plain", "text/markdown")


def extract(corpus: Path, out: Path) -> None:
    """Write the claims table of ``corpus`` with the command line, as a user would."""
    cmd = [sys.executable, "-m", "claimtab", "extract", str(corpus), "-o", str(out), "-q"]
    subprocess.run(cmd, cwd=ROOT, check=False)


def notebook_text(path: Path) -> str:
    """The text outputs of an executed notebook, one block per cell."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    lines: list[str] = []
    for i, cell in enumerate(nb["cells"]):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                lines.append(f"[{i}] {output['name']}: {''.join(output['text'])}")
            for mime in TEXT_MIMES:
                data = output.get("data", {}).get(mime)
                if data is not None:
                    text = "".join(data) if isinstance(data, list) else json.dumps(data)
                    lines.append(f"[{i}] {mime}: {text}")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the snapshot."""
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    out.mkdir(parents=True, exist_ok=True)
    extract(ROOT / "data" / "seeds", out / "claims_seeds.csv")
    extract(ROOT / "data" / "testset", out / "claims_testset.csv")
    with tempfile.TemporaryDirectory() as tmp:
        extract(write_corpus(Path(tmp) / "gen", n), out / "claims_generated.csv")
    shutil.copytree(ROOT / "data" / "processed", out / "processed", dirs_exist_ok=True)
    (out / "notebooks").mkdir(exist_ok=True)
    for nb in sorted((ROOT / "book").glob("*.ipynb")):
        (out / "notebooks" / f"{nb.stem}.txt").write_text(notebook_text(nb), encoding="utf-8")
    print(f"snapshot written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
