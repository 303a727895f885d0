"""Text and metadata from a PDF report's text layer, read by pdfminer.six's layout analysis.

pdfminer.six groups characters into text boxes in reading order (columns one after another);
each box becomes one paragraph, its lines joined with spaces (a word broken by a hyphen at a
line end is joined again), so sentences that wrap across lines stay whole.

Page numbers are kept with a marker line between pages: the text before the first marker is
page 1, and a line ``[page N]`` (alone, with blank lines around it) starts page N. The sentence
splitter never joins lines, so no sentence runs across a page break; ``page_of(text, offset)``
names the page of a character offset (for example a claim's evidence).

A PDF without a text layer (a scan), an encrypted one that needs a password, or one that cannot
be parsed raises the loader's DocumentError with a one-line reason.
"""

from __future__ import annotations

import io
import logging
import re

#: The marker line that starts page N (N >= 2).
PAGE_MARKER = "[page {n}]"
PAGE_MARKER_RE = re.compile(r"^\[page (\d+)\]$", re.MULTILINE)
#: Share of a page's characters that may be undecodable glyphs ("(cid:12)") before it is refused.
MAX_CID_SHARE = 0.3
_CID = re.compile(r"\(cid:\d+\)")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
_FILE_TITLE = re.compile(r"^(?:Microsoft \w+ - )|\.(?:docx?|pdf|indd|tex|odt|rtf)$", re.IGNORECASE)

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its per-object warnings are noise here


class PdfError(ValueError):
    """A PDF that gives no text; ``kind`` is the loader's problem kind, the message its reason."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind


def _error(reason: str, kind: str = "unreadable") -> PdfError:
    """The error for a PDF that cannot be read (``no_text`` when it has no text layer)."""
    return PdfError(kind, reason)


def pdf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The PDF's text (paragraphs, ``[page N]`` lines between pages) and its title and author."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    if not data.startswith(b"%PDF-"):
        raise _error("not a PDF file (no %PDF- header)")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = _page_paragraphs(document)
    except PDFPasswordIncorrect as exc:
        raise _error("PDF is encrypted and needs a password") from exc
    except PDFEncryptionError as exc:
        raise _error(f"PDF encryption not supported: {exc}") from exc
    except Exception as exc:  # untrusted bytes: any parser failure is this file's problem only
        raise _error(f"PDF cannot be read: {type(exc).__name__}: {str(exc)[:80]}") from exc
    if not pages:
        raise _error("PDF cannot be read: no pages")
    if not any(pages):
        raise _error("PDF has no text layer (scanned?)", "no_text")
    parts: list[str] = []
    for n, paragraphs in enumerate(pages, start=1):
        if n > 1:
            parts.append(PAGE_MARKER.format(n=n))
        parts.extend(paragraphs)
    return "\n\n".join(parts), _metadata(document)


def _page_paragraphs(document) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Each page's paragraphs: its text boxes in reading order, lines joined."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[list[str]] = []
    for n, page in enumerate(PDFPage.create_pages(document), start=1):
        interpreter.process_page(page)
        boxes = [b.get_text() for b in device.get_result() if isinstance(b, LTTextContainer)]
        raw = "".join(boxes)
        if len("".join(_CID.findall(raw))) > MAX_CID_SHARE * max(1, len(raw.strip())):
            raise ValueError(f"page {n} has glyphs without character codes (no ToUnicode map)")
        pages.append([p for p in (_paragraph(b) for b in boxes) if p])
    return pages


def _paragraph(box: str) -> str:
    """One text box as one line: hyphen breaks joined, other line ends made spaces."""
    box = box.strip()
    box = _HYPHEN_BREAK.sub(lambda m: "" if box[m.end()].islower() else "-", box)
    return re.sub(r"\s+", " ", box).strip()


def _metadata(document) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Title and author from the PDF's information dictionary, when they look like real ones."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    info = {}
    for entry in document.info or []:
        info.update(resolve1(entry) or {})
    meta: dict[str, str] = {}
    for key, name in (("title", "Title"), ("byline", "Author")):
        value = resolve1(info.get(name))
        if isinstance(value, bytes):
            value = decode_text(value)
        value = re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else ""
        if key == "title" and _FILE_TITLE.search(value):
            continue
        if key == "byline" and len(value.split()) < 2:  # a login name, not a person's name
            continue
        if value:
            meta[key] = value
    return meta


def page_of(text: str, offset: int) -> int:
    """The page number (from 1) on which character ``offset`` of ``pdf_to_text``'s text stands."""
    page = 1
    for m in PAGE_MARKER_RE.finditer(text, 0, max(0, offset)):
        page = int(m.group(1))
    return page
