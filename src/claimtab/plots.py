"""One figure style for the book: claims drawn as points and intervals, by claimant country.

Colours are the Okabe-Ito palette (safe for colour-blind readers) and every country also has its
own marker shape, so the figures stay readable in greyscale. Filled markers are delivered claims,
hollow ones planned; ranges are bars, open bounds ("over", "up to") are arrows.
"""

from __future__ import annotations

import base64
import html
import io
import math
import warnings
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from .text import count

#: Colour and marker per claimant country (Okabe-Ito colours; shapes for greyscale).
COUNTRY_STYLE: dict[str, tuple[str, str, str]] = {
    "UA": ("#0072B2", "o", "Ukraine"),
    "KR": ("#009E73", "s", "South Korea"),
    "US": ("#56B4E9", "D", "United States"),
    "GB": ("#CC79A7", "P", "United Kingdom"),
    "FR": ("#CC79A7", "X", "France"),
    "RU": ("#D55E00", "v", "Russia"),
    "KP": ("#E69F00", "^", "North Korea"),
    "UN": ("#999999", "h", "United Nations"),
    "media": ("#000000", "*", "News media / researchers"),
    "other": ("#999999", "p", "Other"),
    "unknown": ("#7F7F7F", "d", "Country not named"),
}
UNIT_LABEL = {
    "persons": "persons", "rounds": "rounds", "containers": "shipping containers",
    "missiles": "missiles", "launchers": "launchers", "units": "units", "percent": "per cent",
    "EUR": "euros", "USD": "US dollars", "KRW": "South Korean won", "RUB": "roubles",
    "GBP": "pounds", "JPY": "yen",
}
SOURCE_NOTE = "Source: claims read from {n} by claimtab; each is a claim, not a fact."



#: Fonts tried, in order, for characters DejaVu Sans lacks (Korean, Japanese): only installed ones
#: are listed, so matplotlib never warns about a missing family (Debian: fonts-noto-cjk).
_CJK_FONTS = ["Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC", "IPAexGothic",
              "IPAGothic", "NanumGothic", "WenQuanYi Zen Hei"]
_INSTALLED = {f.name for f in mpl.font_manager.fontManager.ttflist}
STYLE = {
    "font.family": ["DejaVu Sans", *[f for f in _CJK_FONTS if f in _INSTALLED]],
    "figure.dpi": 100,
    "savefig.dpi": 110,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "svg.hashsalt": "claimtab",
}


def _label(row: pd.Series) -> str:
    who = str(row["claimant"])
    if who == "article":
        who = "(article, no source named)"
    if len(who) > 38:
        who = who[:36] + "…"
    date = (
        f", {row['event_date']}"
        if isinstance(row.get("event_date"), str) and row["event_date"]
        else ""
    )
    return f"{who} [{row['doc_id'][:3]}{date}]"


def _is_na(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


#: More claims than this are drawn as one row per source (its lowest to highest figure).
MAX_ROWS = 40


def summarise_by_source(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claimant and status: the range of its figures, and how many claims it made."""
    rows = []
    for (country, who, status), g in df.groupby(
        ["claimant_country", "claimant", "status"], sort=True
    ):
        values = pd.concat([g["value_low"], g["value_high"]]).dropna()
        lo, hi = float(values.min()), float(values.max())
        rows.append({
            "claimant_country": country, "claimant": f"{who} ({count(len(g), 'claim')})",
            "status": status,
            "value_low": lo, "value_high": hi, "qualifier": "range" if lo < hi else "exact",
            "doc_id": count(g["doc_id"].nunique(), "doc"), "event_date": "", "n": len(g),
        })
    out = pd.DataFrame(rows)
    return out.sort_values("n", ascending=False, kind="stable").head(MAX_ROWS)


def drawable(claims: pd.DataFrame, unit: str | None = None) -> pd.DataFrame:
    """The claims a figure can draw: those with a figure (not vague or unquantified), of one
    unit if given."""
    df = claims[~claims["qualifier"].isin(["vague", "unquantified"])]
    return df if unit is None else df[df["unit"] == unit]


def claims_figure(
    claims: pd.DataFrame, title: str, n_documents: int, unit: str | None = None
) -> tuple[Figure, str]:
    """Draw one unit's claims as points/intervals by claimant; return (figure, alt text).

    With more than MAX_ROWS claims, each row is one source's range of figures instead.
    """
    df, title, unit = _figure_rows(claims, title, unit)
    # No pyplot: the figure is drawn off-screen and never changes the notebook's backend. A
    # glyph no installed font has is drawn as a box, without a warning in the notebook's output.
    with mpl.rc_context(STYLE), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig = Figure(figsize=(8.5, 1.2 + 0.42 * max(1, len(df))))
        ax = fig.subplots()
        span_left, span_right, log = _x_span(df)
        if log:
            ax.set_xscale("log")
        for y, (_, row) in enumerate(df.iterrows()):
            _draw_claim(ax, y, row, log, span_left, span_right)
        _draw_status_rules(ax, list(df["status"]))
        _style_axes(ax, df, unit, log, span_left, span_right)
        # A figure-wide title, so a long one is not cut to the width of the axes.
        fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
        handles = _legend_handles(df)
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8.5)
        note = SOURCE_NOTE.format(n=count(n_documents, "news article"))
        fig.text(0.01, 0.005, note + " Arrows: open bounds; "
                 "bars: ranges; ≈: approximate.", fontsize=7.5, color="#555555")
        fig.tight_layout(rect=(0, 0.04, 1, 0.97))
    return fig, alt_text(df, title, unit)


def _figure_rows(
    claims: pd.DataFrame, title: str, unit: str | None
) -> tuple[pd.DataFrame, str, str]:
    """The rows a claims figure draws, in drawing order, with its title and unit."""
    df = drawable(claims, unit).copy()
    unit = unit or (df["unit"].iloc[0] if len(df) else "")
    if len(df) > MAX_ROWS:
        df = summarise_by_source(df)
        title = f"{title} (one row per source)"
    df = df.sort_values(["status", "value_high", "value_low"], na_position="first", kind="stable")
    return df, title, unit


def _x_span(df: pd.DataFrame) -> tuple[float, float, bool]:
    """The x-axis limits (left, right) of the rows' figures, and whether the axis is log."""
    values = [v for v in pd.concat([df["value_low"], df["value_high"]]) if not _is_na(v)]
    lo, hi = (min(values), max(values)) if values else (1, 10)
    log = lo > 0 and hi / lo >= 50
    span_left = lo / 3 if log else lo - (hi - lo) * 0.15 - 1
    span_right = hi * 3 if log else hi + (hi - lo) * 0.15 + 1
    return span_left, span_right, log


def _draw_claim(
    ax: Any, y: int, row: pd.Series, log: bool, span_left: float, span_right: float
) -> None:
    """One row: a point, a bar (range) or an arrow (open bound) in its country's style."""
    color, marker, _name = COUNTRY_STYLE.get(row["claimant_country"], COUNTRY_STYLE["other"])
    face = color if row["status"] == "delivered" else "white"
    low, high, q = row["value_low"], row["value_high"], row["qualifier"]
    if q == "range":
        ax.plot([low, high], [y, y], color=color, lw=3, solid_capstyle="butt")
        ax.plot([low, high], [y, y], ls="none", marker="|", ms=12, color=color)
        ax.plot([(low * high) ** 0.5 if log else (low + high) / 2], [y], ls="none",
                marker=marker, ms=9, mfc=face, mec=color, mew=1.6)
    elif q in ("over", "at_least"):
        ax.annotate("", xy=(span_right, y), xytext=(low, y),
                    arrowprops={"arrowstyle": "->", "color": color, "lw": 1.6})
        ax.plot([low], [y], ls="none", marker=marker, ms=9, mfc=face, mec=color, mew=1.6)
    elif q == "up_to":
        ax.annotate("", xy=(span_left, y), xytext=(high, y),
                    arrowprops={"arrowstyle": "->", "color": color, "lw": 1.6})
        ax.plot([high], [y], ls="none", marker=marker, ms=9, mfc=face, mec=color, mew=1.6)
    else:
        ax.plot([low], [y], ls="none", marker=marker, ms=9, mfc=face, mec=color, mew=1.6)
        if q == "approx":
            ax.annotate("≈", (low, y), xytext=(7, 4), textcoords="offset points",
                        fontsize=9, color=color)


def _draw_status_rules(ax: Any, statuses: list[str]) -> None:
    """A dashed rule between delivered and planned rows, and each group's name at its top."""
    for y in range(1, len(statuses)):
        if statuses[y] != statuses[y - 1]:  # a rule between delivered and planned claims
            ax.axhline(y - 0.5, color="#888888", lw=0.8, ls="--")
    for status in ("delivered", "planned"):
        if status in statuses:
            top = len(statuses) - 1 - statuses[::-1].index(status)
            ax.annotate(status, xy=(1.0, top), xycoords=("axes fraction", "data"),
                        xytext=(-4, 8), textcoords="offset points", ha="right",
                        fontsize=8, color="#555555", style="italic")


def _style_axes(
    ax: Any, df: pd.DataFrame, unit: str, log: bool, span_left: float, span_right: float
) -> None:
    """Row labels, axis limits, the x-axis label (unit, log scale) and its tick format."""
    ax.set_yticks(range(len(df)))
    ax.set_yticklabels([_label(r) for _, r in df.iterrows()])
    ax.set_ylim(-0.8, max(0.8, len(df) - 0.2))
    ax.set_xlim(span_left, span_right)
    ax.set_xlabel(f"{UNIT_LABEL.get(unit, unit)}" + (" (log scale)" if log else ""))
    ax.xaxis.set_major_formatter(FuncFormatter(_tick))


def _legend_handles(df: pd.DataFrame) -> list[Line2D]:
    """Legend entries: each claimant country drawn, then filled (delivered) and hollow (planned)."""
    countries = [c for c in COUNTRY_STYLE if c in set(df["claimant_country"])]
    return [
        Line2D([], [], ls="none", marker=COUNTRY_STYLE[c][1], ms=8, mfc=COUNTRY_STYLE[c][0],
               mec=COUNTRY_STYLE[c][0], label=COUNTRY_STYLE[c][2])
        for c in countries
    ] + [
        Line2D([], [], ls="none", marker="o", ms=8, mfc="#444444", mec="#444444",
               label="delivered (filled)"),
        Line2D([], [], ls="none", marker="o", ms=8, mfc="white", mec="#444444",
               label="planned (hollow)"),
    ]


def _tick(x: float, _pos: int) -> str:
    if x >= 1e9:
        return f"{x / 1e9:g} bn"
    if x >= 1e6:
        return f"{x / 1e6:g} m"
    return f"{x:,.0f}"


def fmt_value(low: object, high: object, qualifier: str) -> str:
    """A claim's value as a reader would write it: "10,000–12,000", "over 5 bn", "up to 12,000"."""

    def num(v: object) -> str:
        return _tick(float(v), 0) if float(v) >= 1e6 else f"{float(v):,.0f}"  # type: ignore[arg-type]

    if qualifier in ("vague", "unquantified"):
        return "no figure"
    if qualifier == "range":
        return f"{num(low)}–{num(high)}"
    if qualifier in ("over", "at_least"):
        return ("over " if qualifier == "over" else "at least ") + num(low)
    if qualifier == "up_to":
        return "up to " + num(high)
    return ("about " if qualifier == "approx" else "") + num(low)


def alt_text(df: pd.DataFrame, title: str, unit: str) -> str:
    """A text description of a claims figure for readers who cannot see it."""
    parts = [
        f"{_label(r)}: {fmt_value(r['value_low'], r['value_high'], r['qualifier'])} ({r['status']})"
        for _, r in df.iterrows()
    ]
    claims = count(len(df), "claim")
    return f"{title}. {claims} in {UNIT_LABEL.get(unit, unit)}: " + "; ".join(parts) + "."


def figure_html(fig: Figure, alt: str, caption: str = "") -> str:
    """The figure as an HTML <figure> with an embedded PNG and its alt text."""
    buf = io.BytesIO()
    with mpl.rc_context(STYLE), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(buf, format="png", metadata={"Software": None})
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    cap = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return (
        f'<figure class="claimtab-figure"><img src="data:image/png;base64,{data}" '
        f'alt="{html.escape(alt)}" style="max-width:100%">{cap}</figure>'
    )
