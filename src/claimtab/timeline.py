"""Claims over time: each figure at the date it was reported, by source and country.

``timeline_rows`` turns claims into what a timeline draws (one mark per claim: a point, a range
or an open bound, at its ``reported_date``, labelled by its source); ``timeline_spec`` describes
the chart in Vega-Lite; ``claimtab.charts`` renders it as static SVG and as an interactive chart.
Claims with no reported date are never put on a made-up date: ``undated`` lists them.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from .plots import COUNTRY_STYLE, UNIT_LABEL, fmt_value
from .schema import CURRENCIES

#: How each qualifier is drawn: a point, a range (a bar), or an open bound (a marker and an
#: arrow towards where the true figure lies).
KIND = {"range": "range", "over": "over", "at_least": "over", "up_to": "up to"}
KIND_LABEL = {"point": "a figure", "over": "over, at least (▲)", "up to": "up to (▼)"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
#: The columns of ``timeline_rows``, whatever the claims.
COLUMNS = ["claim_id", "doc_id", "category", "item", "unit", "per", "status", "kind", "low",
           "high", "y", "day", "when", "label", "country", "country_name", "value", "evidence"]


def source_label(source: object, claimant: object, limit: int = 80) -> str:
    """Who a claim is from, for a chart label: the registry's name, else the claimant as the
    text names them, else "the article (no source named)"; never a document code."""
    who = str(source or "").strip() or str(claimant or "").strip()
    if not who or who == "article":
        return "the article (no source named)"
    return who if len(who) <= limit else who[: limit - 1].rstrip() + "…"


def plot_day(date: object) -> str:
    """The day a reported date is drawn at: the day itself, the 15th for a month ("2024-10"),
    and '' for a year alone or no date (too vague to place on a time axis)."""
    text = "" if _na(date) else str(date)
    if len(text) == 10:
        return text
    if len(text) == 7:
        return text + "-15"
    return ""


def human_date(date: object) -> str:
    """A reported date as prose writes it: "21 October 2024", "October 2024", "2024", "no date"."""
    text = "" if _na(date) else str(date)
    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return text or "no date"


def _na(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) or v == ""


def timeline_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim with a figure: how it is drawn (kind, low, high, the anchor y), when
    (day to draw it at, '' if none; the date in words), who (label, country) and its sentence."""
    df = claims[~claims["qualifier"].isin(["vague", "unquantified"])]
    rows = []
    for r in df.to_dict("records"):
        kind = KIND.get(r["qualifier"], "point")
        low = None if _na(r["value_low"]) else float(r["value_low"])
        high = None if _na(r["value_high"]) else float(r["value_high"])
        country = r["claimant_country"] if r["claimant_country"] in COUNTRY_STYLE else "other"
        rows.append({
            "claim_id": r["claim_id"], "doc_id": r["doc_id"], "category": r["category"],
            "item": r["item"], "unit": r["unit"], "per": "" if _na(r.get("per")) else r["per"],
            "status": r["status"], "kind": kind, "low": low, "high": high,
            "y": high if kind == "up to" else low,
            "day": plot_day(r.get("reported_date")), "when": human_date(r.get("reported_date")),
            "label": source_label(r.get("source"), r["claimant"]), "country": country,
            "country_name": COUNTRY_STYLE[country][1],
            "value": fmt_value(low, high, r["qualifier"]), "evidence": r["evidence"],
        })
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values(["day", "y", "claim_id"], kind="stable").reset_index(drop=True)


def dated(rows: pd.DataFrame) -> pd.DataFrame:
    """The timeline rows that have a day to be drawn at."""
    return rows[rows["day"] != ""]


def undated(rows: pd.DataFrame) -> pd.DataFrame:
    """The timeline rows with no reported date precise enough to draw: listed, not plotted."""
    return rows[rows["day"] == ""]


def chart_keys(rows: pd.DataFrame) -> list[tuple[str, str]]:
    """The (unit, per) pairs that each need a chart of their own, most claims first: counts in
    different units, or a total and a rate, never share an axis."""
    sizes = rows.groupby(["unit", "per"], sort=True).size()
    return [k for k, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))]


def unit_label(unit: str, per: str = "") -> str:
    """The axis title for a unit: "persons", "euros per year"."""
    name = UNIT_LABEL.get(unit, unit)
    return f"{name} per {per.replace('/', ' per ')}" if per else name


def day_number(day: str) -> int:
    """Days since 1970-01-01 for an ISO day (for placing labels)."""
    return (dt.date.fromisoformat(day) - dt.date(1970, 1, 1)).days


def figure_text(r: dict) -> str:
    """A claim's figure with what it counts: "up to 12,000 troops", "over 5 bn EUR in money",
    "over 60% (share of ammunition)"."""
    item = str(r["item"])
    one = r["value"] in ("1", "at least 1", "about 1")
    if one and item.endswith("s") and not item.endswith("ss"):
        item = item[:-1]  # "1 division", "at least 1 weapon"
    r = {**r, "item": item}
    if r["unit"] in CURRENCIES:
        return f"{r['value']} {r['unit']} in {r['item']}"
    if r["unit"] == "percent":
        return f"{r['value']}% ({r['item']})"
    return f"{r['value']} {r['item']}"


def claim_phrase(r: dict) -> str:
    """One claim in prose: "up to 12,000 troops (planned) — some sources, 21 October 2024"."""
    status = "" if r["status"] == "delivered" else " (planned)"
    per = f" a {r['per']}" if r.get("per") else ""
    return f"{figure_text(r)}{per}{status} — {r['label']}, {r['when']}"


def key_figures(rows: pd.DataFrame, status: str = "delivered") -> str:
    """The figures prose should quote, each with who claims it and when: the latest dated claim
    and the highest one, in the most common unit (never a range spanning several claims)."""
    part = rows[rows["status"] == status]
    if part.empty:
        return "no figures"
    unit, per = chart_keys(part)[0]
    part = part[(part["unit"] == unit) & (part["per"] == per)]
    top = part.assign(_hi=part["high"].fillna(part["low"])).sort_values(
        ["_hi", "claim_id"], ascending=[False, True], kind="stable").iloc[0]
    on_axis = dated(part)
    if on_axis.empty:
        return f"the highest, {claim_phrase(top.to_dict())} (no figure is dated)"
    latest = on_axis.sort_values(["day", "claim_id"], kind="stable").iloc[-1]
    if latest["claim_id"] == top["claim_id"]:
        return f"the latest and highest, {claim_phrase(top.to_dict())}"
    return (f"the latest, {claim_phrase(latest.to_dict())}; the highest, "
            f"{claim_phrase(top.to_dict())}")
