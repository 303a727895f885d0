"""The claims table's data dictionary: one definition used by the code, the tests and the book."""

from __future__ import annotations

from typing import Any

import pandas as pd

CATEGORIES = ["troops", "munitions", "missiles", "payments", "casualties"]
UNITS = ["persons", "rounds", "containers", "missiles", "launchers", "EUR", "USD", "KRW", "RUB",
         "GBP", "JPY", "percent", "units"]  # fmt: skip
QUALIFIERS = ["exact", "approx", "at_least", "over", "up_to", "range", "vague", "unquantified"]
STATUSES = ["delivered", "planned"]
COUNTRIES = ["UA", "KR", "RU", "KP", "US", "GB", "FR", "UN", "media", "other", "unknown"]

#: name, frictionless type, description, allowed values (or None)
CLAIM_FIELDS: list[tuple[str, str, str, list[str] | None]] = [
    ("claim_id", "string", "Stable id, <doc_id>-<n> in order of appearance in the document.", None),
    ("doc_id", "string", "The document's file stem; joins to the documents table.", None),
    ("lang", "string", "ISO 639-1 code of the document's language.", None),
    ("category", "string", "What the claim is about; casualties are kept apart from deployments.",
     CATEGORIES),
    ("item", "string", "Short English noun phrase for what is counted.", None),
    ("value_low", "number", "Lower bound; empty if the text gives none.", None),
    ("value_high", "number", "Upper bound; empty if the text gives none.", None),
    ("unit", "string", "Unit of the values.", UNITS),
    ("qualifier", "string", "How the figure is hedged.", QUALIFIERS),
    ("status", "string", "delivered: has happened or is under way; planned: will, could, is "
     "prepared to.", STATUSES),
    ("claimant", "string", "Who asserts it, as the text names them; 'article' where the text "
     "gives no source.", None),
    ("claimant_country", "string", "Country (or kind) of the claimant.", COUNTRIES),
    ("event_date", "string", "ISO date or partial date of what the claim refers to, when the "
     "text gives one.", None),
    ("evidence", "string", "The sentence that carries the claim, verbatim, in the document's "
     "language.", None),
    ("start", "integer", "Character offset where the number span starts in the loaded text.", None),
    ("end", "integer", "Character offset where the number span ends in the loaded text.", None),
]  # fmt: skip
CLAIM_COLUMNS = [f[0] for f in CLAIM_FIELDS]
_DTYPES = {"string": "string", "number": "Float64", "integer": "Int64"}


def empty_claims() -> pd.DataFrame:
    """An empty claims table with the right columns and types."""
    return coerce_claims(pd.DataFrame(columns=CLAIM_COLUMNS))


def coerce_claims(df: pd.DataFrame) -> pd.DataFrame:
    """Give the claims table its column order and types (strings, nullable floats and ints)."""
    out = df[CLAIM_COLUMNS].copy()
    for name, ftype, _desc, _allowed in CLAIM_FIELDS:
        out[name] = out[name].astype(_DTYPES[ftype])
    return out


def validate_claims(df: pd.DataFrame) -> list[str]:
    """Check a claims table against the data dictionary; return the problems found (none: [])."""
    errors: list[str] = []
    missing = [c for c in CLAIM_COLUMNS if c not in df.columns]
    if missing:
        return [f"missing columns: {', '.join(missing)}"]
    for name, _ftype, _desc, allowed in CLAIM_FIELDS:
        if allowed is not None:
            bad = sorted(set(df[name].dropna().astype(str)) - set(allowed))
            if bad:
                errors.append(f"{name}: values not allowed: {', '.join(bad)}")
    if df["claim_id"].duplicated().any():
        errors.append("claim_id: duplicates")
    low, high = df["value_low"], df["value_high"]
    both = low.notna() & high.notna()
    if (low[both] > high[both]).any():
        errors.append("value_low greater than value_high")
    if ((df["qualifier"] == "vague") & (low.notna() | high.notna())).any():
        errors.append("vague claims must have no values")
    if ((df["qualifier"] == "up_to") & low.notna()).any():
        errors.append("up_to claims must have no value_low")
    return errors


def datapackage(resources: dict[str, str]) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for the published claims table(s)."""
    fields = []
    for name, ftype, desc, allowed in CLAIM_FIELDS:
        field: dict[str, Any] = {"name": name, "type": ftype, "description": desc}
        if allowed is not None:
            field["constraints"] = {"enum": allowed}
        fields.append(field)
    return {
        "name": "north-korea-russia-claims",
        "title": "Claims about North Korea's military support to Russia, read from news articles",
        "licenses": [{"name": "CC-BY-4.0"}],
        "resources": [
            {
                "name": name,
                "path": path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": ["claim_id"]},
            }
            for name, path in resources.items()
        ],
    }
