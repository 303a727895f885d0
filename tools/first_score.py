"""Take a new annotation set's first score with the code of a given commit, before anyone reads it.

    python tools/first_score.py COMMIT data/blindset_sixth data/annotations/blindset_sixth.csv

The commit is checked out in a temporary git worktree, and the extractor of that commit (run as
Python) reads the folder. The score per language is written next to the annotations, as
``<name>_first_scores.csv``, ``<name>_first_agreement.csv`` and ``<name>_first_traps.csv``, the
files the accuracy chapter reads. Only the aggregate figures are printed: the set's errors are
not, so that it stays unread.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run in the worktree's own Python path: the scoring of the commit being measured.
_SCORE = """
import sys
from claimtab.evaluate import load_annotations, score_by_language
from claimtab.languages import available
from claimtab.load import load_corpus
from claimtab.pipeline import extract_corpus
folder, annotations, prefix = sys.argv[1:4]
corpus = load_corpus(folder)
claims, _ = extract_corpus(corpus.documents)
scores = score_by_language(claims, load_annotations(annotations), corpus.documents,
                           set(available()))
scores.scores.to_csv(prefix + "_scores.csv", index=False)
scores.agreement.to_csv(prefix + "_agreement.csv", index=False)
scores.traps.to_csv(prefix + "_traps.csv", index=False)
whole = scores.scores.set_index(["lang", "category"]).loc[("with_file", "all")]
print(f"F1 {whole['f1']:.3f} on {int(whole['tp'] + whole['fn'])} claims")
agree = scores.agreement[scores.agreement["lang"] == "with_file"]
for _, row in agree.iterrows():
    print(f"{row['attribute']}: {row['share']:.0%} of {row['matched']} matched")
"""


def first_score(commit: str, folder: Path, annotations: Path) -> int:
    """Score ``folder`` against ``annotations`` with the extractor of ``commit``; exit status."""
    prefix = annotations.with_name(annotations.stem + "_first")
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree),
                        commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src"), "CLAIMTAB_PURE": "1"}
            done = subprocess.run(
                [sys.executable, "-c", _SCORE, str(folder.resolve()), str(annotations.resolve()),
                 str(prefix.resolve())],
                cwd=tree, env=env, check=False,
            )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False)
    return done.returncode


def main() -> int:
    """Parse the command line and take the first score."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("commit", help="the commit whose extractor is measured (the session's start)")
    ap.add_argument("folder", type=Path, help="the set's articles")
    ap.add_argument("annotations", type=Path, help="the set's annotation CSV")
    args = ap.parse_args()
    return first_score(args.commit, args.folder, args.annotations)


if __name__ == "__main__":
    sys.exit(main())
