"""The whole report on a folder an analyst might have: bad files, HTML, a manifest, re-runs."""

import codecs
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from helpers import ROOT
from test_browser import CHROMIUM, FLAGS, REQUIRED

from claimtab import reportbuild
from claimtab.cli import main

ATTACK = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def make_corpus(folder: Path) -> Path:
    """Two languages the seeds lack, an HTML page, a manifest, and every kind of bad file."""
    folder.mkdir()
    shutil.copy(ROOT / "data" / "testset" / "de_01.txt", folder / "de_01.txt")
    shutil.copy(ROOT / "data" / "testset" / "ko_01.txt", folder / "ko_01.txt")
    (folder / "page.html").write_text(
        "<!doctype html><html><head><title>T</title>"
        '<meta property="og:site_name" content="Example News">'
        "<script>window.__pwned = 3</script></head><body><nav>Home | World</nav>"
        "<article><h1>Seoul: troops sent</h1><p>North Korea has sent about 12,000 soldiers to "
        "Russia, South Korea's spy agency said.</p></article><footer>(c)</footer></body></html>",
        encoding="utf-8",
    )
    (folder / "injected.txt").write_text(
        f"{ATTACK} Kyiv warns of more troops\n\nNorth Korea sent 4,000 soldiers {ATTACK} to Kursk, "
        "Ukrainian officials said on Monday. The war continues in the region.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.txt").write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41")  # lone surrogate
    (folder / "huge.txt").write_text("North Korea sent troops. " * 2000, encoding="utf-8")
    (folder / "hungarian.txt").write_text(  # a language without a file
        "Szöul forrásai szerint Észak-Korea mintegy 11 000 katonát küldött Oroszországba, és "
        "továbbiak hamarosan követhetik őket.\n",
        encoding="utf-8",
    )
    (folder / "manifest.csv").write_text(
        "file,title,outlet,url,published_date\n"
        "de_01.txt,Truppen für Russland,Manifest-Zeitung,https://example.org/de-01,2025-01-15\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    corpus = make_corpus(base / "articles")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    seed_book = _snapshot(ROOT / "book", ROOT / "data" / "processed")
    out = base / "out"
    status = main(["report", str(corpus), str(out), "--max-bytes", "20000", "-q"])
    return {"corpus": corpus, "out": out, "status": status, "before": before, "base": base,
            "seed_book": seed_book}


def _snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


def test_exit_status_says_files_were_skipped(report):
    assert report["status"] == 1
    assert (report["out"] / "_build" / "html" / "index.html").exists()


def test_inputs_are_never_modified(report):
    after = {p.name: p.read_bytes() for p in report["corpus"].iterdir()}
    assert after == report["before"]


def test_every_bad_file_is_listed_with_its_reason(report):
    html = (report["out"] / "_build" / "html" / "book" / "01_sources.html").read_text()
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary data",
        "broken.txt": "not valid utf-16",
        "huge.txt": "too large",
        "hungarian.txt": "no language file for 'hu'",
    }
    for name, reason in expected.items():
        assert name in html and reason in html, name
    problems = pd.read_csv(report["out"] / "data" / "processed" / "load_problems.csv")
    assert set(problems["file"]) == {"empty.txt", "binary.txt", "broken.txt", "huge.txt"}


def test_manifest_wins_and_html_is_read(report):
    docs = pd.read_csv(report["out"] / "data" / "processed" / "documents.csv").set_index("doc_id")
    assert docs.loc["de_01", "title"] == "Truppen für Russland"
    assert docs.loc["de_01", "outlet"] == "Manifest-Zeitung"
    assert docs.loc["de_01", "published_date"] == "2025-01-15"
    assert docs.loc["page", "outlet"] == "Example News"
    claims = pd.read_csv(report["out"] / "data" / "processed" / "claims.csv")
    page = claims[claims["doc_id"] == "page"]
    assert list(page["value_low"]) == [12000] and list(page["claimant_country"]) == ["KR"]
    assert not page["evidence"].str.contains("window").any()
    assert set(claims["lang"]) == {"de", "ko", "en"}


def test_seed_book_is_untouched(report):
    assert _snapshot(ROOT / "book", ROOT / "data" / "processed") == report["seed_book"]


def test_untrusted_text_shows_as_text_and_never_runs(report):
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("CLAIMTAB_REQUIRE_BROWSER=1 but no Chromium is installed")
        pytest.skip("no Chromium installed; untrusted-text browser check skipped")
    from playwright.sync_api import sync_playwright

    html = report["out"] / "_build" / "html"
    pages = sorted(html.glob("book/*.html"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page()
        seen_text = False
        for path in pages:
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_timeout(200)
            assert page.evaluate("window.__pwned") is None, f"article text ran on {path.name}"
            seen_text = seen_text or "<script>window.__pwned = 1</script>" in page.inner_text(
                "main"
            )
        browser.close()
    assert seen_text, "the article's script text is not shown as text anywhere"


def _text_outputs(nb_path: Path) -> list[str]:
    nb = json.loads(nb_path.read_text())
    out = []
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            text = o.get("text", "")
            out.append(text if isinstance(text, str) else "".join(text))
            out.append("".join(o.get("data", {}).get("text/plain", "")))
    return out


def test_rerun_into_existing_out_is_identical(report):
    out = report["out"]
    processed = out / "data" / "processed"
    tables = {str(p.relative_to(processed)): p.read_bytes()
              for p in processed.rglob("*") if p.is_file()}  # the tables and articles/*.txt
    texts = {p.name: _text_outputs(p) for p in (out / "book").glob("*.ipynb")}
    assert reportbuild.build_report(report["corpus"], out, progress=False, max_bytes=20000)
    assert {str(p.relative_to(processed)): p.read_bytes()
            for p in processed.rglob("*") if p.is_file()} == tables
    assert {p.name: _text_outputs(p) for p in (out / "book").glob("*.ipynb")} == texts
    assert not list(out.parent.glob(".out.*")), "temporary folders left behind"


def test_failed_run_leaves_the_old_report(report, monkeypatch):
    out = report["out"]
    snapshot = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.csv")}

    def broken_build(*args, **kwargs):
        raise RuntimeError("the book build failed half-way")

    monkeypatch.setattr(reportbuild, "build_book", broken_build)
    with pytest.raises(RuntimeError, match="half-way"):
        reportbuild.build_report(report["corpus"], out, progress=False)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*.csv")} == snapshot
    assert not list(out.parent.glob(".out.*")), "temporary folders left behind"


def test_folder_without_readable_documents_stops_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    assert main(["report", str(bad), str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {bad}: no document could be read and analysed"]
    assert not out.exists()


def _tiny_project(base: Path) -> Path:
    """A project whose one notebook fails in its second code cell."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    project = base / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "book" / "_static").mkdir(parents=True)
    for name in ("_config.yml", "_toc.yml"):
        (project / name).write_text("title: tiny\n" if name == "_config.yml" else "root: x\n")
    params = new_code_cell('corpus_dir = "."')
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[params, new_markdown_cell("# Tiny"), new_code_cell("print('ran')"),
                             new_code_cell("raise ValueError('the cause')")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, project / "notebooks" / "01_tiny.ipynb")
    return project


def _articles(base: Path) -> Path:
    folder = base / "articles"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "testset" / "de_01.txt", folder / "de_01.txt")
    return folder


def test_a_failed_report_notebook_is_saved_where_the_error_says(tmp_path, capsys, monkeypatch):
    project = _tiny_project(tmp_path)
    monkeypatch.chdir(project)  # the report finds its project from here
    out = tmp_path / "out"
    assert main(["report", str(_articles(tmp_path)), str(out), "-q"]) == 2
    saved = tmp_path / "out.failed" / "01_tiny.ipynb"
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: 01_tiny, cell 5: ValueError: the cause "
                   f"(partially executed notebook: {saved})"]
    nb = json.loads(saved.read_text())
    assert nb["cells"][3]["outputs"][0]["text"] == ["ran\n"]
    assert nb["cells"][4]["outputs"][0]["ename"] == "ValueError"
    assert not out.exists() and not list(tmp_path.glob(".out.*"))


def test_a_failed_seed_book_notebook_is_saved_in_build_failed(tmp_path, capsys, monkeypatch):
    project = _tiny_project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["book", "-q"]) == 2
    saved = project / "_build" / "failed" / "01_tiny.ipynb"
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        err[-1]
        == f"error: 01_tiny, cell 4: ValueError: the cause (partially executed notebook: {saved})"
    )
    assert saved.exists() and not (project / "book" / "01_tiny.ipynb").exists()


def test_preflight_loads_once_and_extracts_nothing(tmp_path, monkeypatch):
    import claimtab.extract
    import claimtab.pipeline

    def no_extraction(*args, **kwargs):
        raise AssertionError("the preflight extracted claims")

    monkeypatch.setattr(claimtab.extract, "extract_claims", no_extraction)
    monkeypatch.setattr(claimtab.pipeline, "extract_claims", no_extraction)
    folder = _articles(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "hu.txt").write_text("Szöul forrásai szerint Észak-Korea mintegy 11 000 katonát "
                                   "küldött Oroszországba.\n")
    summary = reportbuild.preflight(folder, progress=False)
    assert summary["documents"] == 1
    assert [(p.file, p.kind) for p in summary["skipped"]] == [
        ("empty.txt", "empty"), ("hu.txt", "no_language_file"),
    ]
