"""claimtab: read news articles in many languages and tabulate their claims about North Korea's
military support to Russia (troops, munitions, missiles, payments)."""

from .load import Corpus, Document, Problem, load_corpus, load_document

__all__ = ["Corpus", "Document", "Problem", "load_corpus", "load_document"]
__version__ = "0.1.0"
