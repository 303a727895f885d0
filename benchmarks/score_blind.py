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


def _languages(ann: pd.DataFrame, docs: list) -> pd.Series:  # type: ignore[type-arg]
    """The language of each annotation row: its document's."""
    return ann["doc_id"].map({d.doc_id: d.lang for d in docs}).fillna("")


def score(
    out_prefix: str | None = None, corpus_dir: Path = BLIND, annotations: Path = ANNOTATIONS
) -> pd.DataFrame:
    """Print and return the scores per language (and over all languages)."""
    from claimtab.evaluate import evaluate, load_annotations
    from claimtab.languages import available

    claims, docs = _extract(corpus_dir)
    ann = load_annotations(annotations)
    langs = _languages(ann, docs)
    with_file = langs.isin(available())
    rows, agree, traps = [], [], []
    # "all": every article; "with_file": only those in a language that has a language file.
    for lang in [*sorted(langs.unique()), "with_file", "all"]:
        sub = {"all": ann, "with_file": ann[with_file]}.get(lang, ann[langs == lang])
        ev = evaluate(claims, sub, docs)
        rows.append(ev.scores.reset_index().assign(lang=lang))
        agree.append(ev.agreement.reset_index().assign(lang=lang))
        traps.append(ev.traps.assign(lang=lang))
    scores = pd.concat(rows, ignore_index=True)
    scores = scores[["lang", *[c for c in scores.columns if c != "lang"]]]
    agreement = pd.concat(agree, ignore_index=True)
    agreement = agreement[["lang", *[c for c in agreement.columns if c != "lang"]]]
    trap_table = pd.concat(traps[:-2], ignore_index=True)
    unq = _unquantified_recall(claims, ann)
    with pd.option_context("display.width", 140, "display.max_rows", 500):
        print(scores.to_string(index=False))
        print(agreement.to_string(index=False))
        print(f"traps: {int(trap_table['claim_made'].sum())} of {len(trap_table)} made a claim")
        print(f"claims without a figure: {unq}")
    if out_prefix:
        scores.to_csv(f"{out_prefix}_scores.csv", index=False)
        agreement.to_csv(f"{out_prefix}_agreement.csv", index=False)
        trap_table.to_csv(f"{out_prefix}_traps.csv", index=False)
    return scores


def _unquantified_recall(claims: pd.DataFrame, ann: pd.DataFrame) -> str:
    """How many annotated claims without a figure have a predicted unquantified claim."""
    gold = ann[(ann["kind"] == "claim") & (ann["qualifier"] == "unquantified")]
    if "qualifier" not in claims or gold.empty:
        return f"0 of {len(gold)}"
    pred = claims[claims["qualifier"] == "unquantified"]
    hits = sum(
        bool(((pred["doc_id"] == g["doc_id"]) & (pred["category"] == g["category"])).any())
        for _, g in gold.iterrows()
    )
    return f"{hits} of {len(gold)}"


if __name__ == "__main__":
    args = sys.argv[1:]
    paths = (Path(args[1]), Path(args[2])) if len(args) == 3 else (BLIND, ANNOTATIONS)
    score(args[0] if args else None, *paths)
