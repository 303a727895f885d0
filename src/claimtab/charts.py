"""Timeline charts in Vega-Lite: static SVG (a wide and a phone-sized drawing) and an
interactive version with tooltips, from one chart description.

The static drawings are rendered by vl-convert (no browser, no network) and shown with a
``<picture>``: the narrow one on screens below 640 px. The interactive version is the same
Vega-Lite spec inside a closed ``<details>``; ``book/_static/claimtab-charts.js`` loads Vega-Embed
(one static file for the whole book, ``_static/claimtab-vega.js``) the first time a reader opens
one.
"""

from __future__ import annotations

import base64
import html
import json
import math

import pandas as pd

from .display import interactive_table, note
from .plots import COUNTRY_STYLE
from .text import count
from .timeline import (
    KIND_LABEL,
    chart_keys,
    claim_phrase,
    dated,
    day_number,
    figure_text,
    timeline_rows,
    undated,
    unit_label,
)

#: Drawing sizes (plot area, pixels) and fonts for desktop and phone.
SIZES = {"wide": {"width": 540, "height": 300, "font": 12, "label": 11},
         "narrow": {"width": 250, "height": 280, "font": 12, "label": 11}}
DAY_MS = 86_400_000
#: The Vega-Lite version the charts are written for, in the SVGs and in the book's bundle.
VEGA_LITE = "6.4"
#: The shapes of the marks (a range is a bar, named in the caption, not in the legend).
KINDS = ["point", "over", "up to"]
SHAPES = ["circle", "triangle-up", "triangle-down"]



def nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def _domains(rows: pd.DataFrame) -> tuple[tuple[float, float], float]:
    """The x domain (epoch ms, padded) and the y maximum (room above for whiskers)."""
    days = [day_number(d) for d in rows["day"]]
    span = max(days) - min(days)
    pad = max(20, span * 0.12) if span else 45
    values = pd.concat([rows["low"], rows["high"]]).dropna()
    top = nice_top(float(values.max()) * 1.15)
    return ((min(days) - pad) * DAY_MS, (max(days) + pad) * DAY_MS), top


def _layout_labels(rows: pd.DataFrame, size: dict, x0: float, x1: float, top: float) -> list:
    """Each label's position (epoch ms, value, side): beside its mark, flipped to the left near
    the right edge, and moved down where it would overlap a label placed before it."""
    w, h, char = size["width"], size["height"], size["label"] * 0.56
    def where(r: dict) -> tuple[float, float]:
        anchor = (r["low"] + r["high"]) / 2 if r["kind"] == "range" else r["y"]
        return (day_number(r["day"]) * DAY_MS - x0) / (x1 - x0) * w, h - anchor / top * h

    records = rows.to_dict("records")
    # (left, right, middle y, height) of what is drawn: the marks first, then each label.
    placed = [(x - 6, x + 6, y, 12.0) for x, y in map(where, records)]
    out = []
    for r in records:
        px, py = where(r)
        lines = r["label"]
        width = max(len(line) for line in lines) * char
        tall = len(lines) * (size["label"] + 2)
        right = px + 10 + width <= w
        left_px, right_px = (px + 10, px + 10 + width) if right else (px - 10 - width, px - 10)
        py = _free_y(placed, left_px, right_px, py, tall, h)
        placed.append((left_px, right_px, py, tall))
        ms = day_number(r["day"]) * DAY_MS + (10 if right else -10) / w * (x1 - x0)
        out.append((ms, (h - py) / h * top, "right" if right else "left"))
    return out


def _free_y(placed: list, left: float, right: float, y: float, tall: float, h: float) -> float:
    """The height nearest ``y`` (tried above and below in small steps) where a label of
    ``tall`` pixels overlaps no label placed before it."""
    def free(c: float) -> bool:
        return all(not (lp < right + 4 and left - 4 < rp and abs(yp - c) < (tall + th) / 2 + 1)
                   for lp, rp, yp, th in placed)

    step = 4.0
    for k in range(0, 200):
        for c in (y + k * step, y - k * step):
            if tall / 2 <= c <= h - tall / 2 and free(c):  # noqa: B023 - used at once
                return c
    return y


def _num(v: object) -> float | None:
    """A number for JSON: None for a missing one (NaN is not JSON)."""
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def _data(rows: pd.DataFrame, size: dict, top: float, x: tuple[float, float]) -> list[dict]:
    """The chart's data: one record per claim with its mark, whisker and label positions."""
    rows = rows.copy()
    # Each mark carries its number in the key below the chart (which names the source): a
    # number fits beside a mark at any width, a source's name often does not.
    rows["label"] = [[str(i)] for i in range(1, len(rows) + 1)]
    labels = _layout_labels(rows, size, x[0], x[1], top)
    whisker = top * 0.08
    records = []
    for r, (lx, ly, side) in zip(rows.to_dict("records"), labels, strict=True):
        end = {"over": r["y"] + whisker, "up to": max(0.0, r["y"] - whisker)}.get(r["kind"])
        records.append({
            "t": day_number(r["day"]) * DAY_MS, "low": _num(r["low"]), "high": _num(r["high"]),
            "y": r["y"],
            "end": end, "kind": r["kind"], "status": r["status"], "country": r["country_name"],
            "fill": r["country_name"] if r["status"] == "delivered" else "planned",
            "label": r["label"], "lx": lx, "ly": ly, "side": side,
            "Source": r["label_full"], "Figure": figure_text(r),
            "Status": "already sent" if r["status"] == "delivered" else "planned",
            "Reported": r["when"], "Country": r["country_name"],
            "Sentence": r["evidence"] if len(r["evidence"]) <= 280 else r["evidence"][:279] + "…",
        })
    return records


def timeline_spec(rows: pd.DataFrame, axis_title: str, narrow: bool = False) -> dict:
    """A Vega-Lite description of a timeline: the claims' figures at their reported dates."""
    size = SIZES["narrow" if narrow else "wide"]
    x, top = _domains(rows)
    rows = rows.assign(label_full=rows["label"])
    countries = [s[1] for s in COUNTRY_STYLE.values() if s[1] in set(rows["country_name"])]
    colours = [next(s[0] for s in COUNTRY_STYLE.values() if s[1] == c) for c in countries]
    below = size["height"] + 48
    colour = {"field": "country", "type": "nominal", "title": "Source's country",
              "scale": {"domain": countries, "range": colours},
              "legend": {"orient": "none", "legendX": 0, "legendY": below}}
    # Phone: the second legend under the first; desktop: beside it.
    shape_at = ({"legendX": 0, "legendY": below + 26 + 17 * math.ceil(len(countries) / 2)}
                if narrow else {"legendX": 300, "legendY": below})
    xenc = {"field": "t", "type": "temporal", "title": "reported",
            "scale": {"type": "utc", "domain": list(x)},
            "axis": {"labelOverlap": True,
                     "tickCount": 4 if narrow else 6, "grid": False}}
    yenc = {"type": "quantitative", "title": axis_title,
            "scale": {"domain": [0, top], "nice": False},
            "axis": {"format": "~s" if top >= 1e6 else ",d", "tickCount": 5}}
    tooltip = [{"field": f} for f in ("Source", "Figure", "Status", "Reported", "Country",
                                      "Sentence")]
    layers = [
        {"mark": {"type": "tick", "thickness": 2, "size": 12, "orient": "horizontal"},
         "transform": [{"filter": "datum.kind === 'range'"}, {"fold": ["low", "high"]}],
         "encoding": {"y": {"field": "value", **yenc}, "color": colour}},
        {"mark": {"type": "rule", "strokeWidth": 4, "opacity": 0.8},
         "transform": [{"filter": "datum.kind === 'range'"}],
         "encoding": {"y": {"field": "low", **yenc}, "y2": {"field": "high"},
                      "color": colour, "tooltip": tooltip}},
        {"mark": {"type": "rule", "strokeWidth": 1.5, "strokeDash": [3, 2]},
         "transform": [{"filter": "datum.end !== null"}],
         "encoding": {"y": {"field": "y", **yenc}, "y2": {"field": "end"},
                      "color": colour}},
        {"mark": {"type": "point", "size": 120 if not narrow else 90, "strokeWidth": 2,
                  "opacity": 1},
         "transform": [{"filter": "datum.kind !== 'range'"}],
         "encoding": {
             "y": {"field": "y", **yenc}, "stroke": colour,
             "fill": {"field": "fill", "type": "nominal", "legend": None,
                      "scale": {"domain": [*countries, "planned"], "range": [*colours, "white"]}},
             "shape": {"field": "kind", "type": "nominal", "title": "Drawn as",
                       "scale": {"domain": KINDS, "range": SHAPES},
                       "legend": {"labelExpr": _kind_labels(), "symbolStrokeColor": "#444",
                                  "orient": "none", **shape_at,
                                  "symbolStrokeWidth": 2}},
             "tooltip": tooltip}},
    ]
    for side, align in (("right", "left"), ("left", "right")):
        layers.append({
            "mark": {"type": "text", "align": align, "baseline": "middle",
                     "fontSize": size["label"], "color": "#222"},
            "transform": [{"filter": f"datum.side === '{side}'"}],
            "encoding": {"x": {**xenc, "field": "lx"}, "y": {"field": "ly", **yenc},
                         "text": {"field": "label"}}})
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": size["width"], "height": size["height"],
        "data": {"values": _data(rows, size, top, x)},
        "encoding": {"x": xenc}, "layer": layers,
        "config": {"font": "DejaVu Sans, Arial, sans-serif",
                   "axis": {"labelFontSize": size["font"], "titleFontSize": size["font"]},
                   "legend": {"direction": "horizontal", "columns": 2,
                              "labelFontSize": size["font"], "titleFontSize": size["font"],
                              "labelLimit": 220},
                   "view": {"stroke": None}},
    }


def _kind_labels() -> str:
    """A Vega expression naming each way a figure is drawn in the legend."""
    cases = " : ".join(f"datum.label === '{k}' ? '{v}'" for k, v in KIND_LABEL.items())
    return f"{cases} : datum.label"


def render(spec: dict) -> str:
    """The chart as SVG text (vl-convert, offline)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(spec, vl_version=VEGA_LITE)


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


def _json_for_script(spec: dict) -> str:
    """JSON safe inside a <script> element: no '<' that could close it."""
    text = json.dumps(spec, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return text.replace("<", "\\u003c")


def alt_text(rows: pd.DataFrame, title: str, axis_title: str) -> str:
    """A text description of a timeline for readers who cannot see it."""
    parts = [claim_phrase(r) for r in rows.to_dict("records")]
    return (f"{title}. {count(len(rows), 'dated claim')} in {axis_title}, by reported date: "
            + "; ".join(parts) + ".")


def timeline_html(rows: pd.DataFrame, title: str, caption: str, chart_id: str) -> str:
    """A figure: the wide and narrow SVG drawings, a caption, and an interactive version."""
    axis = unit_label(rows["unit"].iloc[0], rows["per"].iloc[0])
    wide, narrow = timeline_spec(rows, axis), timeline_spec(rows, axis, narrow=True)
    wide_svg, narrow_svg = render(wide), render(narrow)
    alt = html.escape(alt_text(rows, title, axis))
    specs = _json_for_script({"wide": wide, "narrow": narrow})
    key = "".join(f"<li>{html.escape(claim_phrase(r))}</li>" for r in rows.to_dict("records"))
    return (
        f'<figure class="claimtab-figure claimtab-timeline" id="{chart_id}">'
        f'<picture><source media="(max-width: 640px)" srcset="{_data_uri(narrow_svg)}">'
        f'<img src="{_data_uri(wide_svg)}" alt="{alt}"></picture>'
        f"<figcaption><strong>{html.escape(title)}</strong> {html.escape(caption)} A vertical "
        "bar is a range (lowest to highest figure); a dotted arrow points from an open bound "
        "towards where the figure lies. Each number is a claim:"
        f'<ol class="claimtab-key">{key}</ol></figcaption>'
        '<details class="claimtab-interactive"><summary>Interactive version: point at or tap '
        "a mark for its source, date and sentence</summary>"
        f'<div class="claimtab-vega" data-chart="{chart_id}"></div>'
        f'<script type="application/json" class="claimtab-vega-spec">{specs}</script>'
        "</details></figure>"
    )


def timeline_parts(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[str, list[str]]]]:
    """The rows worth a chart (two dates or more; else none), and the claims listed instead,
    as (lead sentence, claims) pairs: those too few to chart, and those with no date."""
    on_axis, off_axis = dated(rows), undated(rows)
    lists = []
    if on_axis["day"].nunique() < 2 and len(on_axis):
        lead = ("One dated figure, too few for a chart" if len(on_axis) == 1 else
                f"{count(len(on_axis), 'dated figure')}, all reported on one day, too few "
                "dates for a chart")
        lists.append((lead, [claim_phrase(r) for r in on_axis.to_dict("records")]))
        on_axis = on_axis.iloc[0:0]
    if len(off_axis):
        lead = f"{count(len(off_axis), 'figure')} with no reported date, so not drawn"
        lists.append((lead, [claim_phrase(r).removesuffix(", no date")
                             for r in off_axis.to_dict("records")]))
    return on_axis, lists


def listed_html(name: str, lists: list[tuple[str, list[str]]]) -> str:
    """The claims a timeline does not draw, as short lists under a bold unit name."""
    parts = [f'<div class="claimtab-undrawn"><p><strong>{html.escape(name.capitalize())}</strong>']
    for lead, items in lists:
        lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
        parts.append(f"<p>{html.escape(lead)}:</p><ul>{lis}</ul>")
    return "".join(parts).replace("</strong><p>", "</strong></p><p>", 1) + "</div>"


def show_timelines(claims: pd.DataFrame, title: str, caption: str, chart_id: str,
                   empty: str) -> None:
    """Show a timeline per unit (and period) of the claims' figures, with the sentence for the
    claims not drawn (too few dates, or none); print ``empty`` if no claim has a figure."""
    from IPython.display import HTML, display

    rows = timeline_rows(claims)
    if rows.empty:
        note(empty)
    for unit, per in chart_keys(rows):
        part = rows[(rows["unit"] == unit) & (rows["per"] == per)]
        on_axis, lists = timeline_parts(part)
        name = unit_label(unit, per)
        if len(on_axis):
            display(HTML(timeline_html(on_axis, f"{title}: {name}", caption,
                                       f"{chart_id}-{unit}{'-' + per if per else ''}")))
        if lists:
            display(HTML(listed_html(name, lists)))


def table_or_note(df: pd.DataFrame, table_id: str, empty: str, **options: object) -> object:
    """The interactive table, or the sentence ``empty`` as a paragraph when it has no rows."""
    if df.empty:
        note(empty)
        return None
    return interactive_table(df, table_id, **options)
