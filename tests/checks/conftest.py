"""Fixture sites for the check tests: one HTML page (or a directory of pages) per case."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from auditor.model import Authority, Coverage, Page, Site
from auditor.site import build_site, page_from_text, parse_html

FIXTURES = Path(__file__).parent / "fixtures"
CRAWLED_AT = "2026-11-01T09:00:00+00:00"
HOME = "https://localoffer.example.gov.uk/"
AUTHORITY = Authority(code="E9999", name="Exampleshire County Council", local_offer_url=HOME)
STATUS_PREFIXES = {"pass": "pass", "partial": "partial", "fail": "fail", "trap": "fail"}


@dataclass(frozen=True)
class Case:
    check_id: str
    name: str
    path: Path
    expect: str

    @property
    def id(self) -> str:
        return f"{self.check_id}/{self.name}"


def _expect(name: str, meta: dict[str, object]) -> str:
    if "expect" in meta:
        return str(meta["expect"])
    return STATUS_PREFIXES[name.split("_", 1)[0]]


def cases() -> list[Case]:
    """Every fixture: ``<check_id>/<status>_<name>.html`` (a ``trap_`` expects ``fail`` unless its
    ``.json`` sidecar says otherwise) or a directory with ``site.json`` listing its pages."""
    out = []
    for check_dir in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for path in sorted(check_dir.iterdir()):
            if path.suffix == ".html":
                meta = _sidecar(path)
            elif path.is_dir() and (path / "site.json").exists():
                meta = json.loads((path / "site.json").read_text())
            else:
                continue
            out.append(Case(check_dir.name, path.stem if path.is_file() else path.name, path, _expect(path.stem, meta)))
    return out


def _sidecar(path: Path) -> dict[str, object]:
    side = path.with_suffix(".json")
    return json.loads(side.read_text()) if side.exists() else {}


def site_for(case: Case) -> Site:
    """The fixture as a crawled site with adequate coverage (start page reached, frontier exhausted)."""
    pages: list[Page] = []
    if case.path.is_dir():
        meta = json.loads((case.path / "site.json").read_text())
        for entry in meta["pages"]:
            body = (case.path / entry["file"]).read_text()
            depth = int(entry.get("depth", 1))
            # A "document" entry stands for a linked PDF/DOCX: its extracted text, read as the crawler would.
            read = page_from_text if entry.get("document") else parse_html
            pages.append(read(body, entry["url"], depth=depth, fetched_at=CRAWLED_AT))
        crawled_at = str(meta.get("crawled_at", CRAWLED_AT))
    else:
        meta = _sidecar(case.path)
        url = str(meta.get("url", f"{HOME}send/{case.check_id.replace('_', '-')}/{case.name.replace('_', '-')}"))
        depth = int(meta.get("depth", 1))  # type: ignore[call-overload]
        pages.append(parse_html(case.path.read_text(), url, depth=depth, fetched_at=CRAWLED_AT))
        crawled_at = str(meta.get("crawled_at", CRAWLED_AT))
    coverage = Coverage(
        start_url=HOME,
        start_reached=True,
        pages_fetched=len(pages),
        hosts=tuple(sorted({p.url.split("/")[2] for p in pages})),
        frontier_exhausted=True,
    )
    return build_site(AUTHORITY, pages, coverage, crawled_at)
