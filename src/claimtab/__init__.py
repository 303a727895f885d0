"""claimtab: read news articles in many languages and tabulate their claims about North Korea's
military support to Russia (troops, munitions, missiles, payments)."""

from . import compiled

compiled.attach(__path__)  # the compiled extractor, when built from these very sources

from .load import Corpus, Document, Problem, load_corpus, load_document  # noqa: E402

__all__ = ["Corpus", "Document", "Problem", "load_corpus", "load_document"]
__version__ = "0.1.0"
