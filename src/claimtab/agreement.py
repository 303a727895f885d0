"""Where sources agree and disagree: comparable figures, their spread, shared text, denials.

Repetition is not corroboration: two articles that share passages (found by shingling, i.e.
comparing sets of overlapping word n-grams) are one source, and a figure both repeat is one claim.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from collections.abc import Iterable
from itertools import combinations

import pandas as pd

from .attribution import backward_phrase, claimant_country
from .languages import Language, find_file, load_language
from .load import Document
from .plots import fmt_value
from .sentences import split_sentences
from .text import fold
from .timeline import human_date, timeline_rows

SHINGLE_WORDS = 5
#: Share of the smaller document's shingles found in the other that makes two documents related...
RELATED_CONTAINMENT = 0.15
#: ...provided they share a real passage (8 shingles: at least 12 words in a row), not a phrase.
RELATED_MIN_SHARED = 8
_WORDS = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the text's overlapping n-word sequences (lowercased, folded)."""
    words = _WORDS.findall(fold(text).lower())
    # crc32, not hash(): the same on every run and machine.
    return {
        zlib.crc32(" ".join(words[i : i + n]).encode()) for i in range(max(0, len(words) - n + 1))
    }


def document_overlap(
    docs: Iterable[Document], n: int = SHINGLE_WORDS, max_share: int = 50
) -> pd.DataFrame:
    """Every pair of documents that share text: shared shingles, Jaccard and containment.

    An inverted index from shingle to documents keeps this near-linear; a shingle found in more
    than ``max_share`` documents is boilerplate (a site's footer) and is not counted.
    """
    sets = {d.doc_id: shingles(d.text, n) for d in docs}
    index: dict[int, list[str]] = {}
    for doc_id in sorted(sets):
        for h in sets[doc_id]:
            index.setdefault(h, []).append(doc_id)
    shared: dict[tuple[str, str], int] = {}
    for ids in index.values():
        if 1 < len(ids) <= max_share:
            for pair in combinations(ids, 2):
                shared[pair] = shared.get(pair, 0) + 1
    rows = []
    for (a, b), count in shared.items():
        sa, sb = sets[a], sets[b]
        rows.append({
            "doc_a": a, "doc_b": b, "shared_shingles": count,
            "jaccard": round(count / (len(sa) + len(sb) - count), 3),
            "containment": round(count / max(1, min(len(sa), len(sb))), 3),
        })
    df = pd.DataFrame(rows, columns=["doc_a", "doc_b", "shared_shingles", "jaccard", "containment"])
    return df.sort_values(["containment", "doc_a", "doc_b"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)


def related_groups(overlap: pd.DataFrame, doc_ids: Iterable[str]) -> dict[str, str]:
    """Map each document to a source group: documents that share passages get the same group."""
    parent = {d: d for d in doc_ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in overlap.itertuples():
        related = (
            row.containment >= RELATED_CONTAINMENT and row.shared_shingles >= RELATED_MIN_SHARED
        )
        if related and row.doc_a in parent and row.doc_b in parent:
            ra, rb = root(row.doc_a), root(row.doc_b)
            parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in parent}


def _na(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


#: Claims reported at most this many days apart may disagree; further apart, they are a sequence
#: (a count that grew), not a disagreement.
WINDOW_DAYS = 90
#: The columns of ``comparable_groups``, whatever the corpus.
COMPARABLE_COLUMNS = ["category", "item", "unit", "status", "per", "reported", "claims",
                      "documents", "claimants", "countries", "lowest", "lowest_claim", "highest",
                      "highest_claim", "spread"]
_KEYS = ["category", "item", "unit", "status", "per"]


def time_windows(days: list[str], window_days: int = WINDOW_DAYS) -> list[int]:
    """A window number for each ISO day (given in order): a window starts at its first day and
    holds every day at most ``window_days`` after it."""
    out, start, n = [], None, -1
    for day in days:
        d = dt.date.fromisoformat(day)
        if start is None or (d - start).days > window_days:
            start, n = d, n + 1
        out.append(n)
    return out


def _windowed(claims: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """The dated claims with a figure, each with its figure's low and high and a time window
    within its kind of quantity (category, item, unit, status, per)."""
    rows = timeline_rows(claims)
    rows = rows[rows["day"] != ""].copy()
    rows["lo"] = rows["low"].fillna(rows["high"])
    rows["hi"] = rows["high"].fillna(rows["low"])
    rows = rows.sort_values([*_KEYS, "day", "claim_id"], kind="stable")
    rows["window"] = -1
    for _key, g in rows.groupby(_KEYS, sort=True):
        rows.loc[g.index, "window"] = time_windows(list(g["day"]), window_days)
    return rows


def comparable_groups(claims: pd.DataFrame, window_days: int = WINDOW_DAYS) -> pd.DataFrame:
    """Groups of two or more claims that can disagree: the same category, item, unit, status
    and period (``per``), reported within ``window_days`` of the group's first. Each gives the
    lowest and highest figure stated (never a derived middle), who states it and when, and
    their ratio. Claims with no reported date are in no group."""
    rows = []
    for key, g in _windowed(claims, window_days).groupby([*_KEYS, "window"], sort=True):
        if g["label"].nunique() < 2:  # one source's figures are not a disagreement
            continue
        low, high = g.loc[g["lo"].idxmin()], g.loc[g["hi"].idxmax()]
        first, last = human_date(g["day"].min()), human_date(g["day"].max())
        rows.append({
            **dict(zip(_KEYS, key[:-1], strict=True)),
            "reported": first if first == last else f"{first} to {last}",
            "claims": len(g), "documents": g["doc_id"].nunique(),
            "claimants": g["label"].nunique(),
            "countries": ", ".join(sorted(set(g["country_name"]))),
            "lowest": float(low["lo"]), "lowest_claim": _stated(low),
            "highest": float(high["hi"]), "highest_claim": _stated(high),
            "spread": round(high["hi"] / low["lo"], 2) if low["lo"] > 0 else None,
        })
    out = pd.DataFrame(rows, columns=COMPARABLE_COLUMNS)
    for col in ("lowest", "highest", "spread"):
        out[col] = out[col].astype("Float64")
    return out


def _stated(row: pd.Series) -> str:
    """A figure as its claim states it, with who and when: "up to 12,000 — NIS, October 2024"."""
    return f"{row['value']} — {row['label']}, {row['when']}"


def sequences(claims: pd.DataFrame, window_days: int = WINDOW_DAYS) -> pd.DataFrame:
    """The same kind of quantity reported in two or more time windows: its figures in date
    order, a sequence to read as change over time (a count that grew), not as disagreement."""
    rows = []
    for key, g in _windowed(claims, window_days).groupby(_KEYS, sort=True):
        if g["window"].nunique() < 2:
            continue
        steps = [f"{r['value']} ({r['label']}, {r['when']})" for r in g.to_dict("records")]
        rows.append({**dict(zip(_KEYS, key, strict=True)), "claims": len(g),
                     "in_date_order": " → ".join(steps)})
    return pd.DataFrame(rows, columns=[*_KEYS, "claims", "in_date_order"])


def repeated_figures(claims: pd.DataFrame, groups: dict[str, str]) -> pd.DataFrame:
    """The same figure in two or more documents, and whether the repeats are independent.

    Repeats are *one source* when the documents share text or the claimant is the same.
    """
    rows = []
    keys = ["category", "unit", "qualifier", "value_low", "value_high"]
    df = claims[~claims["qualifier"].isin(["vague", "unquantified"])]
    for key, g in df.groupby(keys, dropna=False, sort=True):
        if g["doc_id"].nunique() < 2:
            continue
        sources = {groups.get(d, d) for d in g["doc_id"]}
        named = {c.lower() for c in g["claimant"] if c != "article"}
        countries = set(g["claimant_country"]) - {"unknown"}
        if len(sources) < g["doc_id"].nunique():
            verdict = "one source: the articles share text"
        elif len(countries) == 1 and len(named) >= 1:
            verdict = f"one source: every article attributes it to {next(iter(countries))}"
        else:
            verdict = "independent reports"
        rows.append({
            "category": key[0], "unit": key[1], "value_low": key[3], "value_high": key[4],
            "figure": fmt_value(key[3], key[4], key[2]),
            "documents": ", ".join(sorted(g["doc_id"])),
            "claimants": "; ".join(sorted(set(g["claimant"]))),
            "verdict": verdict,
        })
    cols = ["category", "unit", "value_low", "value_high", "figure", "documents", "claimants",
            "verdict"]
    return pd.DataFrame(rows, columns=cols)


def denials(docs: Iterable[Document], lang_dir: str | None = None) -> pd.DataFrame:
    """Sentences in which Moscow or Pyongyang deny what is claimed (cues from language files)."""
    rows = []
    for doc in docs:
        if not doc.lang or find_file(doc.lang, lang_dir) is None:
            continue
        lang = load_language(doc.lang, lang_dir)
        deniers = _denied_by(doc.text, lang) if lang.re_denial is not None else None
        if deniers:
            rows += [{"doc_id": doc.doc_id, "denied_by": who, "sentence": sentence}
                     for who, sentence in deniers]
    return pd.DataFrame(rows, columns=["doc_id", "denied_by", "sentence"])


def _denied_by(text: str, lang: Language) -> list[tuple[str, str]]:
    """(who denies, sentence) for each sentence of ``text`` with a denial by RU or KP."""
    assert lang.re_denial is not None
    folded = fold(text)
    out = []
    for s, e in split_sentences(text, lang, folded):
        for m in lang.re_denial.finditer(folded, s, e):
            who, _first = backward_phrase(text, folded, m.start(), s, lang)
            deniers = _deniers(who, lang)
            if deniers:
                out.append((deniers, text[s:e]))
                break
    return out


def _deniers(phrase: str, lang: Language) -> str:
    """The deniers (RU, KP) a phrase names, each name of a list ("X and Y") on its own."""
    found = []
    for word in lang.name_list.split(phrase):
        c = claimant_country(word, "", lang)
        if c in ("RU", "KP") and c not in found:
            found.append(c)
    return ", ".join(found)


def mark_denied(claims: pd.DataFrame, denied: pd.DataFrame) -> pd.DataFrame:
    """Add a ``denied_by`` column: who denies, in the same article, what the claims say."""
    out = claims.copy()
    if denied.empty:
        out["denied_by"] = pd.Series("", index=out.index, dtype="string")
        return out
    by_doc = denied.groupby("doc_id")["denied_by"].agg(
        lambda s: ", ".join(sorted(set(", ".join(s).split(", "))))
    )
    out["denied_by"] = out["doc_id"].map(by_doc).astype("string").fillna("")
    return out


def related_pairs(overlap: pd.DataFrame) -> pd.DataFrame:
    """The pairs of documents that share enough text to count as one source."""
    related = (overlap["containment"] >= RELATED_CONTAINMENT) & (
        overlap["shared_shingles"] >= RELATED_MIN_SHARED
    )
    return overlap[related]


def widest_spread(comparable: pd.DataFrame) -> pd.Series | None:
    """The group of comparable figures with the widest spread (None when there is no group)."""
    with_spread = comparable[comparable["spread"].notna()] if len(comparable) else comparable
    if with_spread.empty:
        return None
    return with_spread.sort_values("spread", ascending=False, kind="stable").iloc[0]


def agreement_tables(claims: pd.DataFrame, docs: Iterable[Document]) -> dict[str, pd.DataFrame]:
    """Every table of the agreement chapter, with its columns and types for any corpus.

    ``overlap`` (shared text), ``denied`` (denial sentences), ``claims`` (with ``denied_by``,
    '' when not denied), ``comparable`` (spreads among claims close in time), ``sequences``
    (the same quantity at different times) and ``repeated`` (the same figure twice).
    """
    docs = list(docs)
    overlap = document_overlap(docs)
    groups = related_groups(overlap, [d.doc_id for d in docs])
    denied = denials(docs)
    marked = mark_denied(claims, denied)
    comparable = comparable_groups(marked)
    return {"overlap": overlap, "denied": denied, "claims": marked, "comparable": comparable,
            "sequences": sequences(marked),
            "repeated": repeated_figures(marked, groups)}
