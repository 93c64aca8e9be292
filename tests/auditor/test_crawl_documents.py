"""Linked PDF and DOCX leaflets are fetched within the document cap and their text is readable."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from auditor.documents import document_text
from auditor.model import Authority
from auditor.store import Store
from tests.auditor.crawlkit import run_crawl
from tests.webserver import Reply, page, serve

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF with one line of Helvetica text, written by hand with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def tiny_docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_and_docx_are_fetched_and_their_text_extracted(tmp_path: Path) -> None:
    pdf = tiny_pdf("Mediation is free and independent of the council.")
    word = tiny_docx("Disagreement resolution guide", "Contact the SENDIASS helpline.")
    routes = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/leaflet.pdf", "/guide.docx", "/huge.pdf"])),
        "/leaflet.pdf": Reply(pdf, content_type=PDF_TYPE),
        "/guide.docx": Reply(word, content_type=DOCX_TYPE),
        "/huge.pdf": Reply(pdf + b"%" + b"x" * 200_000, content_type=PDF_TYPE),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(
            Authority("X1", "Testshire", server.url("/")), tmp_path / "s.sqlite", max_document_bytes=100_000,
            use_sitemaps=False,
        )  # fmt: skip
    records = {f.url.rsplit("/", 1)[-1]: f for f in crawl.fetches}
    assert records["leaflet.pdf"].kind == records["guide.docx"].kind == "document"
    assert (records["huge.pdf"].kind, records["huge.pdf"].error) == ("error", "document_too_large")
    with Store.open(tmp_path / "s.sqlite") as store:
        texts = {
            name: document_text(store.body(rec.body_hash) or b"", rec.content_type, rec.url)
            for name, rec in records.items()
            if rec.kind == "document"
        }
    assert texts["leaflet.pdf"] == ("Mediation is free and independent of the council.", "")
    text, problem = texts["guide.docx"]
    assert not problem and "Disagreement resolution guide" in text and "SENDIASS helpline" in text


def test_documents_are_not_fetched_when_switched_off(tmp_path: Path) -> None:
    routes = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/leaflet.pdf"])),
        "/leaflet.pdf": Reply(tiny_pdf("x"), content_type=PDF_TYPE),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        run_crawl(
            Authority("X1", "Testshire", server.url("/")), tmp_path / "s.sqlite", fetch_documents=False,
            use_sitemaps=False,
        )  # fmt: skip
    assert "/leaflet.pdf" not in server.paths()
