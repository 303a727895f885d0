"""Score extracted claims against hand-made annotations: precision, recall, F1, agreement, errors.

An annotation file is a CSV with one row per claim a reader sees (``kind`` = ``claim``), claims
that may be read either way (``optional``: neither rewarded nor penalised) and numbers that are
not claims (``trap``). ``anchor`` is the number as it stands in the text; it locates the claim.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .load import Document
from .schema import CATEGORIES
from .sources import identify
from .text import fold

ATTRIBUTES = ["unit", "qualifier", "status", "claimant", "claimant_country"]
#: Scored too when the annotations have them (the blind set does; older sets do not).
OPTIONAL_ATTRIBUTES = ["source", "reported_date", "per"]


@dataclass
class Evaluation:
    """The scores of one run against one annotation set."""

    scores: pd.DataFrame  # per category and overall: tp, fp, fn, precision, recall, f1
    agreement: pd.DataFrame  # per attribute: matched, agree, share
    errors: pd.DataFrame  # every miss, spurious claim and attribute disagreement
    traps: pd.DataFrame  # each trap and whether a claim was made from it

    @property
    def f1(self) -> float:
        """Overall (micro-averaged) F1."""
        return float(self.scores.loc["all", "f1"])


def load_annotations(path: str | Path) -> pd.DataFrame:
    """Read an annotation CSV (values as floats, empty cells as missing)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("value_low", "value_high"):
        df[col] = pd.to_numeric(df[col].replace("", None), errors="raise").astype("Float64")
    return df


def _same(a: object, b: object) -> bool:
    a_na = a is None or a is pd.NA or (isinstance(a, float) and math.isnan(a))
    b_na = b is None or b is pd.NA or (isinstance(b, float) and math.isnan(b))
    if a_na or b_na:
        return a_na and b_na
    return math.isclose(float(a), float(b), rel_tol=1e-9)  # type: ignore[arg-type]


def _tokens(s: str) -> set[str]:
    s = re.sub(r"['’]s\b", "", fold(s).lower())
    return {t for t in re.findall(r"\w+", s) if len(t) >= 3}


def claimant_matches(gold: str, pred: str) -> bool:
    """Lenient claimant agreement: both 'article', or the names share a word of 3+ letters."""
    g, p = gold.strip().lower(), pred.strip().lower()
    if g == "article" or p == "article":
        return g == p
    return bool(_tokens(gold) & _tokens(pred))


def _anchor_pos(text: str, anchor: str) -> int:
    pos = fold(text).lower().find(fold(anchor).lower())
    return pos


def evaluate(
    predicted: pd.DataFrame, annotations: pd.DataFrame, documents: list[Document]
) -> Evaluation:
    """Match predicted claims to annotated ones and score them."""
    texts = {d.doc_id: d.text for d in documents}
    docs = set(annotations["doc_id"])
    pred = predicted[predicted["doc_id"].isin(docs)].reset_index(drop=True)
    matches, missed, used = _match(pred, annotations, texts)
    spurious = pred[~pred.index.isin(used)]
    agreement, errors = _agreement(matches)
    for g in missed:
        errors.append(_error("missed", g, None, f"{g['item']}: {_fmt(g)}"))
    for _, p in spurious.iterrows():
        errors.append(_error("spurious", None, p, f"{p['item']}: {_fmt(p)}"))
    err = pd.DataFrame(errors, columns=["doc_id", "error", "category", "detail", "evidence"])
    err = err.sort_values(["doc_id", "error", "detail"], kind="stable").reset_index(drop=True)
    traps = _traps(pred, annotations, texts)
    return Evaluation(_scores(matches, missed, spurious), agreement, err, traps)


def _match(
    pred: pd.DataFrame, annotations: pd.DataFrame, texts: dict[str, str]
) -> tuple[list[tuple[pd.Series, pd.Series]], list[pd.Series], set[int]]:
    """Pair each annotated claim with the nearest unused prediction of the same value.

    Returns the (gold, predicted) pairs, the annotated claims missed, and the predictions used
    (an optional annotation uses its match without counting it).
    """
    used: set[int] = set()
    matches: list[tuple[pd.Series, pd.Series]] = []
    missed: list[pd.Series] = []
    gold = annotations[annotations["kind"].isin(["claim", "optional"])]
    # Claims first, so an optional annotation never takes a claim's match.
    gold = pd.concat([gold[gold["kind"] == "claim"], gold[gold["kind"] == "optional"]])
    for _, g in gold.iterrows():
        best = _nearest(pred, g, _anchor_pos(texts.get(g["doc_id"], ""), g["anchor"]), used)
        if best is not None:
            used.add(best)
            if g["kind"] == "claim":
                matches.append((g, pred.loc[best]))
        elif g["kind"] == "claim":
            missed.append(g)
    return matches, missed, used


def _nearest(pred: pd.DataFrame, g: pd.Series, pos: int, used: set[int]) -> int | None:
    """The index of the unused prediction matching annotation ``g`` nearest its anchor."""
    best: tuple[int, int] | None = None
    for i, p in pred.iterrows():
        if i in used or p["doc_id"] != g["doc_id"]:
            continue
        if g["kind"] == "claim" and p["category"] != g["category"]:
            continue
        if not (_same(p["value_low"], g["value_low"]) and _same(p["value_high"], g["value_high"])):
            continue
        d = abs(int(p["start"]) - pos) if pos >= 0 else 0
        if best is None or d < best[0]:
            best = (d, int(i))  # type: ignore[arg-type]
    return best[1] if best is not None else None


def _scores(
    matches: list[tuple[pd.Series, pd.Series]], missed: list[pd.Series], spurious: pd.DataFrame
) -> pd.DataFrame:
    """Precision, recall and F1 per category and overall."""
    rows = []
    for cat in [*CATEGORIES, "all"]:
        sel = (lambda c: True) if cat == "all" else (lambda c, cat=cat: c == cat)
        tp = sum(1 for g, _ in matches if sel(g["category"]))
        fn = sum(1 for g in missed if sel(g["category"]))
        fp = int(sum(1 for c in spurious["category"] if sel(c)))
        if tp + fn + fp == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append(
            {"category": cat, "tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 3),
             "recall": round(rec, 3), "f1": round(f1, 3)}
        )
    return pd.DataFrame(rows).set_index("category")


def _agreement(
    matches: list[tuple[pd.Series, pd.Series]],
) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """Per attribute, how many matched claims agree; and an error row for each disagreement."""
    errors = []
    agree_rows = []
    first = matches[0] if matches else None
    present = [a for a in OPTIONAL_ATTRIBUTES if first and a in first[0] and a in first[1]]
    for attr in [*ATTRIBUTES, *present]:
        ok = 0
        for g, p in matches:
            same = _agrees(attr, g[attr], p[attr])
            ok += same
            if not same:
                errors.append(_error(f"wrong {attr}", g, p, f"{p[attr]} (annotated: {g[attr]})"))
        n = len(matches)
        agree_rows.append({"attribute": attr, "matched": n, "agree": ok,
                           "share": round(ok / n, 3) if n else float("nan")})
    return pd.DataFrame(agree_rows).set_index("attribute"), errors


def _agrees(attr: str, gold: object, pred: object) -> bool:
    """Whether a predicted attribute agrees with the annotated one."""
    g, p = ("" if pd.isna(v) else str(v) for v in (gold, pred))  # type: ignore[call-overload]
    if attr == "claimant":
        return claimant_matches(g, p)
    if attr == "source":
        return source_matches(g, p)
    return g == p


def source_matches(gold: str, pred: str) -> bool:
    """Source agreement: the same body of the registry (annotators write their own canonical
    English names: "Pentagon" is the registry's "US Department of Defense (Pentagon)"), else the
    same name; both empty agree."""
    if not gold or not pred:
        return gold == pred
    g, p = identify(gold, "en"), identify(pred, "en")
    if g is not None and p is not None:
        return g.id == p.id
    return gold.casefold() == pred.casefold()


def _traps(pred: pd.DataFrame, annotations: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Each annotated trap and whether a claim was made from it."""
    trap_rows = []
    for _, t in annotations[annotations["kind"] == "trap"].iterrows():
        text = texts.get(t["doc_id"], "")
        pos = _anchor_pos(text, t["anchor"])
        end = pos + len(t["anchor"])
        dp = pred[pred["doc_id"] == t["doc_id"]]
        hit = bool(pos >= 0 and ((dp["start"] < end) & (dp["end"] > pos)).any())
        trap_rows.append({"doc_id": t["doc_id"], "trap": t["anchor"], "why": t["note"],
                          "claim_made": hit})
    return pd.DataFrame(trap_rows, columns=["doc_id", "trap", "why", "claim_made"])


def _num(v: object) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return "…"
    return f"{float(v):,.0f}"  # type: ignore[arg-type]


def _fmt(row: pd.Series) -> str:
    """A claim's figure in an error line: "1 (persons, exact)", "…–12,000 (persons, up_to)"."""
    low, high = _num(row["value_low"]), _num(row["value_high"])
    value = low if low == high else f"{low}–{high}"
    return f"{value} ({row['unit']}, {row['qualifier']})"


def _error(kind: str, g: pd.Series | None, p: pd.Series | None, detail: str) -> dict[str, str]:
    row = g if g is not None else p
    assert row is not None
    evidence = str(p["evidence"]) if p is not None else f"[anchor] {g['anchor']}"  # type: ignore[index]
    return {"doc_id": row["doc_id"], "error": kind, "category": row["category"],
            "detail": detail, "evidence": evidence}


@dataclass
class LanguageScores:
    """Scores of one run per language, and over all languages ("all") and over the languages
    that have a language file ("with_file")."""

    scores: pd.DataFrame  # lang, category, tp, fp, fn, precision, recall, f1
    agreement: pd.DataFrame  # lang, attribute, matched, agree, share
    traps: pd.DataFrame  # doc_id, trap, why, claim_made, lang
    unquantified: tuple[int, int]  # annotated claims without a figure found, of all of them


def score_by_language(
    predicted: pd.DataFrame,
    annotations: pd.DataFrame,
    documents: list[Document],
    with_file: set[str],
) -> LanguageScores:
    """Score a run per language of the annotated documents (``with_file``: the codes that have a
    language file, so that the languages a run cannot read are scored apart)."""
    langs = annotations["doc_id"].map({d.doc_id: d.lang or "" for d in documents}).fillna("")
    sets = {lang: annotations[langs == lang] for lang in sorted(set(langs))}
    sets["with_file"] = annotations[langs.isin(with_file)]
    sets["all"] = annotations
    rows, agree, traps = [], [], []
    for lang, sub in sets.items():
        ev = evaluate(predicted, sub, documents)
        rows.append(ev.scores.reset_index().assign(lang=lang))
        agree.append(ev.agreement.reset_index().assign(lang=lang))
        if lang not in ("with_file", "all"):
            traps.append(ev.traps.assign(lang=lang))
    scores = pd.concat(rows, ignore_index=True)
    agreement = pd.concat(agree, ignore_index=True)
    return LanguageScores(
        scores[["lang", *[c for c in scores.columns if c != "lang"]]],
        agreement[["lang", *[c for c in agreement.columns if c != "lang"]]],
        pd.concat(traps, ignore_index=True),
        unquantified_found(predicted, annotations),
    )


#: Readers' names of the attributes in the agreement tables.
AGREEMENT_LABELS = {"claimant_country": "country", "reported_date": "date said"}


def agreement_by_language(
    agreement: pd.DataFrame,
    attributes: tuple[str, ...] = ("claimant", "claimant_country", "source"),
) -> pd.DataFrame:
    """Per language, the matched claims and the percentage of them on which each attribute
    agrees; the languages with a file together come last ("all with a file")."""
    rows = agreement[agreement["attribute"].isin(attributes) & (agreement["lang"] != "all")]
    table = rows.pivot(index="lang", columns="attribute", values="share")[list(attributes)]
    table = (table * 100).round().astype("Int64")
    table.insert(0, "matched", rows.drop_duplicates("lang").set_index("lang")["matched"])
    langs = sorted(lang for lang in table.index if lang != "with_file")
    order = langs + (["with_file"] if "with_file" in table.index else [])
    table = table.loc[order].rename(index={"with_file": "all with a file"})
    table = table.rename(columns=AGREEMENT_LABELS)
    table.index.name, table.columns.name = "language", None
    return table


def agreement_first_and_now(
    first: pd.DataFrame,
    now: pd.DataFrame,
    attributes: tuple[str, ...] = ("source", "claimant_country"),
) -> pd.DataFrame:
    """Per language, matched claims and the agreement percentage of each attribute at the first
    score and now, side by side ("source, first", "source, now", ...)."""
    a, b = agreement_by_language(first, attributes), agreement_by_language(now, attributes)
    out = pd.DataFrame({"matched": b["matched"]})
    for attr in (AGREEMENT_LABELS.get(x, x) for x in attributes):
        out[f"{attr}, first"] = a[attr].reindex(b.index)
        out[f"{attr}, now"] = b[attr]
    return out


def unquantified_found(predicted: pd.DataFrame, annotations: pd.DataFrame) -> tuple[int, int]:
    """How many annotated claims without a figure have an extracted one (same document and
    category, each extracted claim used once), of how many."""
    gold = annotations[(annotations["kind"] == "claim")
                       & (annotations["qualifier"] == "unquantified")]
    pred = predicted[predicted["qualifier"] == "unquantified"]
    left = pred.groupby(["doc_id", "category"]).size().to_dict()
    found = 0
    for key in zip(gold["doc_id"], gold["category"], strict=True):
        if left.get(key, 0) > 0:
            left[key] -= 1
            found += 1
    return found, len(gold)


#: Per-language first scores of languages added after a blind set existed: ``first/<set>_<code>``.
FIRST_DIR = "first"
_SCORE_COLUMNS = ["tp", "fp", "fn", "precision", "recall", "f1"]


def first_by_language(annotations_dir: str | Path) -> pd.DataFrame:
    """Each language's first blind score over all categories, with the set and file it is from.

    A language that had a file when a blind set was written takes that set's first score
    (``<set>_first_scores.csv``); a language added later takes the score recorded once when its
    file was finished (``first/<set>_<code>_scores.csv``), before any rule was changed after it.
    """
    root = Path(annotations_dir)
    rows: dict[tuple[str, str], dict[str, object]] = {}
    for name in ("blindset", "seeds_blind"):
        path = root / f"{name}_first_scores.csv"
        if path.is_file():
            _add_first(rows, pd.read_csv(path), name, path.name, None)
    for path in sorted((root / FIRST_DIR).glob("*_scores.csv")):
        stem = path.name.removesuffix("_scores.csv")
        if "_later" in stem:
            continue
        set_name, _, code = stem.rpartition("_")
        _add_first(rows, pd.read_csv(path), set_name, f"{FIRST_DIR}/{path.name}", code)
    out = pd.DataFrame([{"set": s, "lang": lang, **r} for (s, lang), r in sorted(rows.items())])
    return out if len(out) else pd.DataFrame(columns=["set", "lang", *_SCORE_COLUMNS, "file"])


def _add_first(
    rows: dict[tuple[str, str], dict[str, object]], scores: pd.DataFrame, set_name: str,
    file: str, only: str | None,
) -> None:
    """Record the all-categories row of each language of a first-score table (or of ``only``)."""
    whole = scores[(scores["category"] == "all") & ~scores["lang"].isin(["all", "with_file"])]
    for _, r in whole.iterrows():
        if only is not None and r["lang"] != only:
            continue
        rows[(set_name, str(r["lang"]))] = {**{c: r[c] for c in _SCORE_COLUMNS}, "file": file}


def first_and_now(first: pd.DataFrame, now: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per blind set and language (with a file now): annotated claims, the first F1 and where it
    is recorded, and the F1 now (``now``: each set's ``score_by_language(...).scores``)."""
    rows = []
    firsts = first.set_index(["set", "lang"]) if len(first) else None
    for set_name, scores in now.items():
        whole = scores[(scores["category"] == "all")
                       & ~scores["lang"].isin(["all", "with_file", ""])]
        for _, r in whole.iterrows():
            key = (set_name, r["lang"])
            had = firsts is not None and key in firsts.index
            rows.append({
                "set": set_name, "language": r["lang"], "claims": int(r["tp"] + r["fn"]),
                "first F1": float(firsts.loc[key, "f1"]) if had else math.nan,
                "first score from": str(firsts.loc[key, "file"]) if had else "",
                "F1 now": float(r["f1"]),
            })
    return pd.DataFrame(rows, columns=["set", "language", "claims", "first F1",
                                       "first score from", "F1 now"])
