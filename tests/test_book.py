"""The built book: every chapter rendered, glued numbers filled in from the data."""

import re

import pytest
from helpers import ROOT, SEEDS

from claimtab.bookbuild import build_book
from claimtab.load import load_corpus

HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="module")
def html():
    if not (HTML / "book" / "01_sources.html").exists():
        build_book(ROOT, strict=True, quiet=True)
    return HTML


def page_text(html, name):
    raw = (html / "book" / f"{name}.html").read_text(encoding="utf-8")
    body = re.sub(r"<[^>]+>", " ", raw)
    return re.sub(r"\s+", " ", body)


def test_every_toc_chapter_is_rendered(html):
    toc = (ROOT / "_toc.yml").read_text()
    files = re.findall(r"(?:root|file):\s*(\S+)", toc)
    assert files, "the table of contents lists no files"
    for f in files:
        assert (html / f"{f}.html").exists(), f


def test_sources_prose_numbers_come_from_the_data(html):
    corpus = load_corpus(SEEDS)
    text = page_text(html, "01_sources")
    n_docs = len(corpus.documents)
    n_langs = len({d.lang for d in corpus.documents})
    assert f"The corpus has {n_docs} articles" in text
    assert f"in {n_langs} languages" in text
    assert "glue:" not in text and "{glue" not in text
