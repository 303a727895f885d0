"""Which seed-book notebooks are executed again: changed inputs, and whatever needs them."""

import json
import os
from pathlib import Path

from claimtab.bookbuild import stale_jobs


def _notebook(path: Path, needs: list[str]) -> None:
    meta = {"claimtab": {"needs": needs}} if needs else {}
    path.write_text(json.dumps({"cells": [], "metadata": meta, "nbformat": 4,
                                "nbformat_minor": 5}))


def test_a_notebook_read_before_its_need_is_still_re_run(tmp_path: Path) -> None:
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "book").mkdir()
    # 00 comes first in reading order but reads 03's tables; 05 needs nothing.
    for name, needs in (("00_intro", ["03_claims"]), ("03_claims", []), ("05_other", [])):
        _notebook(tmp_path / "notebooks" / f"{name}.ipynb", needs)
        _notebook(tmp_path / "book" / f"{name}.ipynb", needs)
        os.utime(tmp_path / "notebooks" / f"{name}.ipynb", (1000, 1000))
        os.utime(tmp_path / "book" / f"{name}.ipynb", (2000, 2000))
    assert stale_jobs(tmp_path) == []
    os.utime(tmp_path / "notebooks" / "03_claims.ipynb", (3000, 3000))  # 03 changed
    assert [j.name for j in stale_jobs(tmp_path)] == ["00_intro", "03_claims"]
    assert len(stale_jobs(tmp_path, force=True)) == 3
