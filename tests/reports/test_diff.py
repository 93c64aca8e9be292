"""The diff's change and cause rules on synthetic snapshots, and diff.html with hostile text."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from auditor.model import Authority, Evidence
from reports.changes import DIFF_COLUMNS, write_diff
from reports.diff import RunDiff, classify, diff_runs, summary_lines
from reports.history import AuthoritySnapshot, CheckState, PageState, RunSnapshot, page_key
from tests.reports.conftest import FORMULA_NAME, XSS_QUOTE, make_run

START = "https://lo.example.gov.uk/send/"
DR_URL = "https://lo.example.gov.uk/send/dr"


def evidence(
    url: str = DR_URL, body_hash: str = "h1", quote: str = "DR is voluntary", match: str = "voluntary"
) -> Evidence:
    return Evidence(url=url, quote=quote, match=match, body_hash=body_hash, final_url=url)


def authority_snapshot(
    checks: dict[str, CheckState],
    pages: dict[str, PageState] | None = None,
    *,
    crawl_status: str = "ok",
    name: str = "Kingsbridge",
    start: str = START,
) -> AuthoritySnapshot:
    authority = Authority("E1", name, start)
    pages = pages if pages is not None else {"/send/": PageState("h0"), "/send/dr": PageState("h1")}
    return AuthoritySnapshot(authority, crawl_status, checks, pages)


def run(run_id: str, *authorities: AuthoritySnapshot, order: tuple[str, ...] = ("c",)) -> RunSnapshot:
    return RunSnapshot(run_id, f"{run_id}-start", order, {a.authority.code: a for a in authorities})


def one_row(a: AuthoritySnapshot, b: AuthoritySnapshot) -> tuple[str, str, str]:
    diff = diff_runs(run("A", a), run("B", b))
    (row,) = diff.rows
    return row.change, row.cause, row.detail


@pytest.mark.parametrize(
    ("a", "b", "change"),
    [("pass", "pass", "unchanged"), ("fail", "pass", "gained"), ("partial", "pass", "gained"),
     ("pass", "partial", "lost"), ("pass", "error", "lost"), ("fail", "partial", "changed"),
     ("error", "fail", "changed"), ("", "pass", "gained"), ("pass", "", "lost")],
)  # fmt: skip
def test_classify(a: str, b: str, change: str) -> None:
    assert classify(a, b) == change


def test_page_changed_when_the_evidence_page_body_differs() -> None:
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence(),))})
    b = authority_snapshot({"c": CheckState("fail", "1")}, {"/send/": PageState("h0"), "/send/dr": PageState("h2")})
    assert one_row(a, b)[:2] == ("lost", "page_changed")


def test_check_changed_wins_over_a_changed_page() -> None:
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence(),))})
    b = authority_snapshot({"c": CheckState("fail", "2")}, {"/send/": PageState("h0"), "/send/dr": PageState("h2")})
    change, cause, detail = one_row(a, b)
    assert (change, cause) == ("lost", "check_changed") and "1 → 2" in detail


def test_could_not_fetch_when_either_side_is_an_error_or_the_page_failed() -> None:
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence(),))})
    b = authority_snapshot({"c": CheckState("error", "2", reason="unreachable: timeout")}, crawl_status="unreachable")
    assert one_row(a, b)[1:] == ("could_not_fetch", "unreachable: timeout")
    failed = {"/send/": PageState("h0"), "/send/dr": PageState("", error="timeout")}
    b = authority_snapshot({"c": CheckState("fail", "1")}, failed)
    assert one_row(a, b)[1] == "could_not_fetch"


def test_coverage_changed_when_the_evidence_page_was_not_crawled() -> None:
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence(),))})
    b = authority_snapshot({"c": CheckState("fail", "1")}, {"/send/": PageState("h0")})
    assert one_row(a, b)[1] == "coverage_changed"


def test_gained_duty_compares_its_new_evidence_with_the_old_page() -> None:
    a = authority_snapshot({"c": CheckState("fail", "1")}, {"/send/": PageState("h0"), "/send/dr": PageState("h0")})
    b = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence(body_hash="h1"),))})
    assert one_row(a, b)[:2] == ("gained", "page_changed")


def test_unexplained_when_nothing_differs() -> None:
    a = authority_snapshot({"c": CheckState("fail", "1")})
    b = authority_snapshot({"c": CheckState("partial", "1")})
    assert one_row(a, b)[:2] == ("changed", "unexplained")


def test_pages_match_across_ports_and_schemes() -> None:
    authority = Authority("E1", "K", "http://127.0.0.1:4000/lo/")
    assert page_key("http://127.0.0.1:5000/lo/dr?x=1", authority) == "/lo/dr?x=1"
    assert page_key("https://elsewhere.example/dr", authority) == "https://elsewhere.example/dr"
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(evidence("http://127.0.0.1:4000/lo/dr"),))})
    b = authority_snapshot(
        {"c": CheckState("fail", "1")}, {"/lo/dr": PageState("h9")}, start="http://127.0.0.1:5000/lo/"
    )
    assert one_row(a, b)[1] == "page_changed"


def test_authorities_and_checks_in_one_run_only() -> None:
    a = authority_snapshot({"c": CheckState("pass", "1"), "old": CheckState("pass", "1")})
    other = AuthoritySnapshot(Authority("E2", "Only in B", START), "ok", {"c": CheckState("pass", "1")}, {})
    diff = diff_runs(run("A", a), run("B", authority_snapshot({"c": CheckState("pass", "1")}), other))
    causes = {(r.authority_code, r.check_id): (r.change, r.cause) for r in diff.rows}
    assert causes[("E1", "old")] == ("lost", "not_in_run")
    assert causes[("E2", "c")] == ("gained", "not_in_run")
    assert causes[("E1", "c")] == ("unchanged", "")
    common = diff_runs(run("A", a), run("B", other), only_common=True)
    assert {r.authority_code for r in common.rows} == {"E2"}


def test_summary_lines_are_short() -> None:
    checks = {f"c{i}": CheckState("pass", "1", evidence=(evidence(),)) for i in range(30)}
    lost = {f"c{i}": CheckState("fail", "1") for i in range(30)}
    a, b = authority_snapshot(checks), authority_snapshot(lost, {"/send/dr": PageState("h2")})
    lines = summary_lines(diff_runs(run("A", a), run("B", b)), limit=5)
    assert lines[0].startswith("changes since run A: duties 30 lost")
    assert len(lines) == 2 + 5 + 1 and "25 more" in lines[-1]


def hostile_diff() -> RunDiff:
    bad = evidence("javascript:alert(1)", quote=XSS_QUOTE, match="<script>alert(1)</script>")
    a = authority_snapshot({"c": CheckState("pass", "1", evidence=(bad,))}, name=FORMULA_NAME)
    b = authority_snapshot({"c": CheckState("fail", "1")}, {"/send/": PageState("h0")}, name=FORMULA_NAME)
    return diff_runs(run("A", a), run("B", b))


def test_hostile_text_is_inert_in_diff_html_and_csv(tmp_path: Path) -> None:
    csv_path, html_path = write_diff(tmp_path, hostile_diff(), make_run([]), titles={"c": "<b>Title</b>"})
    html = html_path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img" not in html and "<b>Title" not in html
    assert 'href="javascript:' not in html.lower() and html.count("<script>") == 1
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in html
    assert '<span class="url unsafe-url">javascript:alert(1)</span>' in html
    assert "=HYPERLINK(&#34;http://evil.example&#34;" in html
    assert not re.search(r"<[a-z]+\s[^>]*\bsrc=", html)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == DIFF_COLUMNS
        (row,) = list(reader)
    assert row["authority_name"] == "'" + FORMULA_NAME
    assert row["evidence_quote_a"] == XSS_QUOTE and row["evidence_url_a"] == "javascript:alert(1)"


def test_diff_html_without_changes(tmp_path: Path) -> None:
    a = authority_snapshot({"c": CheckState("pass", "1")})
    _, html_path = write_diff(tmp_path, diff_runs(run("A", a), run("B", a)), make_run([]))
    html = html_path.read_text(encoding="utf-8")
    assert "No duty changed status" in html and "No verdict changed." in html
