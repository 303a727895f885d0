"""The claims table's data dictionary: one definition used by the code, the tests and the book."""

from __future__ import annotations

from typing import Any

import pandas as pd

CATEGORIES = ["troops", "munitions", "missiles", "payments", "casualties"]
CURRENCIES = ["EUR", "USD", "KRW", "RUB", "GBP", "JPY"]
UNITS = ["persons", "rounds", "containers", "missiles", "launchers", *CURRENCIES, "percent",
         "units"]
QUALIFIERS = ["exact", "approx", "at_least", "over", "up_to", "range", "vague", "unquantified"]
STATUSES = ["delivered", "planned"]
COUNTRIES = ["UA", "KR", "RU", "KP", "US", "GB", "FR", "UN", "media", "other", "unknown"]
SOURCE_KINDS = ["government", "military", "intelligence", "parliament", "official", "research",
                "media", "international", "other", "unknown"]
#: A rate's unit: per person, per period, or per person and period ("" for a total).
PERS = ["", "day", "week", "month", "year", "person", "person/day", "person/week", "person/month",
        "person/year"]

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
    ("claimant_country", "string", "Country (or kind) of the claimant: the source registry's "
     "when the claimant is in it, else what the text says.", COUNTRIES),
    ("source", "string", "The claimant's canonical English name in the source registry "
     "(sources.toml), one name for every alias in every language; empty when not in it.", None),
    ("source_kind", "string", "What kind of body the source is; unknown when not in the registry.",
     SOURCE_KINDS),
    ("reported_date", "string", "ISO date or partial date of when the claim was made: the "
     "statement date the sentence gives ('said on Friday', resolved against the article's "
     "date), else the article's publication date; empty when neither is known.", None),
    ("event_date", "string", "ISO date or partial date of what the claim refers to, when the "
     "text gives one.", None),
    ("per", "string", "Empty for a total; for a rate: per person, per period, or both "
     "(person/month).", PERS),
    ("evidence", "string", "The sentence that carries the claim, verbatim, in the document's "
     "language.", None),
    ("start", "integer", "Character offset where the number span starts in the loaded text.", None),
    ("end", "integer", "Character offset where the number span ends in the loaded text.", None),
]
CLAIM_COLUMNS = [f[0] for f in CLAIM_FIELDS]

#: The documents table: one row per document (same layout as CLAIM_FIELDS).
DOCUMENT_FIELDS: list[tuple[str, str, str, list[str] | None]] = [
    ("doc_id", "string", "The document's file stem; claims join to it.", None),
    ("lang", "string", "ISO 639-1 code of the document's language; empty if not identified.", None),
    ("title", "string", "The headline the document states; empty if none.", None),
    ("outlet", "string", "The outlet the document names; empty if none.", None),
    ("byline", "string", "The author the document names; empty if none.", None),
    ("published_date", "string", "ISO date of publication the document states; empty if none.",
     None),
    ("url", "string", "Where the document was published, where known.", None),
    ("words", "integer", "Words in the cleaned text.", None),
    ("encoding", "string", "How the file was decoded.", None),
    ("furniture_removed", "integer", "Lines of page furniture removed.", None),
    ("repeats_removed", "integer", "Paragraphs removed because they were printed twice.", None),
    ("removed", "string", "What was removed, one item per ' | '.", None),
    ("sha256", "string", "SHA-256 of the file's bytes.", None),
]
DOCUMENT_COLUMNS = [f[0] for f in DOCUMENT_FIELDS]
_DTYPES = {"string": "string", "number": "Float64", "integer": "Int64"}


def coerce_table(df: pd.DataFrame, fields: list[tuple[str, str, str, list[str] | None]]
                 ) -> pd.DataFrame:
    """Give a table the columns and types of ``fields``: text is a string ('' when there is none,
    never missing); numbers are numbers or missing, never ''."""
    out = df[[f[0] for f in fields]].copy()
    for name, ftype, _desc, _allowed in fields:
        col = out[name]
        if ftype == "string":
            out[name] = col.astype("string").fillna("")
        else:
            if col.dtype == object or pd.api.types.is_string_dtype(col):
                col = pd.to_numeric(col.astype("string").str.strip().replace("", pd.NA))
            out[name] = col.astype(_DTYPES[ftype])
    return out


def empty_claims() -> pd.DataFrame:
    """An empty claims table with the right columns and types."""
    return coerce_claims(pd.DataFrame(columns=CLAIM_COLUMNS))


def coerce_claims(df: pd.DataFrame) -> pd.DataFrame:
    """Give the claims table its column order and types (strings, nullable floats and ints)."""
    return coerce_table(df, CLAIM_FIELDS)


def coerce_documents(df: pd.DataFrame) -> pd.DataFrame:
    """Give the documents table its column order and types."""
    return coerce_table(df, DOCUMENT_FIELDS)


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


#: The tables a data package can describe: their fields and primary key.
PACKAGE_TABLES: dict[str, tuple[list[tuple[str, str, str, list[str] | None]], str]] = {
    "claims": (CLAIM_FIELDS, "claim_id"),
    "documents": (DOCUMENT_FIELDS, "doc_id"),
}


def _table_schema(name: str, names: set[str]) -> dict[str, Any]:
    """The Table Schema of one published table (claims join documents when both are there)."""
    fields_def, key = PACKAGE_TABLES[name]
    fields = []
    for fname, ftype, desc, allowed in fields_def:
        field: dict[str, Any] = {"name": fname, "type": ftype, "description": desc}
        if allowed is not None:
            field["constraints"] = {"enum": allowed}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": [key]}
    if name == "claims" and "documents" in names:
        schema["foreignKeys"] = [{"fields": ["doc_id"],
                                  "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return schema


def datapackage(resources: dict[str, str]) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for the published ``claims`` and ``documents``."""
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
                "schema": _table_schema(name, set(resources)),
            }
            for name, path in resources.items()
        ],
    }
