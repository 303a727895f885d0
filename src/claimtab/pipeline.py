"""Files to claims at scale: one process, N processes, or a Dask cluster; streamed to disk.

Every engine gives the same table: files are read in their sorted order and each file's claims
keep their order, so ``--jobs 4`` or ``--engine dask`` write what one process writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from .extract import Claim, claims_table, extract_document
from .io import atomic_path
from .languages import LanguageError
from .load import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    Problem,
    corpus_files,
    load_document,
    manifest_row,
    read_manifest,
)
from .schema import CLAIM_COLUMNS, empty_claims


@dataclass
class FileResult:
    """What one file gave: its claims, and the problems met (skipped or with a caveat)."""

    file: str
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    analysed: bool = False


@dataclass(frozen=True)
class _Job:
    path: str
    metadata: dict[str, str]
    max_bytes: int
    lang_dir: str | None


def process_file(job: _Job) -> FileResult:
    """Load one file and extract its claims; never raises for a bad file (it becomes a Problem)."""
    name = Path(job.path).name
    result = FileResult(name)
    try:
        doc, warnings = load_document(job.path, max_bytes=job.max_bytes, lang_dir=job.lang_dir,
                                      metadata=job.metadata)  # fmt: skip
    except DocumentError as exc:
        result.problems.append(Problem(name, str(exc)))
        return result
    result.problems.extend(warnings)
    try:
        result.claims = extract_document(doc, job.lang_dir)
        result.analysed = True
    except LanguageError as exc:
        result.problems.append(Problem(name, str(exc)))
    return result


def jobs_for(
    corpus_dir: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | None = None,
) -> tuple[list[_Job], list[Problem]]:
    """The work for a folder: one job per document file, in sorted order, with manifest metadata."""
    manifest, problem = read_manifest(corpus_dir)
    jobs = [
        _Job(str(p), manifest_row(manifest, corpus_dir, p), max_bytes, lang_dir)
        for p in corpus_files(corpus_dir)
    ]
    return jobs, [problem] if problem else []


def run_jobs(jobs: list[_Job], n_jobs: int = 1) -> Iterator[FileResult]:
    """Results in the jobs' order, from one process or ``n_jobs`` worker processes."""
    if n_jobs <= 1 or len(jobs) < 2:
        for job in jobs:
            yield process_file(job)
        return
    # Chunks of files per task keep inter-process traffic small; map() keeps the order.
    chunk = max(1, min(64, len(jobs) // (n_jobs * 8)))
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        yield from pool.map(process_file, jobs, chunksize=chunk)


class ClaimsWriter:
    """Write claims in batches to CSV or Parquet; the file appears only when complete."""

    BATCH = 20_000

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.suffix = self.path.suffix.lower()
        if self.suffix not in (".csv", ".parquet"):
            raise ValueError(f"{path}: unknown table format {self.suffix!r} (use .csv or .parquet)")
        self.rows = 0
        self._batch: list[Claim] = []
        self._ctx = atomic_path(self.path)
        self._tmp: Path | None = None
        self._parquet = None
        self._first = True

    def __enter__(self) -> ClaimsWriter:
        self._tmp = self._ctx.__enter__()
        return self

    def add(self, claims: Iterable[Claim]) -> None:
        """Queue claims; a full batch is written out."""
        self._batch.extend(claims)
        if len(self._batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        df = claims_table(self._batch) if self._batch else empty_claims()
        self._batch = []
        if not len(df) and not self._first:
            return
        self.rows += len(df)
        assert self._tmp is not None
        if self.suffix == ".csv":
            df.to_csv(self._tmp, mode="w" if self._first else "a", header=self._first,
                      index=False, lineterminator="\n", float_format="%.10g")  # fmt: skip
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self._tmp, table.schema)
            self._parquet.write_table(table)
        self._first = False

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                self._flush()
            if self._parquet is not None:
                self._parquet.close()
        finally:
            self._ctx.__exit__(exc_type, exc, tb)


def extract_to_file(
    corpus_dir: str | os.PathLike[str],
    output: str | os.PathLike[str],
    n_jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | None = None,
    on_result=None,  # type: ignore[no-untyped-def]
) -> tuple[int, int, list[Problem]]:
    """Stream a folder's claims into ``output``; return (documents analysed, rows, problems)."""
    jobs, problems = jobs_for(corpus_dir, max_bytes, lang_dir)
    analysed = 0
    with ClaimsWriter(output) as writer:
        for result in run_jobs(jobs, n_jobs):
            writer.add(result.claims)
            problems.extend(result.problems)
            analysed += result.analysed
            if on_result is not None:
                on_result(result)
    return analysed, writer.rows, problems


# --------------------------------------------------------------------------- Dask


def _partition(jobs: list[_Job]) -> list[dict]:
    rows = []
    for job in jobs:
        result = process_file(job)
        rows.extend(asdict(c) for c in result.claims)
    return rows


def extract_with_dask(
    corpus_dir: str | os.PathLike[str],
    output_dir: str | os.PathLike[str],
    scheduler: str | None = None,
    files_per_partition: int = 100,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | None = None,
) -> Path:
    """Extract with Dask (a bag of files, partitioned by file) into partitioned Parquet.

    ``scheduler`` is a distributed scheduler address (``tcp://host:8786``); without one, Dask's
    local processes are used. The Parquet folder appears only when complete.
    """
    import dask
    import dask.bag as db

    jobs, _problems = jobs_for(corpus_dir, max_bytes, lang_dir)
    chunks = [jobs[i : i + files_per_partition] for i in range(0, len(jobs), files_per_partition)]
    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(_partition).flatten()
    meta = claims_table([])
    frame = bag.to_dataframe(meta=meta)
    frame = frame.map_partitions(_coerce, meta=meta)
    out = Path(output_dir)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    client = None
    try:
        if scheduler:
            from distributed import Client

            client = Client(scheduler)
            frame.to_parquet(tmp, write_index=False)
        else:
            with dask.config.set(scheduler="processes"):
                frame.to_parquet(tmp, write_index=False)
        if out.exists():
            import shutil

            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        if client is not None:
            client.close()
        if tmp.exists():
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    return out


def _coerce(df: pd.DataFrame) -> pd.DataFrame:
    from .schema import coerce_claims

    return coerce_claims(df[CLAIM_COLUMNS])


def read_parquet_folder(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a (partitioned) Parquet claims table back in order: by doc_id, then position."""
    from .schema import coerce_claims

    df = pd.read_parquet(path)
    df = coerce_claims(df).sort_values(["doc_id", "start"], kind="stable")
    return df.reset_index(drop=True)
