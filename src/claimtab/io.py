"""Atomic file output: write to a temporary file beside the target, then rename over it."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it onto ``path`` only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", **kw: Any) -> Iterator[IO[Any]]:
    """Open a file for writing that appears at ``path`` only once it is complete."""
    with atomic_path(path) as tmp, open(tmp, mode, **kw) as fh:
        yield fh


def write_table(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write ``df`` atomically as CSV or Parquet (chosen by the suffix) and return the path."""
    target = Path(path)
    suffix = target.suffix.lower()
    with atomic_path(target) as tmp:
        if suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        elif suffix == ".csv":
            # Fixed line ends and float format so the bytes are the same on every machine.
            df.to_csv(tmp, index=False, lineterminator="\n", float_format="%.10g")
        else:
            raise ValueError(f"{target}: unknown table format {suffix!r} (use .csv or .parquet)")
    return target


def write_json(obj: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``obj`` as pretty, key-sorted JSON atomically and return the path."""
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")
    return Path(path)


def read_table(
    path: str | os.PathLike[str], fields: list[tuple[str, str, str, list[str] | None]]
) -> pd.DataFrame:
    """Read a CSV or Parquet table with the types its data dictionary ``fields`` declares."""
    from .schema import coerce_table

    p = Path(path)
    if p.suffix.lower() == ".parquet":
        df = pd.read_parquet(p)
    else:
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
    return coerce_table(df, fields)


def write_documents(df: pd.DataFrame, path: str | os.PathLike[str]) -> pd.DataFrame:
    """Write the documents table atomically with its data dictionary's types; return it typed."""
    from .schema import coerce_documents

    typed = coerce_documents(df)
    write_table(typed, path)
    return typed


def write_claims(df: pd.DataFrame, out_dir: str | os.PathLike[str]) -> list[Path]:
    """Publish a claims table: claims.csv, claims.parquet and datapackage.json, each atomically.

    The package describes documents.csv too when the folder has it (claims join it on doc_id).
    """
    from .schema import datapackage, validate_claims

    errors = validate_claims(df)
    if errors:
        raise ValueError("claims table does not follow the data dictionary: " + "; ".join(errors))
    out = Path(out_dir)
    paths = [write_table(df, out / "claims.csv"), write_table(df, out / "claims.parquet")]
    tables = {"claims": "claims.csv"}
    if (out / "documents.csv").is_file():  # written by the sources chapter, before the claims
        tables["documents"] = "documents.csv"
    paths.append(write_json(datapackage(tables), out / "datapackage.json"))
    return paths
