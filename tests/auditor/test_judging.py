"""Parallel judging gives exactly the verdicts of judging in the main process."""

from __future__ import annotations

import csv
import pickle
from pathlib import Path

from auditor.cli import main
from auditor.demo.server import serve_demo
from checks.registry import discover_checks


def test_every_core_check_can_be_sent_to_a_worker_process() -> None:
    # A check that cannot be pickled silently falls back to judging in the main process.
    for check in discover_checks():
        assert pickle.loads(pickle.dumps(check)).id == check.id


def verdicts(out: Path) -> list[tuple[str, ...]]:
    with (out / "results.csv").open(newline="", encoding="utf-8") as handle:
        return [
            (r["authority_code"], r["check_id"], r["status"], r["evidence_url"], r["evidence_quote"])
            for r in csv.DictReader(handle)
        ]


def test_worker_processes_and_main_process_agree(tmp_path: Path) -> None:
    with serve_demo() as web:
        registry = web.write_registry(tmp_path / "registry.csv")
        for workers in (1, 2):
            config = tmp_path / f"c{workers}.toml"
            config.write_text(f"[crawl]\ndelay_seconds = 0\n[checks]\nworkers = {workers}\n")
            args = ["--registry", str(registry), "--config", str(config), "--db", str(tmp_path / f"{workers}.sqlite")]
            assert main(["audit", *args, "--out", str(tmp_path / f"out{workers}")]) == 0
    assert verdicts(tmp_path / "out1") == verdicts(tmp_path / "out2")
