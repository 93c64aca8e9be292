"""Two audits on one store, and readers while an audit writes.

The lock (``auditor.lock.store_lock``, ``flock`` on ``<store>.lock``) lets one audit write a store
at a time: a second one refuses at once with one line and exit code 2. Readers take no lock:
SQLite's WAL mode lets ``localoffer runs`` and ``localoffer export`` read while an audit writes.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.auditor.test_cli import assert_one_line_error, run_cli
from tests.webserver import LocalServer, Reply, page, serve

ROOT = Path(__file__).resolve().parents[2]
PATHS = [f"/p{n}" for n in range(8)]


@contextmanager
def slow_site(delay: float = 0.25) -> Iterator[LocalServer]:
    """A Local Offer whose pages each take ``delay`` seconds: an audit of it lasts a few seconds."""
    routes: dict[str, Reply] = {"/": Reply(page("SEND Local Offer", "<p>Welcome.</p>", PATHS))}
    for path in PATHS:
        routes[path] = Reply(page(path, f"<p>Page {path} about mediation.</p>", ["/"]), delay=delay)
    with serve(routes) as server:  # type: ignore[arg-type]
        yield server


def _setup(tmp_path: Path, server: LocalServer) -> tuple[Path, Path]:
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\ndelay_seconds = 0\nconcurrency = 1\n", encoding="utf-8")
    registry = tmp_path / "r.csv"
    registry.write_text(f"code,name,local_offer_url\nS1,Slow Council,{server.url('/')}\n", encoding="utf-8")
    return config, registry


def _spawn_audit(tmp_path: Path, config: Path, registry: Path, out: str) -> subprocess.Popen[str]:
    argv = ["audit", "--registry", str(registry), "--config", str(config), "--out", str(tmp_path / out)]
    return subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", *argv, "--db", str(tmp_path / "s.sqlite")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_lock_holder(tmp_path: Path, proc: subprocess.Popen[str]) -> None:
    """Until the audit holds the lock (it writes its pid into the lock file) and has requested a page."""
    lock = tmp_path / "s.sqlite.lock"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text() == str(proc.pid):
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the first audit never took the lock")


def test_a_second_audit_on_the_same_store_refuses_at_once(tmp_path: Path) -> None:
    with slow_site() as server:
        config, registry = _setup(tmp_path, server)
        first = _spawn_audit(tmp_path, config, registry, "out1")
        _wait_for_lock_holder(tmp_path, first)
        started = time.monotonic()
        second = run_cli(
            "audit", "--registry", str(registry), "--config", str(config), "--out", str(tmp_path / "out2"),
            "--db", str(tmp_path / "s.sqlite"),
        )  # fmt: skip
        refused_in = time.monotonic() - started
        assert first.poll() is None  # the refusal came while the first audit was still running
        _, first_err = first.communicate(timeout=60)
    assert first.returncode == 0, first_err
    assert_one_line_error(second, "s.sqlite", "another audit is using this run store")
    assert refused_in < 10  # it does not wait for the first audit to end
    assert not (tmp_path / "out2").exists()
    assert (tmp_path / "out1" / "results.csv").exists()


def test_readers_work_while_an_audit_writes(tmp_path: Path) -> None:
    with slow_site(delay=0.05) as server:
        config, registry = _setup(tmp_path, server)
        assert _spawn_audit(tmp_path, config, registry, "out1").wait(60) == 0  # a finished run to export
    with slow_site(delay=0.4) as server:
        config, registry = _setup(tmp_path, server)
        audit = _spawn_audit(tmp_path, config, registry, "out2")
        _wait_for_lock_holder(tmp_path, audit)
        while len(server.paths()) < 3:  # well into the crawl: the store is being written
            assert audit.poll() is None
            time.sleep(0.02)
        started = time.monotonic()
        runs = run_cli("runs", "--db", str(tmp_path / "s.sqlite"))
        first_run = runs.stdout.splitlines()[0].split("\t")[0]
        exported = run_cli(
            "export", "--db", str(tmp_path / "s.sqlite"), "--run", first_run, "--out", str(tmp_path / "export")
        )
        latest = run_cli("export", "--db", str(tmp_path / "s.sqlite"), "--out", str(tmp_path / "export-latest"))
        read_seconds = time.monotonic() - started
        still_running = audit.poll() is None
        _, audit_err = audit.communicate(timeout=60)

    assert runs.returncode == 0, runs.stderr
    states = [line.split("\t")[1] for line in runs.stdout.splitlines()]
    assert states == ["done", "running"]
    assert exported.returncode == 0, exported.stderr
    assert latest.returncode == 0, latest.stderr  # the run being written exports what it has so far
    assert still_running, "the readers were meant to overlap the audit"
    assert read_seconds < 15
    assert audit.returncode == 0, audit_err
    with (tmp_path / "export" / "results.csv").open(newline="", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) > 0
