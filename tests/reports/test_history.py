"""History: two real audits of a 127.0.0.1 site and a re-judge, then ``diff``, the audit's
end-of-run summary, ``export`` and ``--keep-history``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.cli import main
from reports.changes import DIFF_COLUMNS
from tests.reports.fixture_site import History, build_history


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    yield from build_history(tmp_path_factory.mktemp("history"))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == DIFF_COLUMNS
        return list(reader)


def row(rows: list[dict[str, str]], check_id: str) -> dict[str, str]:
    return next(r for r in rows if r["check_id"] == check_id)


def test_the_first_audit_found_the_duties(history: History) -> None:
    with (history.out1 / "results.csv").open(newline="", encoding="utf-8") as handle:
        statuses = {r["check_id"]: r["status"] for r in csv.DictReader(handle)}
    assert statuses["drs_voluntary"] == "pass"
    assert statuses["drs_independent"] == "pass"
    assert not (history.out1 / "diff.csv").exists()  # nothing to compare the first run with


def test_diff_shows_a_lost_duty_caused_by_the_page(history: History, capsys: pytest.CaptureFixture[str]) -> None:
    run1, run2, _ = history.run_ids
    out = history.root / "diff12"
    assert main(["diff", run1, run2, "--db", str(history.db), "--out", str(out)]) == 0
    rows = read_csv(out / "diff.csv")
    voluntary = row(rows, "drs_voluntary")
    assert (voluntary["status_a"], voluntary["status_b"]) == ("pass", "fail")
    assert voluntary["change"] == "lost" and voluntary["cause"] == "page_changed"
    assert voluntary["check_version_a"] == voluntary["check_version_b"] == current_version("drs_voluntary")
    assert voluntary["evidence_url_a"].endswith("/advice/disagreement-resolution")
    assert voluntary["evidence_url_b"] == ""
    assert "/advice/disagreement-resolution" in voluntary["detail"]
    assert {r["run_a"] for r in rows} == {run1} and {r["run_b"] for r in rows} == {run2}
    unchanged = [r for r in rows if r["change"] == "unchanged"]
    assert unchanged and all(r["cause"] == "" for r in unchanged)
    html = (out / "diff.html").read_text(encoding="utf-8")
    assert "drs_voluntary" in html and "page_changed" in html
    assert "drs_voluntary lost (pass → fail; page_changed)" in capsys.readouterr().err


def test_the_second_audit_wrote_and_printed_its_changes(history: History) -> None:
    rows = read_csv(history.out2 / "diff.csv")
    assert row(rows, "drs_voluntary")["change"] == "lost"
    index = (history.out2 / "index.html").read_text(encoding="utf-8")
    assert 'href="diff.html"' in index and history.run_ids[0] in index


def test_rejudge_with_a_bumped_check_shows_check_changed(history: History) -> None:
    # The re-judge is compared with the run whose crawl it re-judged (run 2).
    rows = read_csv(history.out3 / "diff.csv")
    voluntary = row(rows, "drs_voluntary")
    assert (voluntary["status_a"], voluntary["status_b"], voluntary["change"]) == ("fail", "pass", "gained")
    assert voluntary["cause"] == "check_changed"
    version = current_version("drs_voluntary")
    assert (voluntary["check_version_a"], voluntary["check_version_b"]) == (version, version + ".1")
    others = [r for r in rows if r["check_id"] != "drs_voluntary"]
    assert all(r["change"] == "unchanged" for r in others)  # same crawl, same checks


def test_diff_defaults_to_the_last_two_comparable_runs(history: History) -> None:
    out = history.root / "diff-default"
    assert main(["diff", "--db", str(history.db), "--out", str(out)]) == 0
    rows = read_csv(out / "diff.csv")
    assert {(r["run_a"], r["run_b"]) for r in rows} == {(history.run_ids[1], history.run_ids[2])}


def test_diff_needs_two_run_ids(history: History, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", history.run_ids[0], "--db", str(history.db)]) == 2
    assert "two run ids" in capsys.readouterr().err
    assert main(["diff", "nope", history.run_ids[0], "--db", str(history.db), "--out", str(history.root)]) == 2


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_writes_four_tables(history: History, fmt: str) -> None:
    out = history.root / f"export-{fmt}"
    assert (
        main(["export", "--run", history.run_ids[0], "--db", str(history.db), "--format", fmt, "--out", str(out)]) == 0
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{t}.{fmt}" for t in ("results", "evidence", "summary", "pages")
    )
    if fmt == "json":
        evidence = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
        voluntary = [e for e in evidence if e["check_id"] == "drs_voluntary"]
        assert voluntary[0]["rank"] == 1 and any(w in voluntary[0]["quote"] for w in ("voluntary", "your choice"))
        pages = json.loads((out / "pages.json").read_text(encoding="utf-8"))
        assert {p["status"] for p in pages} >= {200} and all(isinstance(p["depth"], int) for p in pages)
    if fmt == "parquet":
        import pandas as pd

        records = pd.read_parquet(out / "summary.parquet").to_dict("records")
        assert records[0]["authority_code"] == "E99000001" and 0 < float(records[0]["score_fraction"]) <= 1
        assert str(pd.read_parquet(out / "pages.parquet")["status"].dtype) == "Int64"


def test_export_refuses_to_overwrite_the_canonical_results_json(history: History) -> None:
    code = main(["export", "--db", str(history.db), "--format", "json", "--out", str(history.out1)])
    assert code == 2
    assert json.loads((history.out1 / "results.json").read_text(encoding="utf-8"))["format"] == "localoffer-results"


def test_keep_history_publishes_each_run_and_points_latest(history: History, tmp_path: Path) -> None:
    from tests.reports.fixture_site import _routes
    from tests.webserver import serve

    root = tmp_path / "site"
    config = history.root / "c.toml"
    with serve(_routes({"dr": True})) as server:  # type: ignore[arg-type]
        registry = tmp_path / "r.csv"
        registry.write_text(f"code,name,local_offer_url\nE1,One,{server.url('/')}\n", encoding="utf-8")
        args = ["audit", "--registry", str(registry), "--config", str(config), "--db", str(tmp_path / "db.sqlite")]
        assert main([*args, "--out", str(root), "--keep-history"]) == 0
        assert main([*args, "--out", str(root), "--keep-history"]) == 0
    runs = sorted(p.name for p in root.iterdir() if not p.name.startswith(".") and p.name != "latest")
    assert len(runs) == 2
    latest = root / "latest"
    assert (latest / "index.html").is_file() and (latest / "diff.csv").is_file()
    assert latest.resolve() == (root / runs[-1]).resolve()
    assert not (root / ".incoming").exists()


def current_version(check_id: str) -> str:
    from checks.registry import discover_checks

    return next(c.version for c in discover_checks() if c.id == check_id)
