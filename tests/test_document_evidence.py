"""Evidence that lives only in a linked leaflet (PDF or DOCX) is found, and the evidence names the
document's URL — through the real crawler, store, checks and results.csv."""

from __future__ import annotations

import csv
from pathlib import Path

from auditor.cli import main
from tests.auditor.test_crawl_documents import DOCX_TYPE, PDF_TYPE, tiny_docx, tiny_pdf
from tests.webserver import Reply, page, serve


def test_checks_quote_linked_pdf_and_docx_leaflets(tmp_path: Path) -> None:
    leaflet = tiny_docx(
        "SEND disagreement resolution",
        "Our SEND disagreement resolution service is provided by Global Mediation.",
        "To use it, call Global Mediation on 01632 960123 or email send@globalmediation.example.",
    )
    independence = tiny_pdf("The disagreement resolution service is independent of the council.")
    dr_page = page(
        "Disagreement resolution",
        "<p>If you disagree with the council or a school about SEND support, our disagreement resolution"
        " leaflets explain how to get help.</p>"
        '<ul><li><a href="/leaflets/dr-guide.docx">Disagreement resolution guide (Word)</a></li>'
        '<li><a href="/leaflets/independence.pdf">About the service (PDF)</a></li></ul>',
    )
    routes = {
        "/": Reply(page("SEND Local Offer", "<p>Welcome to the SEND Local Offer.</p>", ["/send/disagreements"])),
        "/send/disagreements": Reply(dr_page),
        "/leaflets/dr-guide.docx": Reply(leaflet, content_type=DOCX_TYPE),
        "/leaflets/independence.pdf": Reply(independence, content_type=PDF_TYPE),
    }
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\ndelay_seconds = 0\n")
    with serve(routes) as server:  # type: ignore[arg-type]
        registry = tmp_path / "r.csv"
        registry.write_text(f"code,name,local_offer_url\nX1,Testshire,{server.url('/')}\n")
        out = tmp_path / "out"
        args = ["--registry", str(registry), "--config", str(config), "--db", str(tmp_path / "s.sqlite")]
        assert main(["audit", *args, "--out", str(out)]) == 0
    with (out / "results.csv").open(newline="", encoding="utf-8") as handle:
        rows = {r["check_id"]: r for r in csv.DictReader(handle)}
    provider = rows["drs_provider_named"]
    assert provider["status"] == "pass", provider
    assert provider["evidence_url"].endswith("/leaflets/dr-guide.docx")
    assert "Global Mediation" in provider["evidence_quote"]
    independent = rows["drs_independent"]
    assert independent["status"] == "pass", independent
    assert independent["evidence_url"].endswith("/leaflets/independence.pdf")
    assert "independent of the council" in independent["evidence_quote"]
