"""index.html and the scorecards: hostile text stays inert, order, file names, self-containment."""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape
from pathlib import Path

import pytest

from auditor.model import AuthorityResult, Status
from checks.base import Check
from reports import write_reports
from reports.html import TEMPLATES
from tests.reports.conftest import make_authority_result, make_check, make_run

HOSTILE_FILE = "___E0_6__x.html"
INTERNAL_OR_WEB = (
    "https://", "http://", "#", "../index.html", "index.html", "authorities/", "methodology.html",
    "../methodology.html", "diff.html", "diff.csv",
)  # fmt: skip


def pages(report_dir: Path) -> dict[str, str]:
    found = {name: (report_dir / name).read_text(encoding="utf-8") for name in ("index.html", "methodology.html")}
    for path in sorted((report_dir / "authorities").iterdir()):
        found[f"authorities/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def test_hostile_quote_and_url_render_inert(report_dir: Path) -> None:
    all_pages = pages(report_dir)
    assert f"authorities/{HOSTILE_FILE}" in all_pages
    for name, html in all_pages.items():
        assert "<script>alert" not in html, name
        assert 'href="javascript:' not in html.lower(), name
        assert "<img" not in html, name
        assert "onerror=alert(1)>" not in html, name
        assert html.count("<script>") == 1, name  # ours only
    scorecard = all_pages[f"authorities/{HOSTILE_FILE}"]
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in scorecard
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in scorecard
    assert '<span class="url unsafe-url">javascript:alert(1)</span>' in scorecard
    assert "=HYPERLINK(&#34;http://evil.example&#34;" in scorecard
    assert "../E0&lt;6&gt;/x" in all_pages["index.html"]


def test_only_http_urls_become_links(report_dir: Path) -> None:
    for name, html in pages(report_dir).items():
        for href in re.findall(r'href="([^"]*)"', html):
            assert href.startswith(INTERNAL_OR_WEB), (
                name,
                href,
            )


def test_scorecard_lists_fails_first_and_passes_last_in_details(report_dir: Path) -> None:
    html = (report_dir / "authorities" / "E06000001.html").read_text(encoding="utf-8")
    order = [html.index(f'id="check-{cid}"') for cid in ("drs_independent", "drs_voluntary", "stale_ccg")]
    assert order == sorted(order)  # fail, partial, error
    passes = html.index('id="check-drs_in_local_offer"')
    assert passes > order[-1]
    assert html.rindex("<details", 0, passes) > order[-1]
    assert "1 of 4 duties evidenced, 1 partial, 1 could not be checked" in html
    parts = [
        "Failure of drs_independent", "Fix for drs_independent", "Why drs_independent matters",
        "SEND Code of Practice 2015, paragraph 11.9", "What was searched", "insufficient_coverage",
    ]  # fmt: skip
    for part in parts:
        assert part in html
    assert "<mark>independent mediation</mark>" in html
    assert 'href="https://lo.example.gov.uk/send/mediation#:~:text=independent%20mediation"' in html
    assert "SEND › Disagreement resolution" in html


def test_scorecard_shows_coverage(report_dir: Path) -> None:
    html = (report_dir / "authorities" / "E06000001.html").read_text(encoding="utf-8")
    parts = [
        "Pages crawled</dt><dd>12", "Hosts</dt><dd>lo.example.gov.uk", "Blocked by robots.txt</dt><dd>2",
        "Pages that failed to load</dt><dd>1", "Left out by the page budget</dt><dd>0", "Crawl status</dt><dd>ok",
    ]  # fmt: skip
    for part in parts:
        assert part in html


def test_index_is_a_league_table(report_dir: Path, checks: list[Check]) -> None:
    html = (report_dir / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html
    assert "<caption" in html and 'scope="col"' in html and 'scope="row"' in html
    assert 'href="authorities/E06000001.html"' in html and f'href="authorities/{HOSTILE_FILE}"' in html
    # Highest score first without JS: the hostile authority scores 0.8, Hartlepool 0.5.
    assert html.index(HOSTILE_FILE) < html.index("authorities/E06000001.html")
    assert "1 of 4 duties evidenced" in html and "2 of 3 duties evidenced" in html
    assert "North East" in html
    for word in ("Evidenced", "Not evidenced", "Partial", "Could not check", "Not applicable", "Outdated wording"):
        assert f"</span> {word}</span>" in html, word  # word beside its icon, not colour alone
    assert "data-filter hidden" in html  # the filter box only appears with JS
    assert "How the score works" in html and "partial</strong> 0.5" in html
    for check in checks:
        assert check.title in html


def test_pages_are_self_contained_with_a_matching_csp(report_dir: Path) -> None:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    for name, html in pages(report_dir).items():
        assert f"<style>{css}</style>" in html and f"<script>{js}</script>" in html, name
        csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)[1])  # type: ignore[index]
        assert f"style-src {sha(css)};" in csp and f"script-src {sha(js)};" in csp, name
        assert csp.startswith("default-src 'none';"), name
        assert "<link" not in html and not re.search(r"<[a-z]+\s[^>]*\bsrc=", html), name


def test_filenames_are_sanitised_and_unique(tmp_path: Path) -> None:
    checks = [make_check("a")]
    codes = ["E1", "../../etc/passwd", ".hidden", "", "a b", "a/b", "E1 "]
    results = [make_authority_result(code, f"Name {i}", {"a": Status.PASS}) for i, code in enumerate(codes)]
    write_reports(tmp_path / "out", make_run(checks), results, checks)
    files = sorted(p.name for p in (tmp_path / "out" / "authorities").iterdir())
    assert len(files) == len(codes)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+\.html", f) for f in files), files
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "authorities", "index.html", "methodology.html", "results.csv", "results.json", "summary.csv",
    ]  # fmt: skip
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for name in files:
        assert f'href="authorities/{name}"' in index


def test_writing_leaves_no_temporary_files(
    report_dir: Path, checks: list[Check], results: list[AuthorityResult]
) -> None:
    write_reports(report_dir, make_run(checks), results, checks)  # overwrite in place
    leftovers = [p for p in report_dir.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []


def test_templates_never_bypass_escaping() -> None:
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe\b", text), path.name
        assert "autoescape false" not in text, path.name


@pytest.mark.parametrize("status", list(Status))
def test_every_status_renders(tmp_path: Path, status: Status) -> None:
    checks = [make_check("a"), make_check("stale_x", kind="currency")]
    result = make_authority_result("E1", "One", {"a": status, "stale_x": status})
    write_reports(tmp_path, make_run(checks), [result], checks)
    assert (tmp_path / "authorities" / "E1.html").is_file()
