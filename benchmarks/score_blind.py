"""Score the extractor on the blind test set, per language and per category.

``python benchmarks/score_blind.py [OUT_PREFIX] [CORPUS ANNOTATIONS]`` extracts the claims of
``data/blindset/`` (or CORPUS) as a user would, scores them against
``data/annotations/blindset.csv`` (or ANNOTATIONS) and prints the scores. With
OUT_PREFIX it also writes ``OUT_PREFIX_scores.csv`` (language x category), ``_agreement.csv``
(language x attribute) and ``_traps.csv``. The first score was written this way, to
``data/annotations/blindset_first``, before any rule was changed after reading the set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "data" / "blindset"
ANNOTATIONS = ROOT / "data" / "annotations" / "blindset.csv"


def _extract(corpus_dir: Path) -> tuple[pd.DataFrame, list]:  # type: ignore[type-arg]
    """The claims and loaded documents of a corpus."""
    from claimtab import extract, load

    corpus = load.load_corpus(corpus_dir)
    runner = getattr(extract, "extract_corpus", None)
    if runner is None:  # moved out of extract by the refactor
        from claimtab.pipeline import extract_corpus as runner  # type: ignore[no-redef]
    claims, _problems = runner(corpus.documents)
    return claims, corpus.documents


def score(
    out_prefix: str | None = None, corpus_dir: Path = BLIND, annotations: Path = ANNOTATIONS
) -> pd.DataFrame:
    """Print and return the scores per language (and over all languages)."""
    from claimtab.evaluate import load_annotations, score_by_language
    from claimtab.languages import available

    claims, docs = _extract(corpus_dir)
    result = score_by_language(claims, load_annotations(annotations), docs, set(available()))
    found, total = result.unquantified
    with pd.option_context("display.width", 140, "display.max_rows", 500):
        print(result.scores.to_string(index=False))
        print(result.agreement.to_string(index=False))
        made = int(result.traps["claim_made"].sum())
        print(f"traps: {made} of {len(result.traps)} made a claim")
        print(f"claims without a figure: {found} of {total}")
    if out_prefix:
        result.scores.to_csv(f"{out_prefix}_scores.csv", index=False)
        result.agreement.to_csv(f"{out_prefix}_agreement.csv", index=False)
        result.traps.to_csv(f"{out_prefix}_traps.csv", index=False)
    return result.scores


if __name__ == "__main__":
    args = sys.argv[1:]
    paths = (Path(args[1]), Path(args[2])) if len(args) == 3 else (BLIND, ANNOTATIONS)
    score(args[0] if args else None, *paths)
