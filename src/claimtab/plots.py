"""What the book's charts share: a colour per claimant country, unit names, which claims can be
drawn, and a claim's value as a reader writes it ("about 10,000", "over 5 bn").

Each claimant country has a colour of its own, safe for colour-blind readers (``charts``,
``timeline``).
"""

from __future__ import annotations

import pandas as pd

#: Colour and name per claimant country, in the order of the charts' legends. Each group has a
#: colour of its own, the same in every chart: Paul Tol's "muted" scheme (nine colours distinct
#: for colour-blind readers too), black for the media and a light grey for no country named.
COUNTRY_STYLE: dict[str, tuple[str, str]] = {
    "UA": ("#332288", "Ukraine"),
    "KR": ("#117733", "South Korea"),
    "US": ("#88CCEE", "United States"),
    "GB": ("#882255", "United Kingdom"),
    "FR": ("#AA4499", "France"),
    "RU": ("#CC6677", "Russia"),
    "KP": ("#DDCC77", "North Korea"),
    "UN": ("#44AA99", "United Nations"),
    "media": ("#000000", "News media / researchers"),
    "other": ("#999933", "Other"),
    "unknown": ("#BBBBBB", "Country not named"),
}
UNIT_LABEL = {
    "persons": "persons", "rounds": "rounds", "containers": "shipping containers",
    "missiles": "missiles", "launchers": "launchers", "units": "units", "percent": "per cent",
    "EUR": "euros", "USD": "US dollars", "KRW": "South Korean won", "RUB": "roubles",
    "GBP": "pounds", "JPY": "yen",
}


def drawable(claims: pd.DataFrame, unit: str | None = None) -> pd.DataFrame:
    """The claims a figure can draw: those with a figure (not vague or unquantified), of one
    unit if given."""
    df = claims[~claims["qualifier"].isin(["vague", "unquantified"])]
    return df if unit is None else df[df["unit"] == unit]


def _short(x: float) -> str:
    """A number as a reader writes it: 5 bn, 4 m, 12,000."""
    if x >= 1e9:
        return f"{x / 1e9:g} bn"
    if x >= 1e6:
        return f"{x / 1e6:g} m"
    return f"{x:,.0f}"


def fmt_value(low: object, high: object, qualifier: str) -> str:
    """A claim's value as a reader would write it: "10,000–12,000", "over 5 bn", "up to 12,000"."""

    def num(v: object) -> str:
        return _short(float(v))  # type: ignore[arg-type]

    if qualifier in ("vague", "unquantified"):
        return "no figure"
    if qualifier == "range":
        return f"{num(low)}–{num(high)}"
    if qualifier in ("over", "at_least"):
        return ("over " if qualifier == "over" else "at least ") + num(low)
    if qualifier == "up_to":
        return "up to " + num(high)
    return ("about " if qualifier == "approx" else "") + num(low)
