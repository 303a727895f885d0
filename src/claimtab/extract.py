"""The extractor: document text -> claims (rows of the claims table), built on find_quantities.

The public facade of the extraction stages, each a module with one job:
``sentences`` (sentence spans), ``nouns`` (what a quantity counts), ``attribution`` (who claims
it, and their country), ``status`` (planned or delivered, and when) and ``claims`` (the stages
put together into claims), all sharing one ``reading.Reading`` of the document. Whole corpora
are read by ``pipeline``.
"""

from __future__ import annotations

from .attribution import claimant_country
from .claims import Claim, claims_table, explain, extract_claims
from .sentences import split_sentences

__all__ = [
    "Claim",
    "claimant_country",
    "claims_table",
    "explain",
    "extract_claims",
    "split_sentences",
]
