"""Saved news pages: the article's claims and metadata, nothing from the page's furniture.

Each page in tests/data/pages/ is written in the shape of a real site (wire service, live blog,
comment thread, AMP, JSON-LD-only date) with cookie banner, share counters, "most read" sidebar,
inline promo, photo caption, tags and newsletter box, all with numbers; NAME.txt is its article
as a reader sees it.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from claimtab.extract import extract_claims
from claimtab.htmltext import html_to_text, http_url, iso_date
from claimtab.load import load_document

PAGES = Path(__file__).parent / "data" / "pages"

#: page: (language, title, published_date, outlet, text of furniture that must not be read)
EXPECTED = {
    "en_wire": ("en", "North Korea sends more troops to Russia, Seoul says", "2025-01-14",
                "Global Wire", ["842 partners", "2,417", "3,510 shares", "5,000 North Korean",
                                "60 North Korean missiles", "Most read", "8 million shells",
                                "250,000 readers", "1,000 days", "15 minutes"]),
    "de_liveblog": ("de", "++ Nordkorea schickt weitere Soldaten ++", "2025-02-03",
                    "Nachrichtenportal", ["143 Partnern", "1.284", "500 Container", "60 Raketen",
                                          "Meistgelesen", "4.000 nordkoreanische", "8 Millionen",
                                          "5 wichtigsten", "1000 Tage"]),
    "fr_comments": ("fr", "La Corée du Nord aurait envoyé 10 000 soldats en Russie", "2025-01-05",
                    "Le Quotidien", ["412 partenaires", "856", "2 000 soldats", "3 000 soldats",
                                     "50 000", "2 millions", "300 missiles", "20 000 soldats",
                                     "100 millions", "4 000 soldats", "6 millions",
                                     "600 000 abonnés", "7,99"]),
    "es_amp": ("es", "Corea del Norte ha enviado más de 12.000 soldados a Rusia", "2025-02-28",
               "El Diario Global", ["96 terceros", "3.412", "1.500 soldados", "300 productos",
                                    "40 misiles", "5.000 soldados", "100 misiles",
                                    "8 noticias"]),
    "uk_jsonld": ("uk", "КНДР передала Росії понад 6 мільйонів снарядів — ГУР", "2025-03-10",
                  "Новини Світу", ["200 партнерів", "12 480", "7 тисяч", "50 ракет", "214",
                                   "100 тисяч", "20 мільйонів", "4 тисячі", "60 ракет",
                                   "80 тисяч"]),
}


def claims_of(text: str, lang: str) -> list[tuple]:
    """The fields of each claim that a page and its text twin must share."""
    return [(c.category, c.value_low, c.value_high, c.unit, c.qualifier, c.claimant)
            for c in extract_claims(text, lang)]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Reading a page must never open a connection."""

    def refuse(*args, **kwargs):
        raise AssertionError("network used while reading a page")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_gives_the_claims_of_its_text_twin(name):
    lang = EXPECTED[name][0]
    page, _ = load_document(PAGES / f"{name}.html")
    twin, _ = load_document(PAGES / f"{name}.txt")
    assert page.lang == twin.lang == lang
    assert claims_of(page.text, lang) == claims_of(twin.text, lang) != []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nothing_read_from_banners_sidebars_captions_or_comments(name):
    lang, *_, furniture = EXPECTED[name]
    text, _ = html_to_text((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    page, _ = load_document(PAGES / f"{name}.html")
    twin = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    for item in furniture:
        assert item not in page.text, item
    for claim in extract_claims(page.text, lang):
        assert claim.evidence in twin, claim.evidence
    assert set(text.split("\n\n")) - set(twin.split("\n")) <= {
        "Our Standards: The Global Wire Trust Principles.",  # a line without claims
        "Lire aussi | Kiev affirme que 3 000 soldats nord-coréens ont été tués",  # fr furniture
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_is_read_from_the_page(name):
    _, title, date, outlet, _ = EXPECTED[name]
    page, warnings = load_document(PAGES / f"{name}.html")
    assert (page.title, page.published_date, page.outlet) == (title, date, outlet)
    assert page.url.startswith("https://") and not warnings


def test_fr_promo_is_left_to_the_language_furniture_rules():
    text, _ = html_to_text((PAGES / "fr_comments.html").read_text(encoding="utf-8"))
    page, _ = load_document(PAGES / "fr_comments.html")
    assert "Lire aussi" in text and "Lire aussi" not in page.text
    assert any(line.startswith("Lire aussi") for line in page.furniture)


def test_same_page_same_text():
    html = (PAGES / "en_wire.html").read_text(encoding="utf-8")
    assert html_to_text(html) == html_to_text(html)


def _page(head: str, body: str = "") -> str:
    body = body or (
        "<p>North Korea has sent about 12,000 soldiers to Russia, South Korea's spy agency "
        "said on Friday, and more could follow in the spring.</p>"
    )
    return f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_invalid_date_is_dropped_and_reported(tmp_path: Path):
    (tmp_path / "bad_date.html").write_text(
        _page('<meta property="article:published_time" content="2025-02-30T10:00:00Z">'),
        encoding="utf-8",
    )
    doc, warnings = load_document(tmp_path / "bad_date.html")
    assert doc.published_date == ""
    assert [w.reason for w in warnings] == [
        "published date '2025-02-30T10:00:00Z' in the page is not a valid date; dropped"
    ]


@pytest.mark.parametrize(
    ("declared", "date"),
    [("Tue, 14 Jan 2025 06:12:00 GMT", "2025-01-14"), ("14.01.2025", "2025-01-14"),
     ("2024-02-29", "2024-02-29"), ("2025-01", ""), ("soon", "")],
)
def test_declared_dates_in_other_forms(declared, date):
    _, meta = html_to_text(_page(f'<meta property="article:published_time" content="{declared}">'))
    assert meta.get("published_date", "") == date
    assert ("date_problem" in meta) == (not date)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.org/a", "file:///etc/passwd", "/relative/path"]
)
def test_only_http_urls_are_kept(url):
    _, meta = html_to_text(_page(f'<link rel="canonical" href="{url}">'))
    assert "url" not in meta


def test_short_page_and_helpers():
    text, meta = html_to_text(
        "<!doctype html><html><head><title>T</title>"
        '<meta property="og:site_name" content="Example News"></head><body><nav>Home</nav>'
        "<article><h1>Seoul: troops sent</h1><p>North Korea has sent about 12,000 soldiers to "
        "Russia, South Korea's spy agency said.</p></article><footer>(c)</footer></body></html>"
    )
    assert text.split("\n\n") == [
        "Seoul: troops sent",
        "North Korea has sent about 12,000 soldiers to Russia, South Korea's spy agency said.",
    ]
    assert meta == {"title": "Seoul: troops sent", "outlet": "Example News"}
    assert iso_date("2024-02-29T00:00") == "2024-02-29" and iso_date("2023-02-29") == ""
    assert http_url(" https://a.example/x ") == "https://a.example/x" and http_url("https:x") == ""


@pytest.mark.parametrize("box", ['<div class="promo">', '<aside class="inline-promo">',
                                 '<div id="newsletter_signup">',
                                 '<section class="widget_subscribe">'])
def test_marketing_boxes_inside_the_body_are_not_read(box):
    tag = box[1:].split()[0]
    page = ("<html><head><title>North Korea sends troops</title></head><body><article>"
            "<h1>North Korea sends troops</h1>"
            "<p>North Korea has sent about 10,000 soldiers to Russia, the NIS said on Monday.</p>"
            f"{box}<p>Subscribe: 3 months for 1 euro, 2,000 readers already did.</p></{tag}>"
            "<p>Officials in Seoul said more troops could follow in the coming weeks.</p>"
            "</article></body></html>")
    text, _ = html_to_text(page)
    assert "10,000 soldiers" in text and "Subscribe" not in text
    assert [c.value_low for c in extract_claims(text, "en")] == [10000]


def test_a_class_word_inside_a_longer_word_removes_nothing():
    page = ("<html><body><article class='story'><h1>Troops</h1><div class='adventure promotional'>"
            "<p>North Korea has sent about 10,000 soldiers to Russia, the NIS said.</p>"
            "</div></article></body></html>")
    text, _ = html_to_text(page)
    assert "10,000 soldiers" in text
