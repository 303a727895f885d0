"""Any folder gives a report: every notebook finishes on corpora of any shape (property test).

Corpora are drawn from a pool of small articles in tests/data/shapes/ (every language with a
language file; no claim, one claim, only casualties, only vague quantities, no title, one line,
saved HTML pages). The notebooks' own code runs on each (tests/notebook_code.py), and every
table must be written and the prose must read right.
"""

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import ROOT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from notebook_code import TABLES, run_corpus_notebooks

POOL = sorted(p.name for p in (ROOT / "tests" / "data" / "shapes").iterdir())
#: Prose that does not read right: "1 claims", a number glued as nan or None, an unfilled glue.
BAD_PROSE = re.compile(
    r"(?<![\d.,])1 (?:claims|articles|documents|languages|sources|groups|pairs|figures|files|"
    r"words|lines|paragraphs)\b|\bnan\b|\bNone\b|\{glue"
)


def run_on(files: list[str]) -> dict[str, str]:
    """Copy the files into a fresh folder, run the notebooks on it, check tables and prose."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name in files:
            shutil.copy(ROOT / "tests" / "data" / "shapes" / name, corpus / name)
        pages = run_corpus_notebooks(corpus, Path(tmp) / "work")
        missing = [t for t in TABLES if not (Path(tmp) / "work" / "tables" / t).is_file()]
        assert not missing, f"{files}: tables not written: {missing}"
    for name, text in pages.items():
        bad = sorted({m.group(0) for m in BAD_PROSE.finditer(text)})
        assert not bad, f"{files}: {name} prose reads {bad}"
    return pages


@pytest.mark.parametrize("name", POOL)
def test_every_single_article_folder(name):
    run_on([name])


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True))
@example(["en_none.txt", "de_vague.txt"])  # no figure at all
@example(["en_casualties.txt", "ja_troops.txt"])
def test_any_mix_of_articles(files):
    run_on(files)
