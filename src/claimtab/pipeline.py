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

from .extract import Claim, claims_table, extract_claims
from .io import atomic_path
from .languages import Language, LanguageError, load_language
from .load import (
    DEFAULT_MAX_BYTES,
    Document,
    Problem,
    SourceFile,
    corpus_sources,
    language_problem,
    load_file,
)
from .schema import CLAIM_COLUMNS, empty_claims

# --------------------------------------------------------------------------- documents


def document_language(doc: Document, lang_dir: str | None = None) -> Language | Problem:
    """The language a loaded document is analysed in, or the Problem saying why it cannot be."""
    problem = language_problem(doc, lang_dir)
    if problem is not None:
        return problem
    try:
        return load_language(str(doc.lang), lang_dir)
    except LanguageError as exc:
        return Problem(doc.file, "bad_language_file", str(exc))


def analyse_document(doc: Document, lang_dir: str | None = None) -> list[Claim] | Problem:
    """The claims of one loaded document, or the Problem saying why it cannot be analysed."""
    language = document_language(doc, lang_dir)
    if isinstance(language, Problem):
        return language
    return extract_claims(doc.text, language, doc.doc_id, doc.published_date)


def iter_corpus_claims(
    docs: Iterable[Document], lang_dir: str | None = None
) -> Iterator[list[Claim] | Problem]:
    """For each document, its claims, or a Problem when it cannot be analysed."""
    for doc in docs:
        yield analyse_document(doc, lang_dir)


def extract_corpus(
    docs: Iterable[Document], lang_dir: str | None = None
) -> tuple[pd.DataFrame, list[Problem]]:
    """The claims table of many documents (sorted by doc_id, then position) and the problems."""
    claims: list[Claim] = []
    problems: list[Problem] = []
    for item in iter_corpus_claims(docs, lang_dir):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            claims.extend(item)
    df = claims_table(claims)
    df = df.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    return df, problems


# --------------------------------------------------------------------------- files


@dataclass
class FileResult:
    """What one file gave: its claims, and the problems met (skipped or with a caveat)."""

    file: str
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    analysed: bool = False


@dataclass(frozen=True)
class FileJob:
    """One file to load and extract, with the settings every worker needs."""

    source: SourceFile
    max_bytes: int
    lang_dir: str | None


def process_file(job: FileJob) -> FileResult:
    """Load one file and extract its claims; never raises for a bad file (it becomes a Problem)."""
    result = FileResult(job.source.name)
    doc, result.problems = load_file(job.source, max_bytes=job.max_bytes, lang_dir=job.lang_dir)
    if doc is None:
        return result
    found = analyse_document(doc, job.lang_dir)
    if isinstance(found, Problem):
        result.problems.append(found)
    else:
        result.claims, result.analysed = found, True
    return result


def jobs_for(
    corpus_dir: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | None = None,
    manifest: str | os.PathLike[str] | None = None,
) -> tuple[list[FileJob], list[Problem]]:
    """The work for a folder: one job per document file of ``load.corpus_sources``, in its order."""
    sources, problems = corpus_sources(corpus_dir, manifest)
    return [FileJob(src, max_bytes, lang_dir) for src in sources], problems


def run_jobs(jobs: list[FileJob], n_jobs: int = 1) -> Iterator[FileResult]:
    """Results in the jobs' order, from one process or ``n_jobs`` worker processes."""
    if n_jobs <= 1 or len(jobs) < 2:
        for job in jobs:
            yield process_file(job)
        return
    # Chunks of files per task keep inter-process traffic small; map() keeps the order.
    chunk = max(1, min(64, len(jobs) // (n_jobs * 8)))
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        yield from pool.map(process_file, jobs, chunksize=chunk)


class DuplicateClaimId(ValueError):
    """A claims table would hold the same claim_id twice."""


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
        self._ids: set[str] = set()

    def __enter__(self) -> ClaimsWriter:
        self._tmp = self._ctx.__enter__()
        return self

    def add(self, claims: Iterable[Claim]) -> None:
        """Queue claims; a full batch is written out. Raise DuplicateClaimId on a repeated id."""
        for claim in claims:
            if claim.claim_id in self._ids:
                raise DuplicateClaimId(
                    f"{self.path}: claim_id {claim.claim_id!r} twice (of {claim.doc_id!r}); "
                    "no table written"
                )
            self._ids.add(claim.claim_id)
            self._batch.append(claim)
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
                      index=False, lineterminator="\n", float_format="%.10g")
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
    manifest: str | os.PathLike[str] | None = None,
) -> tuple[int, int, list[Problem]]:
    """Stream a folder's claims into ``output``; return (documents analysed, rows, problems)."""
    jobs, problems = jobs_for(corpus_dir, max_bytes, lang_dir, manifest)
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


def _partition(jobs: list[FileJob]) -> list[dict]:
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
    manifest: str | os.PathLike[str] | None = None,
) -> Path:
    """Extract with Dask (a bag of files, partitioned by file) into partitioned Parquet.

    ``scheduler`` is a distributed scheduler address (``tcp://host:8786``); without one, Dask's
    local processes are used. The Parquet folder appears only when complete.
    """
    import dask
    import dask.bag as db

    jobs, _problems = jobs_for(corpus_dir, max_bytes, lang_dir, manifest)
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
