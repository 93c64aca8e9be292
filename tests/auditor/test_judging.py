"""Parallel judging gives exactly the verdicts of judging in the main process."""

from __future__ import annotations

import contextlib
import csv
import os
import pickle
import subprocess
import sys
import time
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


ORPHAN_SCRIPT = """
import multiprocessing, os, pickle, sys, time
from concurrent.futures import ProcessPoolExecutor
from auditor.judging import _init_worker
pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                           initializer=_init_worker, initargs=(pickle.dumps([]), os.getpid()))
pool.submit(time.sleep, 120)
time.sleep(1.0)
print(*pool._processes, flush=True)
time.sleep(120)
"""


def test_judging_workers_end_when_their_audit_is_killed() -> None:
    # A kill -9 of an audit leaves its workers without a reader on their queues; they must not linger.
    audit = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT], stdout=subprocess.PIPE, text=True)
    try:
        assert audit.stdout is not None
        workers = [int(pid) for pid in audit.stdout.readline().split()]
        assert workers and all(_alive(pid) for pid in workers)
    finally:
        audit.kill()
        audit.wait()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "a judging worker outlived its audit"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A worker that ended but was not yet reaped by init is a zombie: gone for our purpose.
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split(") ", 1)[1][0] != "Z"
    return True
