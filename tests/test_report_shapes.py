"""A real report (``python -m claimtab report``) on single-article folders: the book is built."""

import shutil
import subprocess
import sys

import pytest
from helpers import ROOT

SHAPES = ROOT / "tests" / "data" / "shapes"


@pytest.mark.slow
@pytest.mark.parametrize("files", [["fi_troops.txt"], ["ko_troops.txt"], ["en_none.txt"],
                                   ["page.html", "liveblog.html"]])
def test_single_article_folder_gives_a_book(tmp_path, files):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name in files:
        shutil.copy(SHAPES / name, corpus / name)
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "claimtab", "report", str(corpus), str(out), "-q"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert (out / "_build" / "html" / "index.html").is_file()
    assert (out / "data" / "processed" / "claims.csv").is_file()
