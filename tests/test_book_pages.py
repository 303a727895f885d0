"""What the book's pages are made of: the claims view, its table HTML, manifests, trimmed icons."""

import json
import re

import pandas as pd
from helpers import ROOT

from claimtab.display import chapter_view, read_claims, read_documents
from claimtab.htmltable import cell_text, table_html, tidy
from claimtab.load import load_corpus
from claimtab.publish import (
    VIEW_COLUMNS,
    article_links,
    claims_table_options,
    claims_view,
    data_as_of,
    safe_url,
    who_says_what,
)
from claimtab.sphinxext import trim_icon_css, trim_icons

PROCESSED = ROOT / "data" / "processed"


def _tables():
    return read_claims(PROCESSED / "claims.csv"), read_documents(PROCESSED / "documents.csv")


def test_claims_view_puts_who_when_how_many_and_the_sentence_first():
    claims, docs = _tables()
    view = claims_view(claims, docs)
    assert list(view.columns) == VIEW_COLUMNS
    assert VIEW_COLUMNS[:5] == ["claimant", "date", "value", "evidence", "item"]
    assert len(view) == len(claims)
    assert not view["date"].eq("").any() and not view["outlet"].eq("").any()
    assert view["article"].str.contains('href="../data/articles/').all()


def test_chapter_tables_put_who_when_how_many_and_the_sentence_first():
    claims, _ = _tables()
    first = ["claimant", "date", "value", "evidence"]
    view = chapter_view(claims)
    assert list(view.columns[:4]) == first and "claim_id" in view.columns
    with_category = chapter_view(claims, also=("category",))
    assert list(with_category.columns[:5]) == [*first, "category"]
    assert not view["date"].eq("").any()
    page = table_html(view, "t", sort_keys={"value": "value_sort"})
    assert ">value_sort<" not in page and 'data-sort="10000.0"' in page


def test_every_claims_table_in_the_book_leads_with_who_when_how_many_and_the_sentence():
    """In the executed chapters, each table with a claimant and an evidence column (a table of
    claims) starts with claimant, date, value and evidence, and its value sorts as a number."""
    seen = []
    for path in sorted((ROOT / "book").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for out in cell.get("outputs", []):
                page = "".join(out.get("data", {}).get("text/html", ""))
                for tid, head, body in re.findall(
                    r'<table id="([^"]+)"[^>]*><thead>(.*?)</thead><tbody>(.*?)</tbody>', page
                ):
                    heads = re.findall(r'claimtab-sort">([^<]*)<', head)
                    if {"claimant", "evidence"} <= set(heads):
                        seen.append(tid)
                        assert heads[:4] == ["claimant", "date", "value", "evidence"], (tid, heads)
                        row = re.search(r"<tr>(.*?)</tr>", body).group(1)
                        assert "data-sort" in re.findall(r"<td[^>]*>", row)[2], tid
    assert {"claims-table", "troops-table", "munitions-table", "payments-table"} <= set(seen)


def test_value_sorts_by_a_number_not_its_text():
    claims, docs = _tables()
    view = claims_view(claims, docs)
    page = table_html(view, "claims-table", **claims_table_options(view))
    assert "value_sort" not in page  # the key is an attribute, not a column
    assert 'data-sort="80.0"' in page or 'data-sort="60.0"' in page
    assert 'data-sort="10000.0"' in page


def test_article_text_is_escaped_and_only_http_links_are_made():
    claims, docs = _tables()
    claims = claims.head(1).copy()
    claims["evidence"] = '<script>alert("x")</script> 10,000 soldiers'
    docs = docs.copy()
    docs["url"] = "javascript:alert(1)"
    view = claims_view(claims, docs)
    page = table_html(view, "t", **claims_table_options(view))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("data:text/html,x") == "" and safe_url("//example.org") == ""
    assert 'href="https://example.org/&quot;x"' in article_links("d", 'https://example.org/"x')


def test_cells_never_show_raw_missing_values_or_floats():
    assert [cell_text(v) for v in (None, float("nan"), pd.NA, 12000.0, 0.8333, "x")] == [
        "", "", "", "12,000", "0.833", "x"]
    frame = tidy(pd.DataFrame({"a": [1.0, None], "b": [None, "x"]}))
    assert frame.to_dict("list") == {"a": ["1", ""], "b": ["", "x"]}


def test_who_says_what_takes_each_sources_latest_figure():
    claims, docs = _tables()
    claims = claims.copy()
    troops = claims.index[(claims["category"] == "troops") & claims["value_low"].notna()][:2]
    claims.loc[troops, "source"] = "Same body"
    claims.loc[troops, "reported_date"] = ["2024-10-18", "2024-12-01"]
    table = who_says_what(claims, docs)
    row = table[(table["source"] == "Same body") & (table["category"] == "troops")]
    assert len(row) == 1 and row["date"].iloc[0] == "2024-12-01"
    assert data_as_of(claims, docs) == "2024-12-01"


def test_a_manifest_kept_outside_the_folder(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("North Korea has sent 1,000 soldiers to Russia.\n" * 3)
    manifest = tmp_path / "meta.csv"
    manifest.write_text("file,outlet,published_date,url\na.txt,Example Post,2024-11-02,"
                        "https://example.org/a\n")
    doc = load_corpus(corpus, manifest=manifest).documents[0]
    assert (doc.outlet, doc.published_date, doc.url) == (
        "Example Post", "2024-11-02", "https://example.org/a")
    missing = load_corpus(corpus, manifest=tmp_path / "nope.csv")
    assert [p.kind for p in missing.problems] == ["manifest_ignored"]
    assert missing.documents[0].outlet == ""


def test_seed_manifest_states_only_what_is_known():
    seeds = sorted(p.name for p in (ROOT / "data" / "seeds").glob("*.txt"))
    manifest = pd.read_csv(ROOT / "data" / "seeds_manifest.csv", dtype=str, keep_default_na=False)
    assert sorted(manifest["file"]) == seeds
    assert manifest["note"].str.len().gt(20).all()
    assert manifest["url"].eq("").all()  # no address is known for any seed: none is made up


def test_icon_script_and_style_sheet_keep_only_used_icons():
    script = ('x={a:1},i={"angle-left":[320,512,[8249],"f104","M1 2"],bars:[448,512,["navicon"],'
              '"f0c9","M3 4"],github:[496,512,[],"f09b",["M5","M6"]]};y()')
    trimmed = trim_icons(script, {"bars", "github"})
    assert trimmed == ('x={a:1},i={bars:[448,512,["navicon"],"f0c9","M3 4"],'
                       'github:[496,512,[],"f09b",["M5","M6"]]};y()')
    by_alias = trim_icons(script, {"navicon"})
    assert by_alias == 'x={a:1},i={bars:[448,512,["navicon"],"f0c9","M3 4"]};y()'
    assert trim_icons(script, set()) == "x={a:1},i={};y()"
    css = '.fa-bars:before{content:"\\f0c9"}.fa-x:before,.fa-y:before{content:"\\f00d"}a{b:c}'
    kept, points = trim_icon_css(css, {"bars"})
    assert kept == '.fa-bars:before{content:"\\f0c9"}a{b:c}' and points == {0xF0C9}


def test_the_by_claimant_counts_show_no_bare_index_column():
    """The claims chapter's count by claimant is a table of claimant, country and claims, with
    no column of row numbers (0, 1, 2, ...) before them."""
    nb = json.loads((ROOT / "book" / "03_claims.ipynb").read_text(encoding="utf-8"))
    pages = ["".join(out.get("data", {}).get("text/html", ""))
             for cell in nb["cells"] for out in cell.get("outputs", [])]
    table = next(p for p in pages if '<table id="by-claimant"' in p)
    head = re.search(r"<thead>(.*?)</thead>", table).group(1)
    assert re.findall(r'claimtab-sort">([^<]*)<', head) == ["claimant", "claims",
                                                            "claimant_country"]
    assert not any(re.search(r"<th>0</th>", p) for p in pages)
