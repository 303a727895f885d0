"""What the book shows about each claim's source: the claims view, who says what, the data's date.

Every claim row carries its article's outlet and date and links to the article: to its address
when one is known (http or https only), and always to the article's text as the report read it
(``articles/<doc_id>.txt`` beside the tables, the text that ``start`` and ``end`` point into).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

from .io import atomic_open
from .plots import fmt_value

#: Where the article texts are written, inside the tables' folder (and so in the site's data/).
ARTICLES = "articles"
#: A missing outlet, title or date, as a reader sees it.
NOT_STATED = "not stated"
#: The claims view's columns: who, when and how many, the sentence, then the rest.
VIEW_COLUMNS = ["claimant", "date", "value", "evidence", "item", "unit", "per", "status",
                "source", "outlet", "article", "category", "qualifier", "claimant_country",
                "event_date", "lang", "claim_id", "value_sort"]


def write_article_texts(docs: Iterable, out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write each document's text as read to ``<out_dir>/<doc_id>.txt``; remove older ones."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in docs:
        path = folder / f"{doc.doc_id}.txt"
        with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(doc.text)
        written.append(path)
    for old in set(folder.glob("*.txt")) - set(written):
        old.unlink()
    return sorted(written)


def safe_url(url: object) -> str:
    """The address when it is an http(s) URL with a host, else "" (never javascript: or data:)."""
    text = str(url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def article_links(doc_id: str, url: object, texts: str = "../data/articles") -> str:
    """HTML links to a claim's article: its address when known, and its text as read."""
    links = []
    address = safe_url(url)
    if address:
        links.append(f'<a href="{html.escape(address)}" rel="noopener noreferrer">original</a>')
    href = f"{texts}/{quote(doc_id)}.txt"
    links.append(f'<a href="{html.escape(href)}">text as read</a>')
    return " · ".join(links)


def sort_key(low: object, high: object) -> float:
    """The number a claim's value sorts by: its lower bound, else its upper bound, else NaN."""
    for v in (low, high):
        if v is not None and not pd.isna(v):
            return float(v)
    return float("nan")


def claims_view(claims: pd.DataFrame, documents: pd.DataFrame,
                texts: str = "../data/articles") -> pd.DataFrame:
    """The claims table as the book shows it: outlet, date, links to the article, a sort key.

    Text stays text (the table escapes it); only ``article`` is HTML, made here from escaped parts.
    """
    docs = documents.set_index("doc_id")
    out = pd.DataFrame({
        "claimant": claims["claimant"].astype(str),
        "date": [d or NOT_STATED for d in claims["reported_date"].astype(str)],
        "value": [fmt_value(lo, hi, q) for lo, hi, q in
                  zip(claims["value_low"], claims["value_high"], claims["qualifier"], strict=True)],
        "evidence": claims["evidence"].astype(str),
        "item": claims["item"].astype(str),
    })
    for col in ("unit", "per", "status", "source", "category", "qualifier", "claimant_country",
                "event_date", "lang", "claim_id"):
        out[col] = claims[col].astype(str).to_numpy()
    outlet = docs["outlet"].astype(str).to_dict()
    published = docs["published_date"].astype(str).to_dict()
    out["outlet"] = [
        f"{outlet.get(d) or NOT_STATED}, {published.get(d) or 'date ' + NOT_STATED}"
        for d in claims["doc_id"]
    ]
    out["article"] = [article_links(str(d), docs["url"].get(d, ""), texts)
                      for d in claims["doc_id"]]
    out["value_sort"] = [sort_key(lo, hi) for lo, hi in
                         zip(claims["value_low"], claims["value_high"], strict=True)]
    return out[VIEW_COLUMNS].reset_index(drop=True)


def claims_table_options(view: pd.DataFrame) -> dict:
    """Table options for the claims view: ``value`` sorts by the hidden number ``value_sort``;
    the table is styled as a table of claims (who, when, how many and the sentence in view)."""
    return {"sort_keys": {"value": "value_sort"}, "html_columns": ["article"],
            "css_class": "claimtab-claims"}


def who_says_what(claims: pd.DataFrame, documents: pd.DataFrame,
                  texts: str = "../data/articles") -> pd.DataFrame:
    """Per source and category, its latest figure: the value, its date, the article it is in.

    "Latest" is by the date the claim was made (``reported_date``); claims with no date come
    after dated ones, in the order of the table. Claims with no figure are left out. ``article``
    is HTML (escaped title and outlet, links as in ``article_links``).
    """
    known = claims[claims["value_low"].notna() | claims["value_high"].notna()].copy()
    if known.empty:
        return pd.DataFrame(columns=["source", "category", "figure", "date", "article"])
    known["who"] = [s or c for s, c in zip(known["source"], known["claimant"], strict=True)]
    known["dated"] = known["reported_date"] != ""
    known = known.sort_values(["who", "category", "dated", "reported_date"], kind="stable")
    latest = known.groupby(["who", "category"], sort=True).tail(1)
    docs = documents.set_index("doc_id")
    rows = []
    for _, r in latest.sort_values(["who", "category"], kind="stable").iterrows():
        doc = docs.loc[r["doc_id"]] if r["doc_id"] in docs.index else None
        title = (doc["title"] if doc is not None else "") or r["doc_id"]
        outlet = (doc["outlet"] if doc is not None else "") or NOT_STATED
        figure = fmt_value(r["value_low"], r["value_high"], r["qualifier"])
        rows.append({"source": r["who"], "category": r["category"],
                     "figure": f"{figure} {r['item']}" + (f" per {r['per']}" if r["per"] else ""),
                     "date": r["reported_date"] or NOT_STATED,
                     "article": f"{html.escape(str(title))} ({html.escape(str(outlet))}): "
                                + article_links(str(r["doc_id"]), doc["url"] if doc is not None
                                                else "", texts)})
    return pd.DataFrame(rows)


def data_as_of(claims: pd.DataFrame, documents: pd.DataFrame) -> str:
    """The latest date the corpus states (an article's or a claim's), or a sentence saying none."""
    dates = [d for d in list(documents["published_date"]) + list(claims["reported_date"]) if d]
    if not dates:
        return "no article in the corpus states its date"
    return max(dates, key=lambda d: (d + "-99-99")[:10])


def manifest_notes(manifest: str | os.PathLike[str] | None) -> pd.DataFrame:
    """The manifest's ``file`` and ``note`` columns (what each article states), or no rows."""
    path = Path(manifest) if manifest else None
    if path is None or not path.is_file():
        return pd.DataFrame(columns=["file", "note"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "note" not in table.columns:
        table["note"] = ""
    return table[["file", "note"]].reset_index(drop=True)


def citation(cff: str | os.PathLike[str]) -> str:
    """How to cite the report, from its CITATION.cff: authors (year). Title (version). Address."""
    import yaml

    path = Path(cff)
    if not path.is_file():
        return "see the repository's CITATION.cff"
    meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    authors = ", ".join(a.get("name") or " ".join(filter(None, [a.get("given-names"),
                                                               a.get("family-names")]))
                        for a in meta.get("authors", []))
    year = str(meta.get("date-released", ""))[:4]
    parts = [f"{authors} ({year})." if year else f"{authors}.", f"{meta.get('title', '')}"]
    if meta.get("version"):
        parts[-1] += f", version {meta['version']}"
    parts[-1] += "."
    if meta.get("repository-code"):
        parts.append(str(meta["repository-code"]))
    return " ".join(p for p in parts if p.strip("."))
