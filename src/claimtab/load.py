"""Load a corpus folder into Documents: decode, normalise, strip page furniture, read metadata.

One walk of a folder (``corpus_sources``: the files, in sorted order, with their unique doc_ids)
and one function from a file to a document or a named problem (``load_file``); everything that
reads a corpus (``load_corpus``, the command line, ``--jobs``, Dask, the notebooks) uses them.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal, NamedTuple

import pandas as pd

from .dates import find_article_date, valid_iso_date
from .htmltext import html_to_text, looks_like_html
from .langid import detect_language
from .languages import Language, LanguageError, common_furniture, find_file, load_language
from .pdftext import PdfError, pdf_to_text
from .schema import DOCUMENT_COLUMNS
from .text import fold, normalise, word_count

#: File suffixes read as documents; anything else in a corpus folder is not looked at.
DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".pdf")
HTML_SUFFIXES = (".html", ".htm")
#: Optional CSV in a corpus folder giving metadata per document (it wins over what is guessed).
MANIFEST_NAME = "manifest.csv"
#: Metadata a manifest row or a ``<file>.json`` sidecar may give.
METADATA_KEYS = ("title", "outlet", "url", "published_date", "lang", "byline")
#: Files larger than this are skipped (bytes); pass ``max_bytes=`` or set CLAIMTAB_MAX_BYTES.
DEFAULT_MAX_BYTES = int(os.environ.get("CLAIMTAB_MAX_BYTES", "5000000"))
#: A paragraph must have this many words before a repeat of it counts as a duplicate.
MIN_REPEAT_WORDS = 5



#: Why a file was left out or used with a caveat. Code decides by the kind, never by the text.
ProblemKind = Literal[
    # skipped: the file is not a document
    "unreadable", "too_large", "empty", "binary", "undecodable", "not_prose", "no_text",
    # skipped: a document, but not analysed
    "no_language_file", "unknown_language", "bad_language_file",
    # warnings: used, with a caveat
    "encoding_guessed", "sidecar_ignored", "manifest_ignored", "language_file_error",
    "invalid_date",
]
#: The kinds of problem that leave a file in the analysis (with a caveat).
WARNING_KINDS = frozenset(
    {"encoding_guessed", "sidecar_ignored", "manifest_ignored", "language_file_error",
     "invalid_date"}
)
#: The kinds of problem met by a loaded document whose language cannot be analysed.
NOT_ANALYSED_KINDS = frozenset({"no_language_file", "unknown_language", "bad_language_file"})


@dataclass
class Problem:
    """A file that could not be used (``skipped``) or was used with a caveat (``warning``)."""

    file: str
    kind: ProblemKind
    reason: str

    @property
    def severity(self) -> str:
        """``warning`` for a file used with a caveat, ``skipped`` for one left out."""
        return "warning" if self.kind in WARNING_KINDS else "skipped"

    def __str__(self) -> str:
        return f"{self.file}: {self.severity}: {self.reason}"


@dataclass
class Document:
    """One article: its cleaned text and what is known about it."""

    doc_id: str
    file: str
    text: str
    lang: str | None
    sha256: str
    encoding: str
    title: str = ""
    published_date: str = ""
    outlet: str = ""
    byline: str = ""
    url: str = ""
    furniture: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        """Number of words in the cleaned text."""
        return word_count(self.text)


@dataclass
class Corpus:
    """The documents of a folder and the problems met while reading it."""

    documents: list[Document]
    problems: list[Problem]

    def table(self) -> pd.DataFrame:
        """The documents table (one row per document, columns as in DOCUMENT_COLUMNS)."""
        return documents_table(self.documents)

    def problems_table(self) -> pd.DataFrame:
        """The problems as a table: file, severity, reason."""
        return problems_table(self.problems)

    def skipped_table(self, lang_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
        """Every file left out of the analysis, with the reason: unreadable, or no language file."""
        rows = [p for p in self.problems if p.severity == "skipped"]
        rows += [p for p in map(lambda d: language_problem(d, lang_dir), self.documents) if p]
        return problems_table(rows).drop(columns="severity")


def language_problem(
    doc: Document, lang_dir: str | os.PathLike[str] | None = None
) -> Problem | None:
    """The reason a loaded document cannot be analysed (no file for its language), or None."""
    if doc.lang and find_file(doc.lang, lang_dir) is not None:
        return None
    kind: ProblemKind = "no_language_file" if doc.lang else "unknown_language"
    return Problem(
        doc.file, kind, f"not analysed: no language file for {doc.lang or 'unknown language'!r}"
    )


class DocumentError(ValueError):
    """A file cannot be used as a document; the message is the one-line reason."""

    def __init__(self, kind: ProblemKind, reason: str) -> None:
        super().__init__(reason)
        self.kind: ProblemKind = kind


# --------------------------------------------------------------------------- decoding

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(data: bytes) -> tuple[str, str, str | None]:
    """Decode file bytes to (text, encoding, warning or None); raise DocumentError if not text."""
    if not data.strip():
        raise DocumentError("empty", "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, None
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    "undecodable", f"has a {enc} byte-order mark but is not valid {enc}"
                ) from exc
    if b"\x00" in data:  # NUL bytes are valid UTF-8 but mean UTF-16 text or binary data
        text, enc, warning = _decode_legacy(data)
    else:
        try:
            text, enc, warning = data.decode("utf-8"), "utf-8", None
        except UnicodeDecodeError:
            text, enc, warning = _decode_legacy(data)
    _check_is_text(text)
    return text, enc, warning


def _decode_legacy(data: bytes) -> tuple[str, str, str | None]:
    # UTF-16 without a byte-order mark: ASCII-range text has a NUL in every other byte.
    if len(data) >= 4 and len(data) % 2 == 0:
        even_nuls = data[0::2].count(0) / (len(data) / 2)
        odd_nuls = data[1::2].count(0) / (len(data) / 2)
        for ratio, enc in ((odd_nuls, "utf-16-le"), (even_nuls, "utf-16-be")):
            if ratio > 0.3:
                try:
                    return data.decode(enc), enc, f"no byte-order mark; read as {enc}"
                except UnicodeDecodeError:
                    pass
    if b"\x00" in data:
        raise DocumentError("binary", "binary data, not text (contains NUL bytes)")
    try:
        return data.decode("cp1252"), "cp1252", "not valid UTF-8; decoded as cp1252 (Windows-1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", "not valid UTF-8; decoded as latin-1"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
_LETTER = re.compile(r"[^\W\d_]")


def _check_is_text(text: str) -> None:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, 0.01 * len(sample)):
        raise DocumentError("binary", f"binary data, not text ({controls} control characters)")
    letters = len(_LETTER.findall(sample))
    if letters < 0.3 * len(sample.strip()) or letters == 0:
        raise DocumentError("not_prose", "not prose: fewer than 30% of its characters are letters")


# --------------------------------------------------------------------------- cleaning

_ISO_DATE = r"(\d{4}-\d{2}-\d{2})"


def _line_key(line: str) -> str:
    return re.sub(r"\s+", " ", fold(line).strip().lower())


def clean_text(
    text: str, lang: Language | None
) -> tuple[str, dict[str, str], list[str], list[str]]:
    """Strip furniture and repeated paragraphs, read title/date/byline/outlet.

    Returns (clean text, metadata, furniture lines removed, repeated paragraphs removed).
    """
    furniture_re = lang.re_furniture if lang is not None else common_furniture()
    cues = _metadata_cues(lang)
    lines = [ln.strip() for ln in text.split("\n")]
    meta: dict[str, str] = {}
    furniture: list[str] = []
    repeats: list[str] = []
    seen: set[str] = set()
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        folded = fold(line)
        if furniture_re is not None and furniture_re.match(folded):
            furniture.append(line)
            continue
        head = i < 8 and len(kept) < 8  # metadata lines stand at the top of an article
        rest = _take_metadata(line, folded, head, cues, meta, furniture)
        if rest is None:
            continue
        key = _line_key(rest)
        if key in seen and len(key.split()) >= MIN_REPEAT_WORDS:
            repeats.append(rest)
            continue
        seen.add(key)
        kept.append(rest)
    while kept and kept[-1] == "":
        kept.pop()
    meta["title"] = _title([ln for ln in kept if ln][:2])
    return "\n".join(kept), meta, furniture, repeats


class _Cues(NamedTuple):
    """A language's metadata cues, each as a regex alternation (longest first)."""

    date_labels: str
    byline: str
    outlet: str


def _metadata_cues(lang: Language | None) -> _Cues:
    """The date-line labels, byline cues and outlet cues of a language (or the defaults)."""
    return _Cues(
        _alternation_words(lang.date_labels if lang else ["date", "published"]),
        _alternation_words(lang.byline_cues if lang else ["by"]),
        _alternation_words(lang.outlet_cues if lang else []),
    )


def _take_metadata(
    line: str, folded: str, head: bool, cues: _Cues, meta: dict[str, str], furniture: list[str]
) -> str | None:
    """Read a date line, byline or outlet line into ``meta``; return the rest (None: no rest)."""
    if head and "published_date" not in meta:
        m = _date_line(folded, cues.date_labels)
        if m:
            meta["published_date"] = m.group(1)
            line = line[m.start(2) :].strip()
            if not line:
                furniture.append(f"date line: {m.group(1)}")
                return None
            folded = fold(line)
    if head and "byline" not in meta and cues.byline:
        byline = _byline(line, folded, cues.byline)
        if byline is not None:
            meta["byline"] = byline
            return None
    if "outlet" not in meta and cues.outlet:
        outlet = _outlet(line, folded, cues.outlet)
        if outlet is not None:
            meta["outlet"] = outlet
            return None
    return line


def _date_line(folded: str, labels: str) -> re.Match[str] | None:
    """A leading date label and ISO date ("Published: 2024-10-18 ..."); group 2 is the rest."""
    return re.match(rf"^(?:{labels})\s*:?\s*{_ISO_DATE}\b\s*(.*)$", folded, re.IGNORECASE)


def _byline(line: str, folded: str, cues: str) -> str | None:
    """The name of a byline ("By Jane Doe"), as the line writes it; None if not a byline."""
    m = re.match(
        rf"^(?:{cues})\s+(\w[\w.'-]*(?:\s+\w[\w.'-]*){{0,4}})\s*$",
        folded,
        re.IGNORECASE,
    )
    if m and m.group(1)[:1].isupper():
        return line[m.start(1) : m.end(1)]
    return None


def _outlet(line: str, folded: str, cues: str) -> str | None:
    """The outlet of an outlet line ("Source: Reuters |"), as the line writes it; else None."""
    m = re.match(rf"^(?:{cues})\s+(.{{2,80}}?)\s*\|\s*$", folded, re.IGNORECASE)
    return line[m.start(1) : m.end(1)] if m else None


def _alternation_words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not re.search(r"[.!:;,]\W*$", line) and "—" not in line[:30]


def _title(first_lines: list[str]) -> str:
    """A headline is a short first line without a full stop; a shorter kicker may stand above it."""
    if not first_lines or not _is_headline(first_lines[0]):
        return ""
    if (
        len(first_lines) > 1
        and len(first_lines[0].split()) <= 4
        and _is_headline(first_lines[1])
        and len(first_lines[1].split()) > len(first_lines[0].split())
    ):
        return first_lines[1]
    return first_lines[0]


# --------------------------------------------------------------------------- loading


@dataclass
class SourceFile:
    """A document file: its path, its name in messages, its doc_id, and manifest metadata."""

    path: str
    name: str
    doc_id: str
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def alone(
        cls, path: str | os.PathLike[str], metadata: dict[str, str] | None = None
    ) -> SourceFile:
        """A file read on its own: named by its file name, its doc_id is its stem."""
        p = Path(path)
        return cls(str(p), p.name, p.stem, dict(metadata or {}))


def load_file(
    source: SourceFile | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang: str | None = None,
    lang_dir: str | os.PathLike[str] | None = None,
) -> tuple[Document | None, list[Problem]]:
    """Turn one file into a Document and its caveats, or into (None, [the Problem saying why not]).

    The source's metadata (from a manifest) and a ``<file>.json`` sidecar beside the file give
    title, outlet, url, published_date, lang and byline; they win over what is read or guessed.
    """
    src = source if isinstance(source, SourceFile) else SourceFile.alone(source)
    warnings: list[Problem] = []
    given = {**src.metadata, **_read_sidecar(src, warnings)}
    try:
        doc = _read_document(src, given, given.get("lang") or lang, lang_dir, max_bytes, warnings)
    except DocumentError as exc:
        return None, [Problem(src.name, exc.kind, str(exc))]
    return doc, warnings


def load_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang: str | None = None,
    lang_dir: str | os.PathLike[str] | None = None,
    metadata: dict[str, str] | None = None,
) -> tuple[Document, list[Problem]]:
    """Read one file on its own (see load_file); raise DocumentError when it cannot be used."""
    doc, problems = load_file(SourceFile.alone(path, metadata), max_bytes=max_bytes, lang=lang,
                              lang_dir=lang_dir)
    if doc is None:
        raise DocumentError(problems[0].kind, problems[0].reason)
    return doc, problems


def _read_sidecar(src: SourceFile, warnings: list[Problem]) -> dict[str, str]:
    """Metadata from ``<file>.json`` beside the file; a broken sidecar becomes a warning."""
    p = Path(src.path)
    sidecar = p.with_name(p.name + ".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        warnings.append(
            Problem(src.name, "sidecar_ignored", f"sidecar {sidecar.name} ignored: {exc}")
        )
        return {}
    return {k: str(v) for k, v in data.items() if k in METADATA_KEYS and v}


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; DocumentError when it cannot be read or is larger than max_bytes."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError("too_large", f"too large: {size:,} bytes (limit {max_bytes:,})")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError("unreadable", f"cannot read: {exc.strerror}") from exc


def _read_document(
    src: SourceFile,
    given: dict[str, str],
    lang: str | None,
    lang_dir: str | os.PathLike[str] | None,
    max_bytes: int,
    warnings: list[Problem],
) -> Document:
    """Decode, normalise and clean one file; raise DocumentError if it is not a usable document."""
    p = Path(src.path)
    data = _read_bytes(p, max_bytes)
    page_meta: dict[str, str] = {}
    if p.suffix.lower() == ".pdf":  # PDF bytes: text layer with [page N] lines between pages
        try:
            (text, page_meta), encoding, warning = pdf_to_text(data), "pdf", None
        except PdfError as exc:
            raise DocumentError(exc.kind, str(exc)) from exc  # type: ignore[arg-type]
    else:
        text, encoding, warning = decode_bytes(data)
    if warning:
        warnings.append(Problem(src.name, "encoding_guessed", warning))
    text = normalise(text)
    if encoding != "pdf" and (p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)):
        text, page_meta = html_to_text(text)
        if not text.strip():
            raise DocumentError("no_text", "HTML page with no article text")
    if page_meta.get("date_problem"):
        warnings.append(Problem(src.name, "invalid_date", page_meta.pop("date_problem")))
    code = lang or detect_language(text)
    language: Language | None = None
    if code and find_file(code, lang_dir):
        try:
            language = load_language(code, lang_dir)
        except LanguageError as exc:
            warnings.append(Problem(src.name, "language_file_error", str(exc)))
    clean, meta, furniture, repeats = clean_text(text, language)
    if not clean.strip():
        raise DocumentError("no_text", "no article text left after removing page furniture")
    meta = {**meta, **{k: v for k, v in page_meta.items() if v}, **given}
    date, date_problem = _published_date(meta.get("published_date", ""), text, code)
    meta["published_date"] = date
    if date_problem:
        warnings.append(Problem(src.name, "invalid_date", date_problem))
    return Document(
        doc_id=src.doc_id, file=src.name, text=clean, lang=code,
        sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
        title=meta.get("title", ""), published_date=meta.get("published_date", ""),
        outlet=meta.get("outlet", ""), byline=meta.get("byline", ""), url=meta.get("url", ""),
        furniture=furniture, repeats=repeats,
    )


def _published_date(given: str, text: str, code: str | None) -> tuple[str, str]:
    """The publication date and, when a date was found but is not valid, why it was dropped.

    A date given by a manifest, sidecar, page metadata or date line wins when it is a real date;
    else the date the article's dateline states (``dates.find_article_date``).
    """
    if given:
        if valid_iso_date(given):
            return given, ""
        return "", f"publication date {given!r} is not a valid date: ignored"
    found = find_article_date(text, code or "")
    if found is None:
        return "", ""
    return found.iso, f"{found.problem}: dateline ignored" if found.problem else ""


def corpus_files(corpus_dir: str | os.PathLike[str]) -> list[Path]:
    """The document files of a folder (by suffix, hidden files left out), in a stable order."""
    root = Path(corpus_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"{corpus_dir}: not a folder")
    return sorted(
        (
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix.lower() in DOCUMENT_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def document_ids(names: list[str]) -> dict[str, str]:
    """The doc_id of each file of a corpus, given by its path relative to the corpus folder.

    The rule: a file's doc_id is its stem (``a/x.txt`` -> ``x``) when no other document file of
    the corpus has that stem. Files that share a stem get their relative path without the
    suffix, with ``/`` written ``__`` (``a/x.txt`` -> ``a__x``, ``b/x.txt`` -> ``b__x``). If that is
    still taken (``x.txt`` beside ``x.md``), the suffix is added with ``_`` (``x_txt``), then a
    number (``x_txt_2``), in the files' sorted order. So ids are unique and never depend on
    which files could be read.
    """
    stems = Counter(PurePosixPath(n).stem for n in names)
    taken = {stem for stem, count in stems.items() if count == 1}
    ids: dict[str, str] = {}
    for name in sorted(names):
        path = PurePosixPath(name)
        if stems[path.stem] == 1:
            ids[name] = path.stem
            continue
        base = path.with_suffix("").as_posix().replace("/", "__")
        suffixed = f"{base}_{path.suffix.lstrip('.')}" if path.suffix else base
        candidates = [base, suffixed, *(f"{suffixed}_{i}" for i in range(2, len(names) + 2))]
        ids[name] = next(c for c in candidates if c not in taken)
        taken.add(ids[name])
    return ids


def corpus_sources(
    corpus_dir: str | os.PathLike[str],
    manifest: str | os.PathLike[str] | None = None,
) -> tuple[list[SourceFile], list[Problem]]:
    """A folder's document files in sorted order, each with its doc_id and manifest metadata.

    The manifest is ``manifest`` when given (a CSV anywhere, its ``file`` column relative to the
    folder), else ``manifest.csv`` in the folder. Also returns the manifest's problem, if it
    could not be used. This is the one walk of a folder: the loader, ``--jobs``, Dask and the
    notebooks all read the files it lists.
    """
    root = Path(corpus_dir)
    files = corpus_files(root)
    manifest_rows, problem = read_manifest(root, manifest)
    names = [p.relative_to(root).as_posix() for p in files]
    ids = document_ids(names)
    sources = [SourceFile(str(p), name, ids[name], manifest_row(manifest_rows, root, p))
               for p, name in zip(files, names, strict=True)]
    return sources, [problem] if problem else []


def iter_corpus(
    corpus_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | os.PathLike[str] | None = None,
    manifest: str | os.PathLike[str] | None = None,
) -> Iterator[Document | Problem]:
    """Yield each document, or a Problem for a file that cannot be used, one file at a time."""
    sources, problems = corpus_sources(corpus_dir, manifest)
    yield from problems
    for src in sources:
        doc, found = load_file(src, max_bytes=max_bytes, lang_dir=lang_dir)
        yield from found
        if doc is not None:
            yield doc


def read_manifest(
    corpus_dir: str | os.PathLike[str],
    manifest: str | os.PathLike[str] | None = None,
) -> tuple[dict[str, dict[str, str]], Problem | None]:
    """Metadata per document from a manifest (keyed by file name, path or doc_id).

    The manifest is the CSV ``manifest`` when given (a named file that is missing is a problem),
    else ``manifest.csv`` in the corpus folder when there is one.
    """
    path = Path(manifest) if manifest else Path(corpus_dir) / MANIFEST_NAME
    name = str(manifest) if manifest else MANIFEST_NAME
    if not path.is_file():
        if manifest:
            return {}, Problem(name, "manifest_ignored", "manifest ignored: no such file")
        return {}, None
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return {}, Problem(name, "manifest_ignored", f"manifest ignored: {exc}")
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        key = (row.get("file") or row.get("doc_id") or "").strip()
        if not key:
            continue
        if row.get("date") and not row.get("published_date"):
            row["published_date"] = row["date"]
        out[key] = {
            k: (row.get(k) or "").strip() for k in METADATA_KEYS if (row.get(k) or "").strip()
        }
    if not out:
        reason = "manifest ignored: no 'file' or 'doc_id' column"
        return {}, Problem(name, "manifest_ignored", reason)
    return out, None


def manifest_row(
    manifest: dict[str, dict[str, str]], corpus_dir: str | os.PathLike[str], path: Path
) -> dict[str, str]:
    """A file's manifest metadata, found by its path in the corpus, its name or its doc_id."""
    rel = path.relative_to(corpus_dir).as_posix()
    return manifest.get(rel) or manifest.get(path.name) or manifest.get(path.stem) or {}


def load_corpus(
    corpus_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lang_dir: str | os.PathLike[str] | None = None,
    manifest: str | os.PathLike[str] | None = None,
) -> Corpus:
    """Load every document of a folder; unusable files become Problems and the rest go on.

    ``manifest``: a metadata CSV kept outside the folder (default: the folder's manifest.csv).
    """
    docs: list[Document] = []
    problems: list[Problem] = []
    for item in iter_corpus(corpus_dir, max_bytes=max_bytes, lang_dir=lang_dir,
                            manifest=manifest):
        if isinstance(item, Document):
            docs.append(item)
        else:
            problems.append(item)
    return Corpus(docs, problems)


def documents_table(docs: Iterable[Document]) -> pd.DataFrame:
    """One row per document with the columns of DOCUMENT_COLUMNS, sorted by doc_id."""
    rows = []
    for d in docs:
        removed = [f"furniture: {x}" for x in d.furniture] + [
            f"repeated: {x[:60]}{'…' if len(x) > 60 else ''}" for x in d.repeats
        ]
        rows.append(
            {
                "doc_id": d.doc_id,
                "lang": d.lang or "",
                "title": d.title,
                "outlet": d.outlet,
                "byline": d.byline,
                "published_date": d.published_date,
                "url": d.url,
                "words": d.words,
                "encoding": d.encoding,
                "furniture_removed": len(d.furniture),
                "repeats_removed": len(d.repeats),
                "removed": " | ".join(removed),
                "sha256": d.sha256,
            }
        )
    df = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    return df.sort_values("doc_id", kind="stable").reset_index(drop=True)


def problems_table(problems: Iterable[Problem]) -> pd.DataFrame:
    """The problems met while loading, as a table sorted by file."""
    df = pd.DataFrame(
        [{"file": p.file, "severity": p.severity, "reason": p.reason} for p in problems],
        columns=["file", "severity", "reason"],
    )
    return df.sort_values(["file", "severity"], kind="stable").reset_index(drop=True)
