"""Text out of linked documents (PDF leaflets, DOCX guides), so checks can quote them.

Extraction failures are expected on hostile or broken files: they yield "" and a note, never an
exception, and the page is still counted as fetched.
"""

from __future__ import annotations

import io
import logging
import zipfile

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_PDF_PAGES = 60


def _pdf_text(body: bytes) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(body), strict=False)
    pages = []
    for page in reader.pages[:MAX_PDF_PAGES]:
        pages.append(page.extract_text() or "")
    return "\n\n".join(pages)


def _docx_text(body: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(body))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n\n".join(p for p in parts if p.strip())


def document_text(body: bytes, content_type: str, url: str) -> tuple[str, str]:
    """``(text, problem)``: the document's text, or "" with the reason it could not be read."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    is_pdf = ctype == "application/pdf" or body.startswith(b"%PDF")
    is_docx = ctype == DOCX_TYPE or url.lower().split("?", 1)[0].endswith(".docx")
    try:
        if is_pdf:
            return _pdf_text(body), ""
        if is_docx:
            return _docx_text(body), ""
    except (ValueError, KeyError, OSError, zipfile.BadZipFile, RecursionError, TypeError, AttributeError) as exc:
        return "", f"unreadable document: {type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - parsers of hostile files raise anything; never crash a run
        return "", f"unreadable document: {type(exc).__name__}"
    return "", "unsupported document type"
