"""Tables for the book's pages: plain HTML that one small shared script makes sortable.

The HTML is complete without the script (a reader without JavaScript, or a notebook opened in
Jupyter, sees the whole table); ``book/_static/claimtab-tables.js``, loaded once per page as a
static file, adds sorting by a click on a column's name and a filter box. A cell's sort key is
its ``data-sort`` attribute when it has one (numbers sort as numbers: "80" before "10,000"), else
its text. Every cell is escaped unless its column is named in ``html_columns`` (HTML the caller
made and escaped itself).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd

#: Columns of long text, which wrap at a readable width.
LONG_TEXT = ("evidence", "sentence", "detail", "note", "removed")


def cell_text(value: Any) -> str:
    """A value as a reader should see it: '' for a missing one, 12,000 (not 12000.0)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return f"{value:,.0f}"
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return str(value)


def _sort_attr(value: Any) -> str:
    """A ``data-sort`` attribute for a number ('' sorts last), nothing for text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ' data-sort=""'
    return f' data-sort="{value!r}"'


def _header(columns: Iterable[str]) -> str:
    """The header row: one button per column, which the shared script sorts by."""
    cells = "".join(
        f'<th scope="col" aria-sort="none"><span class="claimtab-sort">{html.escape(c)}</span></th>'
        for c in columns
    )
    return f"<thead><tr>{cells}</tr></thead>"


def _row(values: list[Any], columns: list[str], html_columns: set[str],
         keys: dict[str, Any]) -> str:
    """One body row; a column with a sort key gets it as ``data-sort``."""
    cells = []
    for col, value in zip(columns, values, strict=True):
        attr = _sort_attr(keys[col]) if col in keys else _sort_attr(_plain(value))
        cls = ' class="claimtab-long"' if col in LONG_TEXT else ""
        text = str(value) if col in html_columns else html.escape(cell_text(value), quote=False)
        cells.append(f"<td{cls}{attr}>{text}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def _plain(value: Any) -> Any:
    """A numpy or pandas scalar as the Python number it holds (text stays text)."""
    if value is pd.NA or value is None:
        return None
    return value.item() if hasattr(value, "item") else value


def table_html(
    df: pd.DataFrame,
    table_id: str,
    sort_keys: dict[str, str] | None = None,
    html_columns: Iterable[str] = (),
    paging: bool = True,
    css_class: str = "",
) -> str:
    """A table and its filter box as HTML; ``sort_keys`` maps a shown column to a hidden one.

    The hidden columns named in ``sort_keys`` give the shown column's ``data-sort`` and are not
    shown. With ``paging`` (the default) a long table scrolls inside a box of limited height.
    ``css_class`` is a further class of the table (``claimtab-claims``: a table of claims).
    """
    sort_keys = dict(sort_keys or {})
    hidden = set(sort_keys.values())
    shown = [c for c in df.columns if c not in hidden]
    raw = [[_plain(v) for v in row] for row in df[shown].itertuples(index=False, name=None)]
    key_rows = [
        {col: _plain(df[key].iloc[i]) for col, key in sort_keys.items()} for i in range(len(df))
    ]
    body = "".join(_row(values, shown, set(html_columns), keys)
                   for values, keys in zip(raw, key_rows, strict=True))
    tid = html.escape(table_id)
    box = "claimtab-scroll" + ("" if paging else " claimtab-full")
    n = len(df)
    classes = html.escape(f"claimtab-table {css_class}".strip())
    return (
        f'<div class="claimtab-table-block">'
        f'<input type="search" class="claimtab-filter" data-table="{tid}" '
        f'placeholder="Filter rows" aria-label="Filter the rows of {tid}">'
        f'<span class="claimtab-count" data-table="{tid}">{n:,} row{"" if n == 1 else "s"}</span>'
        f'<div class="{box}" role="region" aria-label="{tid}" tabindex="0">'
        f'<table id="{tid}" class="{classes}">{_header(shown)}<tbody>{body}</tbody></table>'
        f"</div></div>"
    )


def tidy(df: pd.DataFrame) -> pd.DataFrame:
    """A table with every cell as a reader should see it: '' for missing, 12,000 not 12000.0."""
    return df.apply(lambda col: col.map(cell_text)).astype(str) if len(df.columns) else df
