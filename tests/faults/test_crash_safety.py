"""``kill -9`` an audit at seeded points of its crawl, judging and rendering, resume it each time,
and check that nothing was lost, duplicated, refetched or left half-written.

The demo web (nine fictional councils, ~165 URLs) is served in this process, with every request
logged; the audit runs as a subprocess (``python -m auditor.cli audit ... --resume``). Phases are
found by polling the run store (WAL: a reader never blocks the audit): *crawl* while some
authority is not yet crawled, *judge* once all are, *render* once the run is marked judged. The
time spent in each phase is measured on an uninterrupted reference run first, and each kill waits
a seeded random fraction of it. Reproduce with::

    .venv/bin/pytest tests/faults/test_crash_safety.py -q
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from auditor.archive import read_record
from auditor.demo.server import DemoHandler, DemoWeb, serve_demo

SEED = 20261128
#: The phase each kill aims at, in order: the crawl shrinks as it is resumed, so it comes first.
PLAN = ("crawl", "crawl", "crawl", "crawl", "judge", "render", "judge", "render", "render")
CONFIG = "[crawl]\ndelay_seconds = 0.03\ntimeout_seconds = 5\n"
ROOT = Path(__file__).resolve().parents[2]

Request = tuple[int, str]  # (port, path)


@dataclass
class Logged:
    requests: list[Request] = field(default_factory=list)


@pytest.fixture(scope="module")
def web() -> Iterator[tuple[DemoWeb, Logged]]:
    logged = Logged()
    original = DemoHandler.do_GET

    def do_get(self: DemoHandler) -> None:
        logged.requests.append((int(self.server.server_address[1]), self.path))
        original(self)

    DemoHandler.do_GET = do_get  # type: ignore[method-assign]
    try:
        with serve_demo() as demo:
            yield demo, logged
    finally:
        DemoHandler.do_GET = original  # type: ignore[method-assign]


def _spawn(root: Path, name: str, registry: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "auditor.cli", "audit", "--registry", str(registry), "--config", str(root / "c.toml"),
            "--out", str(root / f"out-{name}"), "--db", str(root / f"{name}.sqlite"), "--resume"]  # fmt: skip
    log = open(root / f"{name}.log", "ab")  # noqa: SIM115 - closed by the child's exit, inherited only
    try:
        return subprocess.Popen(argv, cwd=ROOT, stdout=log, stderr=log)
    finally:
        log.close()


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    if not db.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []  # the schema is being created


def crawl_finished(db: Path) -> bool:
    rows = _query(
        db,
        "SELECT SUM(a.crawl_done), COUNT(a.code) FROM runs r JOIN run_authorities a USING (run_id)"
        " WHERE r.state != 'done' GROUP BY r.run_id",
    )
    return bool(rows) and rows[0][0] == rows[0][1]


def judging_pending(db: Path) -> bool:
    return bool(_query(db, "SELECT 1 FROM run_authorities WHERE crawl_done = 1 AND judged = 0"))


def run_done(db: Path) -> bool:
    return bool(_query(db, "SELECT 1 FROM runs WHERE state = 'done'"))


@dataclass
class Attempt:
    """One audit process, and where it is: the store tells whether the crawl is over, the
    reports' first file (results.csv, written first) whether rendering has begun."""

    proc: subprocess.Popen[bytes]
    db: Path
    out: Path
    log: Path
    markers_before: int
    started_ns: int = field(default_factory=time.time_ns)

    def pipeline_started(self) -> bool:
        # "localoffer: auditing …" is printed just before the pipeline opens the store.
        return _markers(self.log) > self.markers_before

    def rendering(self) -> bool:
        first = self.out / "results.csv"
        return first.exists() and first.stat().st_mtime_ns >= self.started_ns

    def phase(self) -> str:
        if not self.pipeline_started():
            return "startup"
        if not crawl_finished(self.db) and not run_done(self.db):
            # Authorities are judged as their crawl ends, so judging may be under way too.
            return "crawl+judge" if judging_pending(self.db) else "crawl"
        if run_done(self.db):
            return "finishing"  # the run is marked done; only printing is left
        return "render" if self.rendering() else "judge"

    def sleep(self, seconds: float, *, until: Callable[[], bool]) -> None:
        """Sleeps ``seconds``, cut short as soon as ``until()`` holds or the process ends."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.proc.poll() is None and not until():
            time.sleep(0.002)

    def wait(self, ready: Callable[[], bool], limit: float = 30.0) -> bool:
        """Polls until ``ready()``; False when the process ended first."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if ready():
                return True
            if self.proc.poll() is not None:
                return False
            time.sleep(0.003)
        raise AssertionError("the audit neither progressed nor ended")


def _markers(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count("localoffer: auditing") if log.exists() else 0


def start(root: Path, name: str, registry: Path) -> Attempt:
    log = root / f"{name}.log"
    before = _markers(log)
    started = time.time_ns()
    return Attempt(_spawn(root, name, registry), root / f"{name}.sqlite", root / f"out-{name}", log, before, started)


@dataclass
class Durations:
    crawl: float
    judge: float
    render: float


def reference_run(root: Path, registry: Path) -> Durations:
    """One uninterrupted audit: the results to reproduce and how long each phase lasts."""
    attempt = start(root, "reference", registry)
    attempt.wait(attempt.pipeline_started)
    t0 = time.monotonic()
    attempt.wait(lambda: crawl_finished(attempt.db) or run_done(attempt.db))
    t1 = time.monotonic()
    attempt.wait(attempt.rendering)
    t2 = time.monotonic()
    attempt.wait(lambda: run_done(attempt.db))
    t3 = time.monotonic()
    assert attempt.proc.wait(60) == 0
    return Durations(t1 - t0, t2 - t1, t3 - t2)


def read_rows(path: Path, *drop: str) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [{k: v for k, v in row.items() if k not in drop} for row in csv.DictReader(handle)]


def recorded_requests(db: Path) -> set[Request]:
    """(port, path) of every fetch the store holds: what a resumed audit must never ask for again."""
    found: set[Request] = set()
    for url, final_url in _query(db, "SELECT url, final_url FROM fetches"):
        for raw in (url, final_url):
            parts = urlsplit(str(raw))
            if parts.port:
                found.add((parts.port, parts.path + (f"?{parts.query}" if parts.query else "")))
    return found


def test_killed_anywhere_resumes_to_the_same_results(web: tuple[DemoWeb, Logged], tmp_path: Path) -> None:
    demo, logged = web
    (tmp_path / "c.toml").write_text(CONFIG, encoding="utf-8")
    registry = demo.write_registry(tmp_path / "registry.csv")
    before_reference = len(logged.requests)
    durations = reference_run(tmp_path, registry)
    reference_requests = logged.requests[before_reference:]
    assert len(set(reference_requests)) == len(reference_requests), "the reference run fetched a URL twice"

    rng = random.Random(SEED)
    db = tmp_path / "crashed.sqlite"
    first_request = len(logged.requests)
    killed_in: list[str] = []
    finished = False
    started = time.monotonic()
    for target in PLAN:
        before = len(logged.requests)
        recorded_before = recorded_requests(db)
        if target == "crawl" and crawl_finished(db):
            target = "judge"  # the crawl was completed by an earlier attempt
        attempt = start(tmp_path, "crashed", registry)
        alive = attempt.wait(attempt.pipeline_started)
        # Wait a seeded fraction of the phase's reference length, but never past the phase's end:
        # a loaded machine makes phases longer or shorter, and a kill must still land.
        if alive and target == "crawl":
            attempt.sleep(rng.uniform(0.0, durations.crawl * 0.6), until=lambda: crawl_finished(db))
        elif alive and target == "judge":
            if attempt.wait(lambda: crawl_finished(db) or run_done(db)):
                attempt.sleep(rng.uniform(0.0, durations.judge * 0.8), until=attempt.rendering)
        elif alive and attempt.wait(attempt.rendering):
            attempt.sleep(rng.uniform(0.0, durations.render * 0.5), until=lambda: run_done(db))
        where = attempt.phase()
        if attempt.proc.poll() is None:
            os.kill(attempt.proc.pid, signal.SIGKILL)
            killed_in.append(where)
        finished = attempt.proc.wait(30) == 0 or run_done(db)  # killed after marking the run done: finished too
        # Nothing the store had recorded before this attempt is asked for again, robots.txt included.
        again = [r for r in logged.requests[before:] if r in recorded_before]
        assert not again, f"refetched after a resume: {again}"
        if finished:
            break  # the run is done: a further --resume would start a new run
    if not finished:
        last = start(tmp_path, "crashed", registry)
        assert last.proc.wait(60) == 0, last.log.read_text(encoding="utf-8").splitlines()[-3:]
    elapsed = time.monotonic() - started

    print(f"kills survived: {len(killed_in)} ({', '.join(killed_in)}) in {elapsed:.1f} s")
    assert len(killed_in) >= 6, killed_in
    assert {"crawl", "judge", "render"} <= {part for where in killed_in for part in where.split("+")}, killed_in
    assert elapsed < 60

    # Every URL was fetched, and once, except the requests in flight at a kill (not yet recorded).
    pages = [r for r in logged.requests[first_request:] if not r[1].startswith("/robots.txt")]
    assert set(pages) == {r for r in reference_requests if not r[1].startswith("/robots.txt")}
    assert len(pages) - len(set(pages)) <= 8 * len(killed_in)  # at most `concurrency` in flight per kill

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        runs = conn.execute("SELECT run_id, state FROM runs").fetchall()
        assert len(runs) == 1 and runs[0][1] == "done"  # every attempt resumed the one run
        duplicates = conn.execute(
            "SELECT run_id, code, check_id, COUNT(*) FROM results GROUP BY 1, 2, 3 HAVING COUNT(*) > 1"
        ).fetchall()
        assert not duplicates
        index = conn.execute("SELECT warc_file, warc_offset FROM warc_index").fetchall()
    finally:
        conn.close()

    # Every WARC record is readable in sequence, and every indexed one at its offset.
    warcs = sorted((tmp_path / "crashed-warc").glob("*.warc.gz"))
    assert warcs
    for warc in warcs:
        with warc.open("rb") as handle:
            for record in ArchiveIterator(handle):
                record.content_stream().read()
    for warc_file, offset in index:
        assert read_record(tmp_path / str(warc_file), int(offset)).status

    drop = ("run_id", "checked_at")
    out, ref = tmp_path / "out-crashed", tmp_path / "out-reference"
    assert read_rows(out / "results.csv", *drop) == read_rows(ref / "results.csv", *drop)
    assert read_rows(out / "summary.csv", "run_id") == read_rows(ref / "summary.csv", "run_id")
    leftovers = [p.name for p in out.rglob(".*.tmp")]
    assert not leftovers, leftovers


# -- the repairs a kill can call for, one at a time ----------------------------------------------------
def test_a_torn_warc_record_is_cut_before_appending(tmp_path: Path) -> None:
    from auditor.archive import WarcArchive, complete_length

    path = tmp_path / "run.warc.gz"
    with WarcArchive(path) as archive:
        kept = archive.write_response("http://x.test/1", 200, [("Content-Type", "text/html")], b"one" * 500)
    whole = path.stat().st_size
    with WarcArchive(path) as archive:
        archive.write_response("http://x.test/2", 200, [], b"two" * 5000)
    data = path.read_bytes()
    path.write_bytes(data[: whole + (len(data) - whole) // 2])  # killed halfway through record 2
    assert complete_length(path) == whole
    with WarcArchive(path) as archive:
        after = archive.write_response("http://x.test/3", 200, [], b"three")
    with path.open("rb") as handle:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(handle)]
    assert uris == [None, "http://x.test/1", "http://x.test/3"]  # warcinfo, then the whole records
    assert read_record(path, kept.offset).body == b"one" * 500
    assert read_record(path, after.offset).body == b"three"


def test_temporary_files_of_a_killed_render_are_swept(tmp_path: Path) -> None:
    from reports import write_reports
    from tests.reports.conftest import make_authority_result, make_check, make_run

    out = tmp_path / "out"
    (out / "authorities").mkdir(parents=True)
    for leftover in (out / ".index.html.x1y2.tmp", out / "authorities" / ".E1.html.abc.tmp"):
        leftover.write_text("half a page", encoding="utf-8")
    checks = [make_check("drs_contact")]
    write_reports(out, make_run(checks), [make_authority_result("E1", "One", {})], checks)
    assert not list(out.rglob("*.tmp"))
    assert (out / "index.html").exists()
