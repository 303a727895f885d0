"""The extractor: document text -> claims (rows of the claims table), built on find_quantities.

The public facade of the extraction stages, each a module with one job:
``sentences`` (sentence spans), ``nouns`` (what a quantity counts), ``attribution`` (who claims
it, and their country), ``status`` (planned or delivered, and when) and ``claims`` (the stages
put together into claims), all sharing one ``reading.Reading`` of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from .attribution import claimant_country
from .claims import Claim, claims_table, explain, extract_claims
from .languages import LanguageError, find_file, load_language
from .load import Document, Problem
from .sentences import split_sentences

__all__ = [
    "Claim",
    "claimant_country",
    "claims_table",
    "explain",
    "extract_claims",
    "extract_corpus",
    "extract_document",
    "iter_corpus_claims",
    "split_sentences",
]


def extract_document(doc: Document, lang_dir: str | None = None) -> list[Claim]:
    """Claims of one loaded document; raise LanguageError if its language has no file."""
    if not doc.lang or find_file(doc.lang, lang_dir) is None:
        raise LanguageError(
            f"not analysed: no language file for {doc.lang or 'unknown language'!r}"
        )
    return extract_claims(
        doc.text, load_language(doc.lang, lang_dir), doc.doc_id, doc.published_date
    )


def iter_corpus_claims(
    docs: Iterable[Document], lang_dir: str | None = None
) -> Iterator[list[Claim] | Problem]:
    """For each document, its claims, or a Problem when it cannot be analysed."""
    for doc in docs:
        try:
            yield extract_document(doc, lang_dir)
        except LanguageError as exc:
            yield Problem(doc.file, str(exc))


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
