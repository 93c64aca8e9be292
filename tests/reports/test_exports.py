"""results.csv, summary.csv and results.json: the contract columns, the rows, the formula guard."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from auditor.model import AuthorityResult, CheckResult, Status
from checks.base import Check
from reports import RESULTS_COLUMNS, SUMMARY_COLUMNS, write_reports
from reports.rows import NOT_JUDGED
from reports.safety import csv_cell
from tests.reports.conftest import FORMULA_NAME, XSS_QUOTE, make_authority_result, make_check, make_run

CONTRACT = [
    "run_id", "authority_code", "authority_name", "check_id", "status", "strength", "legal_ref",
    "evidence_url", "evidence_quote", "pages_crawled", "checked_at", "checks_version",
]  # fmt: skip


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_results_csv_has_exactly_the_contract_columns(report_dir: Path) -> None:
    columns, _ = read_csv(report_dir / "results.csv")
    assert columns == CONTRACT == list(RESULTS_COLUMNS)


def test_results_csv_has_one_row_per_authority_and_check_in_order(
    report_dir: Path, checks: list[Check], results: list[AuthorityResult]
) -> None:
    _, rows = read_csv(report_dir / "results.csv")
    codes = [r.authority.code for r in results]
    assert [(r["authority_code"], r["check_id"]) for r in rows] == [(a, c.id) for a in codes for c in checks]
    first = rows[0]
    assert first["run_id"] == "20250102T030000Z"
    assert first["status"] == "pass" and first["strength"] == "must" and first["checks_version"] == "1"
    assert first["evidence_url"] == "https://lo.example.gov.uk/send/mediation"
    assert first["evidence_quote"].startswith("Our independent mediation")
    assert first["pages_crawled"] == "12" and first["checked_at"] == "2025-01-02T04:00:00Z"
    assert rows[2]["strength"] == "should"
    assert rows[1]["evidence_url"] == "" and rows[1]["evidence_quote"] == ""


def test_results_csv_uses_the_first_evidence_item(report_dir: Path) -> None:
    _, rows = read_csv(report_dir / "results.csv")
    hostile = next(r for r in rows if r["authority_code"] == "../E0<6>/x" and r["check_id"] == "drs_in_local_offer")
    assert hostile["evidence_url"] == "javascript:alert(1)"
    assert hostile["evidence_quote"] == XSS_QUOTE


def test_formula_cells_are_neutralised(report_dir: Path) -> None:
    _, rows = read_csv(report_dir / "results.csv")
    names = {r["authority_name"] for r in rows}
    assert "'" + FORMULA_NAME in names and FORMULA_NAME not in names
    _, summary = read_csv(report_dir / "summary.csv")
    assert summary[1]["region"] == "'@SUM(1+1)"
    for row in rows + summary:
        for value in row.values():
            assert not value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.parametrize(
    "raw", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "\nx", "  =cmd", "\uff1d1+1", "\uff20x"]
)
def test_csv_cell_prefixes_formula_triggers(raw: str) -> None:
    assert csv_cell(raw) == "'" + raw


@pytest.mark.parametrize("raw, expected", [("Hartlepool", "Hartlepool"), ("a=b", "a=b"), (-1, "-1"), (0.5, "0.5")])
def test_csv_cell_leaves_plain_text_and_our_numbers(raw: object, expected: str) -> None:
    assert csv_cell(raw) == expected


def test_summary_columns_and_math(report_dir: Path) -> None:
    columns, rows = read_csv(report_dir / "summary.csv")
    assert columns == list(SUMMARY_COLUMNS)
    assert len(rows) == 2
    first = rows[0]
    # pass (w2) + fail (w2) + partial (w1) + error (excluded): 2 + 0 + 0.5 of 5.
    assert (first["score"], first["score_max"], first["score_fraction"]) == ("2.5", "5", "0.5000")
    counts = [first[k] for k in ("evidenced", "partial", "not_evidenced", "not_applicable", "could_not_check")]
    assert counts == ["1", "1", "1", "0", "1"]
    assert first["errors"] == "insufficient_coverage"
    assert first["crawl_status"] == "ok" and first["pages_crawled"] == "12" and first["region"] == "North East"
    second = rows[1]
    # pass (w2) + pass (w2) + stale fail (w1) + n/a (excluded): 4 of 5.
    assert (second["score"], second["score_max"], second["score_fraction"]) == ("4", "5", "0.8000")
    assert len(first["methodology_version"]) == 12 and first["methodology_version"] == second["methodology_version"]


def test_results_json_is_the_canonical_record(report_dir: Path, checks: list[Check]) -> None:
    document = json.loads((report_dir / "results.json").read_text(encoding="utf-8"))
    manifest = document["manifest"]
    assert manifest["run_id"] == "20250102T030000Z" and manifest["tool_version"] == "0.1.0"
    assert manifest["started_at"] and manifest["finished_at"]
    assert manifest["config"] == {"crawl.delay_seconds": "1.0", "crawl.max_pages": "400"}
    assert [(c["id"], c["version"], c["source"]) for c in manifest["checks"]] == [
        (c.id, c.version, c.source) for c in checks
    ]
    first, second = document["authorities"]
    assert first["coverage"]["pages_fetched"] == 12 and first["coverage"]["hosts"] == ["lo.example.gov.uk"]
    result = first["results"][0]
    assert result["status"] == "pass" and result["searched"]
    evidence = result["evidence"][0]
    assert set(evidence) >= {"url", "quote", "match", "heading_path", "fragment_url", "fetched_at", "body_hash", "note"}
    assert evidence["heading_path"] == ["SEND", "Disagreement resolution"]
    assert len(second["results"][0]["evidence"]) == 2
    assert second["results"][0]["evidence"][0]["quote"] == XSS_QUOTE  # JSON keeps values as stored
    assert first["results"][3]["reason"].startswith("insufficient_coverage")


def test_results_json_is_deterministic(
    tmp_path: Path, checks: list[Check], results: list[AuthorityResult], report_dir: Path
) -> None:
    again = tmp_path / "again"
    write_reports(again, make_run(checks), results, checks)
    for name in ("results.json", "results.csv", "summary.csv", "index.html"):
        assert (again / name).read_bytes() == (report_dir / name).read_bytes(), name
    text = (again / "results.json").read_text(encoding="utf-8")
    assert json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, indent=2) + "\n" == text


def test_a_missing_result_is_an_error_row_and_an_unknown_one_is_kept_unscored(tmp_path: Path) -> None:
    checks = [make_check("a"), make_check("b")]
    result = make_authority_result("E1", "One", {"a": Status.PASS, "zz_removed": Status.FAIL})
    write_reports(tmp_path, make_run(checks), [result], checks)
    _, rows = read_csv(tmp_path / "results.csv")
    assert [(r["check_id"], r["status"]) for r in rows] == [("a", "pass"), ("b", "error"), ("zz_removed", "fail")]
    assert rows[2]["strength"] == "" and rows[2]["checks_version"] == ""
    _, summary = read_csv(tmp_path / "summary.csv")
    assert (summary[0]["score"], summary[0]["score_max"], summary[0]["not_evidenced"]) == ("1", "1", "0")
    document = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert document["authorities"][0]["results"][1]["reason"] == NOT_JUDGED
    assert document["authorities"][0]["results"][2]["registered"] is False


def test_no_authorities_still_writes_every_file(tmp_path: Path, checks: list[Check]) -> None:
    index = write_reports(tmp_path, make_run(checks), [], checks)
    assert index.is_file()
    assert read_csv(tmp_path / "results.csv") == (CONTRACT, [])
    assert json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["authorities"] == []


def test_unicode_survives_the_csv(tmp_path: Path) -> None:
    checks = [make_check("a")]
    result = make_authority_result("E1", "Ynys Môn – “quoted”", {"a": Status.FAIL})
    result = AuthorityResult(
        authority=result.authority,
        coverage=result.coverage,
        results=(CheckResult("a", Status.FAIL, reason="", searched="x"),),
    )
    write_reports(tmp_path, make_run(checks), [result], checks)
    _, rows = read_csv(tmp_path / "results.csv")
    assert rows[0]["authority_name"] == "Ynys Môn – “quoted”"
