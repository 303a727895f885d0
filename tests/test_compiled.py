"""The compiled extractor (mypyc, ``claimtab.compiled``): used only when built from today's
sources, and its claims are exactly the Python code's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from claimtab import compiled

ROOT = Path(__file__).resolve().parents[1]

#: Prints every claim and every step of ``explain`` over the seeds, the test set and generated
#: articles in many languages, as CSV.
DUMP = """
import sys
sys.path.insert(0, "benchmarks")
from generate import articles
from claimtab import compiled
from claimtab.extract import claims_table, explain, extract_claims
from claimtab.languages import load_language
from claimtab.load import load_corpus
print("compiled", compiled.active())
for folder in ("data/seeds", "data/testset"):
    for doc in load_corpus(folder).documents:
        if doc.lang:
            lang = load_language(doc.lang)
            claims = extract_claims(doc.text, lang, doc.doc_id, doc.published_date or "")
            print(claims_table(claims).to_csv(index=False))
            print(explain(doc.text, lang).to_csv(index=False))
for doc_id, code, text in articles(300, seed=11):
    print(claims_table(extract_claims(text, load_language(code), doc_id)).to_csv(index=False))
"""


def _dump(pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "CLAIMTAB_PURE"}
    if pure:
        env["CLAIMTAB_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", DUMP], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True)
    return done.stdout


def test_the_build_is_used_where_ci_asks_for_it() -> None:
    if os.environ.get("CLAIMTAB_REQUIRE_COMPILED") != "1" and not compiled.usable():
        pytest.skip("no compiled build here (make setup makes one; CI requires it)")
    assert compiled.usable() and compiled.active()


@pytest.mark.skipif(not compiled.usable(), reason="no compiled build (make setup makes one)")
def test_compiled_and_python_extractors_give_the_same_claims() -> None:
    fast, slow = _dump(pure=False), _dump(pure=True)
    assert fast.startswith("compiled True") and slow.startswith("compiled False")
    assert fast.split("\n", 1)[1] == slow.split("\n", 1)[1]
    assert fast.count("\n") > 1500  # many claims and explain rows were compared


def _fake_build(tmp_path: Path, change: str | None = None) -> Path:
    """A build folder whose manifest records today's sources (one digest changed if asked)."""
    build = tmp_path / "mypyc"
    (build / "claimtab").mkdir(parents=True)
    here = compiled.PACKAGE_DIR
    sources = {m: compiled.source_digest(here / f"{m}.py") for m in compiled.MODULES}
    if change:
        sources[change] = "0" * 64
    files = [f"claimtab/{m}.so" for m in compiled.MODULES]
    for f in files:
        (build / f).write_bytes(b"")
    manifest = {"ext_suffix": EXTENSION_SUFFIXES[0], "sources": sources, "files": files}
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    return build


def test_a_build_from_other_sources_is_not_used(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CLAIMTAB_PURE", raising=False)
    assert compiled.usable(_fake_build(tmp_path))
    shutil.rmtree(tmp_path / "mypyc")
    assert not compiled.usable(_fake_build(tmp_path, change="numbers"))


def test_a_build_missing_a_library_or_for_another_python_is_not_used(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("CLAIMTAB_PURE", raising=False)
    build = _fake_build(tmp_path)
    (build / "claimtab" / "claims.so").unlink()
    assert not compiled.usable(build)
    build = _fake_build(tmp_path / "b")
    manifest = json.loads((build / compiled.MANIFEST).read_text("utf-8"))
    manifest["ext_suffix"] = ".cpython-27.so"
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert not compiled.usable(build)
    assert not compiled.usable(tmp_path / "nothing")


def test_claimtab_pure_turns_the_build_off(tmp_path: Path, monkeypatch) -> None:
    build = _fake_build(tmp_path)
    monkeypatch.setenv("CLAIMTAB_PURE", "1")
    assert not compiled.usable(build)
