"""End to end over the bundled demo web, through real sockets on 127.0.0.1."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.demo.server import DemoWeb, serve_demo

CONTRACT_COLUMNS = [
    "run_id", "authority_code", "authority_name", "check_id", "status", "strength", "legal_ref",
    "evidence_url", "evidence_quote", "pages_crawled", "checked_at", "checks_version",
]  # fmt: skip
CORE_IDS = [
    "drs_in_local_offer", "drs_independent", "drs_voluntary", "drs_all_sen", "drs_disagreement_types",
    "drs_no_effect_on_appeal", "drs_confidential", "drs_provider_named", "drs_contact", "mediation_info",
    "iass_signposted", "complaints_routes", "tribunal_appeal", "lo_feedback_published", "drs_findable", "stale_ccg",
]  # fmt: skip


@pytest.fixture(scope="module", params=["httpx", "aiohttp"])
def audited(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoWeb, Path]]:
    """The demo audited once with each HTTP transport: the verdicts must not depend on it."""
    root = tmp_path_factory.mktemp("e2e")
    config = root / "c.toml"
    config.write_text(f'[crawl]\ndelay_seconds = 0\nhttp_transport = "{request.param}"\n')
    with serve_demo() as web:
        registry = web.write_registry(root / "registry.csv")
        code = main(
            ["audit", "--registry", str(registry), "--out", str(root / "out"), "--config", str(config),
             "--db", str(root / "runs.sqlite")]
        )  # fmt: skip
        assert code == 0
        yield web, root / "out"


def read_results(out: Path) -> list[dict[str, str]]:
    with (out / "results.csv").open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == CONTRACT_COLUMNS
        return list(reader)


def test_results_csv_has_one_row_per_authority_and_core_check(audited: tuple[DemoWeb, Path]) -> None:
    web, out = audited
    rows = read_results(out)
    pairs = [(r["authority_code"], r["check_id"]) for r in rows if r["check_id"] in CORE_IDS]
    assert sorted(pairs) == sorted((a.code, c) for a in web.authorities for c in CORE_IDS)
    assert len({r["run_id"] for r in rows}) == 1


def test_every_authority_has_a_scorecard_and_the_league_table_links_it(audited: tuple[DemoWeb, Path]) -> None:
    web, out = audited
    index = (out / "index.html").read_text(encoding="utf-8")
    for authority in web.authorities:
        assert (out / "authorities" / f"{authority.code}.html").is_file()
        assert f"authorities/{authority.code}.html" in index
    assert (out / "summary.csv").is_file()
    json.loads((out / "results.json").read_text(encoding="utf-8"))


def test_statuses_match_the_demo_design(audited: tuple[DemoWeb, Path]) -> None:
    web, out = audited
    got = {(r["authority_code"], r["check_id"]): r["status"] for r in read_results(out)}
    mismatches = [
        f"{a.code} {a.name} {check}: expected {want}, got {got[(a.code, check)]}"
        for a in web.authorities
        for check, want in sorted(a.expected.items())
        if got[(a.code, check)] != want
    ]
    assert not mismatches, "\n".join(mismatches)


def test_passes_carry_evidence(audited: tuple[DemoWeb, Path]) -> None:
    _, out = audited
    passes = [r for r in read_results(out) if r["status"] == "pass" and r["check_id"] != "stale_ccg"]
    assert passes
    assert all(r["evidence_url"].startswith("http://127.0.0.1:") and r["evidence_quote"] for r in passes)


def test_demo_command_prints_the_index_path(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "auditor.cli", "demo", "--out", str(tmp_path / "demo")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    index = Path(proc.stdout.strip().splitlines()[-1])
    assert index.name == "index.html" and index.is_file()
