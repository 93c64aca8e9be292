"""The council self-check: `audit --site` with thresholds, exit codes 0/1/2 and JUnit XML;
then `explain` and `rejudge` over the same store."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from auditor.cli import main
from auditor.demo.server import DemoWeb, serve_demo


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with serve_demo() as demo:
        yield demo


@pytest.fixture()
def config(tmp_path: Path) -> Path:
    path = tmp_path / "c.toml"
    path.write_text("[crawl]\ndelay_seconds = 0\n")
    return path


def self_check(web: DemoWeb, code: str, tmp_path: Path, config: Path, *extra: str) -> int:
    authority = web.authority(code)
    return main(
        ["audit", "--site", authority.local_offer_url, "--name", authority.name, "--code", code,
         "--out", str(tmp_path / "out"), "--db", str(tmp_path / "s.sqlite"), "--config", str(config), *extra]
    )  # fmt: skip


EXEMPLARY, EMPTY = "E99000001", "E99000002"


def verdicts(out: Path) -> list[tuple[str, ...]]:
    with (out / "results.csv").open(newline="", encoding="utf-8") as handle:
        return [
            (r["authority_code"], r["check_id"], r["status"], r["evidence_url"], r["evidence_quote"])
            for r in csv.DictReader(handle)
        ]


def test_exemplary_site_passes_fail_on_must(web: DemoWeb, tmp_path: Path, config: Path) -> None:
    assert self_check(web, EXEMPLARY, tmp_path, config, "--fail-on", "should", "--fail-under", "1") == 0


def test_empty_site_fails_fail_on_must_and_prints_fixes(
    web: DemoWeb, tmp_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "junit.xml"
    assert self_check(web, EMPTY, tmp_path, config, "--fail-on", "must", "--junit", str(junit)) == 1
    err = capsys.readouterr().err
    assert "drs_in_local_offer is fail (must)" in err
    assert "what to add:" in err
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    assert int(suite.get("tests", "0")) >= 16
    assert int(suite.get("failures", "0")) >= 10
    names = {case.get("name") for case in suite.iter("testcase")}
    assert "drs_in_local_offer" in names


def test_without_thresholds_a_failing_site_still_exits_0(web: DemoWeb, tmp_path: Path, config: Path) -> None:
    assert self_check(web, EMPTY, tmp_path, config) == 0


def test_fail_under_threshold(web: DemoWeb, tmp_path: Path, config: Path) -> None:
    assert self_check(web, "E99000003", tmp_path, config, "--fail-under", "0.99") == 1


def test_bad_threshold_is_a_usage_error(web: DemoWeb, tmp_path: Path, config: Path) -> None:
    with pytest.raises(SystemExit) as info:
        self_check(web, EMPTY, tmp_path, config, "--fail-under", "80")
    assert info.value.code == 2


def test_explain_and_rejudge_work_from_the_store_alone(
    web: DemoWeb, tmp_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert self_check(web, EXEMPLARY, tmp_path, config) == 0
    capsys.readouterr()
    db = str(tmp_path / "s.sqlite")
    assert main(["explain", EXEMPLARY, "drs_independent", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "drs_independent: PASS" in out and "evidence:" in out and "http://127.0.0.1:" in out
    assert main(["explain", EXEMPLARY, "no_such_check", "--db", db]) == 2
    assert main(["rejudge", "--db", db, "--out", str(tmp_path / "again")]) == 0
    # Same crawl, same checks: the same verdicts and quotes (only the run id and times differ).
    assert verdicts(tmp_path / "out") == verdicts(tmp_path / "again")
    capsys.readouterr()
    assert main(["runs", "--db", db]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
