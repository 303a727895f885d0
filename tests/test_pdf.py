"""PDF reports: text layer read with page markers; scans, encrypted and broken PDFs are named skips.

The PDFs are written here from raw PDF syntax (Helvetica, WinAnsi encoding), so no binary file is
stored or downloaded.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from claimtab.extract import extract_claims, split_sentences
from claimtab.languages import load_language
from claimtab.load import load_corpus, load_document
from claimtab.pdftext import PAGE_MARKER_RE, PdfError, page_of, pdf_to_text


def _string(s: str) -> str:
    """A PDF literal string (WinAnsi bytes shown as latin-1 text) with ( ) \\ escaped."""
    raw = s.encode("cp1252").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _content(lines: list[str]) -> bytes:
    """A page's content stream: one text line per item, an empty item is a paragraph gap."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops.append(f"{_string(line)} Tj T*" if line else "T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


IMAGE = b"q 400 0 0 300 100 400 cm /Im1 Do Q"


def make_pdf(pages: list[list[str]], *, info: dict[str, str] | None = None,
             encrypt: bool = False, scanned: bool = False) -> bytes:
    """A small valid PDF: one page per item (lines of Helvetica text, or an image if scanned)."""
    objs: list[bytes] = [b"", b""]  # 1 catalog, 2 pages (filled in below)
    font = len(objs) + 1
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    image = len(objs) + 1
    pixels = bytes(range(0, 256, 16)) * 12
    objs.append(
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 12 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
    kids = []
    for lines in pages:
        stream = IMAGE if scanned else _content(lines)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
            % (len(objs), font, image)
        )
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    file_id = b"<" + b"0123456789abcdef" * 2 + b">"
    trailer = b"/Root 1 0 R /ID [" + file_id + b" " + file_id + b"]"
    if info:
        entries = b" ".join(
            b"/%s %s" % (k.encode(), _string(v).encode("latin-1")) for k, v in info.items()
        )
        objs.append(b"<< " + entries + b" >>")
        trailer += b" /Info %d 0 R" % len(objs)
    if encrypt:  # RC4 40-bit standard handler whose user password is not empty
        owner, user = b"ab" * 32, b"cd" * 32
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <%s> /U <%s> >>" % (owner, user))
        trailer += b" /Encrypt %d 0 R" % len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d " % (len(objs) + 1) + trailer + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


REPORT = [
    [
        "North Korean support to Russia",
        "",
        "North Korea has sent about 11,000 troops to Russia, South",
        "Korea's spy agency said on Tuesday. Pyongyang has also ship-",
        "ped more than 20,000 containers of munitions since August 2023.",
        "",
        "The shipments continue by rail and by sea, officials said, and",
        "Ukraine expects more of them in the spring. Analysts estimate",
    ],
    [
        "100 ballistic missiles were delivered by January, Ukraine's",
        "military intelligence said.",
        "",
        "About 3,000 North Korean soldiers have been killed or wounded",
        "in the Kursk region, according to the spy agency.",
    ],
]


def claims_of(text: str, lang: str) -> list[tuple]:
    """The fields of each claim that a page and its text twin must share."""
    return [(c.category, c.value_low, c.value_high, c.unit, c.qualifier, c.claimant)
            for c in extract_claims(text, lang)]


def test_pages_are_marked_and_lines_joined():
    text, meta = pdf_to_text(make_pdf(REPORT, info={"Title": "North Korean support to Russia",
                                                    "Author": "Jane Analyst"}))
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "North Korean support to Russia"
    assert paragraphs[1].startswith("North Korea has sent about 11,000 troops to Russia, South Kor")
    assert "shipped more than 20,000 containers" in paragraphs[1]  # hyphen break joined
    assert "[page 2]" in paragraphs and "[page 1]" not in text
    assert meta == {"title": "North Korean support to Russia", "byline": "Jane Analyst"}
    assert page_of(text, text.index("11,000")) == 1
    assert page_of(text, text.index("3,000 North")) == 2


def test_no_sentence_runs_across_a_page_break():
    text, _ = pdf_to_text(make_pdf(REPORT))
    marker = PAGE_MARKER_RE.search(text)
    assert marker is not None
    for s, e in split_sentences(text, load_language("en")):
        assert not (s < marker.start() < e) and not (s < marker.end() < e), text[s:e]
    claims = extract_claims(text, "en")
    assert all("[page" not in c.evidence for c in claims)
    assert {c.value_low for c in claims} >= {11000, 20000, 3000}
    by_value = {c.value_low: c for c in claims}
    assert by_value[11000].claimant == "South Korea's spy agency"
    assert page_of(text, by_value[3000].start) == 2


def test_pdf_gives_the_claims_of_its_text():
    pages = [["Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes",
              "NIS rund 11.000 Soldaten nach Russland geschickt."],
             ["Selon le renseignement sud-coréen, la Corée du Nord a envoyé",
              "environ 10 000 soldats en Russie."]]
    text, _ = pdf_to_text(make_pdf(pages))
    de, fr = text.split("\n\n[page 2]\n\n")
    assert claims_of(de, "de") == claims_of(" ".join(pages[0]), "de") != []
    assert claims_of(fr, "fr") == claims_of(" ".join(pages[1]), "fr") != []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (make_pdf([[], []], scanned=True), "PDF has no text layer (scanned?)"),
        (make_pdf(REPORT, encrypt=True), "PDF is encrypted and needs a password"),
        (make_pdf(REPORT)[:300], "PDF cannot be read"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "PDF cannot be read"),
        (b"GIF89a not a pdf", "not a PDF file"),
    ],
    ids=["scanned", "encrypted", "truncated", "garbage", "not-pdf"],
)
def test_unusable_pdfs_are_named_skips(data, reason):
    with pytest.raises(PdfError, match=re.escape(reason)):
        pdf_to_text(data)


def test_loader_reads_pdfs_and_skips_scans(tmp_path: Path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "create_connection", no_network)
    (tmp_path / "report.pdf").write_bytes(make_pdf(REPORT, info={"Title": "Report.docx"}))
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]], scanned=True))
    doc, warnings = load_document(tmp_path / "report.pdf")
    assert doc.encoding == "pdf" and doc.lang == "en" and not warnings
    assert doc.title == "North Korean support to Russia"  # file-name titles are not kept
    assert "[page 2]" in doc.text
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["report"]
    reasons = [str(p) for p in corpus.problems]
    assert reasons == ["scan.pdf: skipped: PDF has no text layer (scanned?)"]
