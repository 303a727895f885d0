"""Score the extractor on the blind test set, per language and per category.

    python benchmarks/score_blind.py [OUT_PREFIX] [CORPUS ANNOTATIONS]

extracts the claims of data/blindset/ (or CORPUS) as a user would, scores them against
data/annotations/blindset.csv (or ANNOTATIONS) and prints the scores. With OUT_PREFIX it also
writes OUT_PREFIX_scores.csv (language x category), OUT_PREFIX_agreement.csv (language x
attribute) and OUT_PREFIX_traps.csv. The first score was written this way, to
data/annotations/blindset_first, before any rule was changed after reading the set.
"""

from __future__ import annotations

import argparse
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: an optional output prefix, then a corpus and its annotations or neither."""
    ap = argparse.ArgumentParser(prog="score_blind.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_prefix", nargs="?", metavar="OUT_PREFIX",
                    help="write OUT_PREFIX_scores.csv, _agreement.csv and _traps.csv")
    ap.add_argument("corpus", nargs="?", type=Path, metavar="CORPUS",
                    help=f"folder of articles (default: {BLIND.relative_to(ROOT)})")
    ap.add_argument("annotations", nargs="?", type=Path, metavar="ANNOTATIONS",
                    help=f"their annotation CSV (default: {ANNOTATIONS.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    if (args.corpus is None) != (args.annotations is None):
        ap.error("give CORPUS and ANNOTATIONS together, or neither")
    for path, what in ((args.corpus, "a folder"), (args.annotations, "a file")):
        if path is not None and not (path.is_dir() if what == "a folder" else path.is_file()):
            ap.error(f"{path}: not {what}")
    if args.out_prefix is not None and not Path(args.out_prefix).parent.is_dir():
        ap.error(f"{args.out_prefix}: no folder {Path(args.out_prefix).parent} to write into")
    return args


def main(argv: list[str] | None = None) -> int:
    """Score the set the command line names; the exit status of the script."""
    args = parse_args(argv)
    score(args.out_prefix, args.corpus or BLIND, args.annotations or ANNOTATIONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
