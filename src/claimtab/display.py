"""Display helpers for the notebooks: the tables they read, interactive tables, prose."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import pandas as pd

from .io import read_table
from .plots import drawable, fmt_value
from .publish import NOT_STATED, sort_key
from .schema import CLAIM_FIELDS, DOCUMENT_FIELDS
from .text import count
from .timeline import key_figures, timeline_rows


def read_claims(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a published claims table (CSV or Parquet) with the data dictionary's types."""
    return read_table(path, CLAIM_FIELDS)


#: The columns a topic chapter (troops, munitions, payments) shows for each claim: who, when and
#: how many, the sentence, then the rest (as the claims table). ``value_sort`` is hidden: the
#: number ``value`` sorts by.
CHAPTER_COLUMNS = ["claimant", "date", "value", "evidence", "item", "unit", "per", "status",
                   "claimant_country", "event_date", "claim_id", "value_sort"]


def read_documents(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read the documents table the sources chapter wrote, with the data dictionary's types."""
    return read_table(path, DOCUMENT_FIELDS)


def chapter_tables(output_dir: str | os.PathLike[str]) -> tuple[pd.DataFrame, int]:
    """What a topic chapter reads: the claims table and the number of documents."""
    claims = read_claims(Path(output_dir) / "claims.csv")
    return claims, len(read_documents(Path(output_dir) / "documents.csv"))


def readable(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with a human "value" column ("about 10,000", "over 5 bn"), its numeric sort key
    ``value_sort`` and a "date" column (when the claim was made, or "not stated") for display."""
    out = claims.copy()
    lows, highs = out["value_low"], out["value_high"]
    out.insert(
        out.columns.get_loc("value_low"),
        "value",
        [fmt_value(lo, hi, q) for lo, hi, q in zip(lows, highs, out["qualifier"], strict=True)],
    )
    out["value_sort"] = [sort_key(lo, hi) for lo, hi in zip(lows, highs, strict=True)]
    out["date"] = [d or NOT_STATED for d in out["reported_date"].astype(str)]
    return out


def chapter_view(claims: pd.DataFrame, also: tuple[str, ...] = ()) -> pd.DataFrame:
    """A chapter's claims as shown: claimant, date, value and evidence first, then the columns
    ``also`` names, then the rest of CHAPTER_COLUMNS (``value_sort`` is the hidden sort key)."""
    rest = [c for c in CHAPTER_COLUMNS[4:] if c not in also]
    return readable(claims)[[*CHAPTER_COLUMNS[:4], *also, *rest]].reset_index(drop=True)


def show_claims(claims: pd.DataFrame, table_id: str, empty: str,
                also: tuple[str, ...] = ()) -> None:
    """Show a chapter's table of claims (``chapter_view``), ``value`` sorted as a number; the
    sentence ``empty`` as a paragraph when there is none."""
    view = chapter_view(claims, also)
    if view.empty:
        note(empty)
        return
    interactive_table(view, table_id, sort_keys={"value": "value_sort"},
                      css_class="claimtab-claims")


def note(sentence: str) -> None:
    """Show a sentence as a paragraph of the page (it wraps on a phone; printed text does not)."""
    from IPython.display import HTML, display

    display(HTML(f'<p class="claimtab-note">{html.escape(sentence)}</p>'))


def interactive_table(  # type: ignore[no-untyped-def]
    df: pd.DataFrame, table_id: str, empty: str | None = None, **options: Any
):
    """A sortable table with a filter box: plain HTML, made sortable by the book's shared script.

    ``table_id`` must be fixed so that the notebook output is the same on every run. Cell text
    is escaped, so HTML in article text is shown as text and never runs. A table with no rows is
    replaced by the sentence ``empty`` when one is given. Options: ``paging=False`` (show every
    row, no scrolling box), ``sort_keys`` (shown column -> hidden numeric column it sorts by),
    ``html_columns`` (columns of HTML the caller made and escaped), ``css_class`` (a further class
    of the table); others are ignored.
    """
    if empty is not None and df.empty:
        print(empty)
        return None
    from IPython.display import HTML, display

    from .htmltable import table_html

    display(HTML(table_html(df, table_id, sort_keys=options.get("sort_keys"),
                            html_columns=options.get("html_columns", ()),
                            paging=options.get("paging", True),
                            css_class=options.get("css_class", ""))))
    return None


def units_with_figures(claims: pd.DataFrame, units: list[str]) -> list[str]:
    """The units, in the order given, that at least one claim with a figure is counted in."""
    have = set(drawable(claims)["unit"])
    return [u for u in units if u in have]


def named_goods(items: pd.Series) -> list[str]:
    """The distinct things named in claims' items ("food, oil and technology": three), sorted."""
    return sorted(set(", ".join(items).replace(" and ", ", ").split(", ")) - {""})


def spread_text(widest: pd.Series | None) -> dict[str, str]:
    """Prose for the widest spread among claims that can disagree: which quantity, when, the
    lowest and highest figure with who states each, and their ratio."""
    if widest is None:
        return {"widest": "none", "widest_spread": "—", "widest_range": "—",
                "spread_sentence": "No two sources give figures for the same quantity within "
                                   "the same few months, so no spread is shown."}
    per = f" a {widest['per']}" if widest["per"] else ""
    out = {
        "widest": f"{widest['item']} ({widest['unit']}{per}, {widest['status']})",
        "widest_spread": f"{widest['spread']:g}",
        "widest_range": f"{widest['lowest_claim']} to {widest['highest_claim']}",
    }
    out["spread_sentence"] = (
        f"The widest spread is for {out['widest']}, reported {widest['reported']}: from "
        f"{widest['lowest_claim']}, to {widest['highest_claim']}; the highest is "
        f"{out['widest_spread']} times the lowest."
    )
    return out


def summary(claims: pd.DataFrame, category: str) -> dict[str, str]:
    """Phrases for a chapter's prose about one category ("1 claim", "no named source")."""
    sel = claims[claims["category"] == category]
    out = {
        "claims": count(len(sel), "claim"),
        "documents": count(sel["doc_id"].nunique(), "document"),
        "claimants": count(sel.loc[sel["claimant"] != "article", "claimant"].nunique(),
                           "named source"),
        "planned": str(int((sel["status"] == "planned").sum())),
        "vague": str(int((sel["qualifier"] == "vague").sum())),
        "unsourced": str(int((sel["claimant"] == "article").sum())),
    }
    rows = timeline_rows(sel)
    for status in ("delivered", "planned"):
        out[f"{status}_key"] = key_figures(rows, status)
    return out


def or_sentence(df: pd.DataFrame, sentence: str) -> pd.DataFrame | None:
    """The table, or (when it has no rows) None after printing the sentence that says so."""
    if df.empty:
        print(sentence)
        return None
    return df


def glue_all(prefix: str, values: dict[str, str]) -> None:
    """Glue every value of a dict as ``<prefix>_<key>`` (``<key>`` without a prefix) for prose."""
    from myst_nb import glue

    for key, value in values.items():
        glue(f"{prefix}_{key}" if prefix else key, value, display=False)
