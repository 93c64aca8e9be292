"""The run store: one SQLite file holding runs, fetches, bodies, results and evidence.

It is the interface between crawling and judging: the crawler writes fetches and bodies, the
judge reads them back, so a run can be re-judged and a killed audit resumed without refetching.
Bodies are content-addressed (sha256) and zlib-compressed, so unchanged pages across monthly
runs are stored once. WAL mode lets readers (``runs``, ``export``) work while an audit writes.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from auditor.errors import StoreError
from auditor.model import Authority, AuthorityResult, CheckResult, Coverage, Evidence, RunInfo, Status

SCHEMA_VERSION = 1
#: zlib level of stored bodies: level 3 costs under half of level 6 on council-sized pages, for ~15% more bytes.
BODY_LEVEL = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'running', tool_version TEXT NOT NULL DEFAULT '',
    methodology_version TEXT NOT NULL DEFAULT '', manifest_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS run_authorities (
    run_id TEXT NOT NULL, code TEXT NOT NULL, ord INTEGER NOT NULL, authority_json TEXT NOT NULL,
    crawl_done INTEGER NOT NULL DEFAULT 0, coverage_json TEXT NOT NULL DEFAULT '{}',
    crawled_at TEXT NOT NULL DEFAULT '', judged INTEGER NOT NULL DEFAULT 0, checked_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, code)
);
CREATE TABLE IF NOT EXISTS bodies (hash TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS fetches (
    run_id TEXT NOT NULL, code TEXT NOT NULL, url TEXT NOT NULL, seq INTEGER NOT NULL,
    final_url TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, content_type TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL DEFAULT '', body_hash TEXT NOT NULL DEFAULT '', depth INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'page', error TEXT NOT NULL DEFAULT '', headers_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, code, url)
);
CREATE TABLE IF NOT EXISTS results (
    run_id TEXT NOT NULL, code TEXT NOT NULL, check_id TEXT NOT NULL, check_version TEXT NOT NULL,
    status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', searched TEXT NOT NULL DEFAULT '',
    evidence_json TEXT NOT NULL DEFAULT '[]', near_misses_json TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, code, check_id)
);
CREATE INDEX IF NOT EXISTS fetches_by_url ON fetches (code, url);
CREATE TABLE IF NOT EXISTS parsed_sites (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS warc_index (
    run_id TEXT NOT NULL, code TEXT NOT NULL, url TEXT NOT NULL, warc_file TEXT NOT NULL, warc_offset INTEGER NOT NULL,
    PRIMARY KEY (run_id, code, url)
);
"""


@dataclass(frozen=True)
class FetchRecord:
    url: str
    final_url: str
    status: int
    content_type: str
    fetched_at: str
    body_hash: str
    depth: int
    kind: str
    error: str = ""


@dataclass(frozen=True)
class PreviousFetch:
    """The latest earlier-run fetch of a URL with a stored body: the source of conditional-request validators."""

    run_id: str
    final_url: str
    content_type: str
    body_hash: str
    kind: str
    etag: str
    last_modified: str


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    started_at: str
    finished_at: str
    state: str
    authorities: int
    methodology_version: str


def _evidence_to_json(items: Sequence[Evidence]) -> str:
    return json.dumps([asdict(e) for e in items], ensure_ascii=False)


def _evidence_from_json(text: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(**{**d, "heading_path": tuple(d.get("heading_path", ()))}) for d in json.loads(text))


def authority_to_json(a: Authority) -> str:
    return json.dumps(asdict(a), ensure_ascii=False)


def authority_from_json(text: str) -> Authority:
    d = json.loads(text)
    return Authority(
        code=d["code"],
        name=d["name"],
        local_offer_url=d["local_offer_url"],
        region=d.get("region", ""),
        hosts=tuple(d.get("hosts", ())),
        prefixes=tuple(d.get("prefixes", ())),
        extra=tuple(tuple(p) for p in d.get("extra", ())),
    )


def coverage_from_json(text: str) -> Coverage:
    d = json.loads(text) or {}
    if "hosts" in d:
        d["hosts"] = tuple(d["hosts"])
    return Coverage(**d)


class Store:
    """A handle on one run-store file. Use ``Store.open(path)`` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    @contextmanager
    def open(cls, path: Path) -> Iterator[Store]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open run store: {exc}") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: run store schema {row[0]} is newer than this localoffer ({SCHEMA_VERSION}); upgrade"
                )
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: not a localoffer run store: {exc}") from None
        except StoreError:
            conn.close()
            raise
        try:
            yield cls(conn, path)
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- runs ---------------------------------------------------------------------------------
    def create_run(self, run: RunInfo, authorities: Sequence[Authority]) -> None:
        manifest = json.dumps({"config": dict(run.config), "checks": [list(c) for c in run.checks]})
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO runs (run_id, started_at, tool_version, methodology_version, manifest_json)"
                " VALUES (?, ?, ?, ?, ?)",
                (run.run_id, run.started_at, run.tool_version, run.methodology_version, manifest),
            )
            tx.executemany(
                "INSERT INTO run_authorities (run_id, code, ord, authority_json) VALUES (?, ?, ?, ?)",
                [(run.run_id, a.code, i, authority_to_json(a)) for i, a in enumerate(authorities)],
            )

    def clone_crawl(self, source_run: str, run: RunInfo) -> None:
        """A new run that shares ``source_run``'s crawl (fetches and coverage) but none of its results:
        re-judging with other checks keeps both verdicts side by side for ``diff``."""
        manifest = json.dumps(
            {"config": dict(run.config), "checks": [list(c) for c in run.checks], "crawl_of": source_run}
        )
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO runs (run_id, started_at, tool_version, methodology_version, manifest_json)"
                " VALUES (?, ?, ?, ?, ?)",
                (run.run_id, run.started_at, run.tool_version, run.methodology_version, manifest),
            )
            tx.execute(
                "INSERT INTO run_authorities (run_id, code, ord, authority_json, crawl_done, coverage_json, crawled_at)"
                " SELECT ?, code, ord, authority_json, crawl_done, coverage_json, crawled_at FROM run_authorities"
                " WHERE run_id=?",
                (run.run_id, source_run),
            )
            tx.execute(
                "INSERT INTO fetches (run_id, code, url, seq, final_url, status, content_type, fetched_at, body_hash,"
                " depth, kind, error, headers_json) SELECT ?, code, url, seq, final_url, status, content_type,"
                " fetched_at, body_hash, depth, kind, error, headers_json FROM fetches WHERE run_id=?",
                (run.run_id, source_run),
            )
            tx.execute(
                "INSERT INTO warc_index (run_id, code, url, warc_file, warc_offset)"
                " SELECT ?, code, url, warc_file, warc_offset FROM warc_index WHERE run_id=?",
                (run.run_id, source_run),
            )

    def latest_run(self) -> str | None:
        row = self.conn.execute("SELECT run_id FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def finish_run(self, run_id: str, finished_at: str, *, state: str = "done") -> None:
        """Marks the run judged (reports not yet written) or done; only a done run is never resumed."""
        with self.transaction() as tx:
            tx.execute("UPDATE runs SET state=?, finished_at=? WHERE run_id=?", (state, finished_at, run_id))

    def run_info(self, run_id: str) -> RunInfo:
        row = self.conn.execute(
            "SELECT run_id, started_at, finished_at, tool_version, methodology_version, manifest_json"
            " FROM runs WHERE run_id=?",
            (run_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no run {run_id!r} (see 'localoffer runs')")
        manifest = json.loads(row[5])
        return RunInfo(
            run_id=row[0],
            started_at=row[1],
            finished_at=row[2],
            tool_version=row[3],
            methodology_version=row[4],
            config=tuple((k, v) for k, v in manifest.get("config", {}).items()),
            checks=tuple((c[0], c[1], c[2]) for c in manifest.get("checks", [])),
        )

    def latest_unfinished_run(self) -> str | None:
        row = self.conn.execute(
            "SELECT run_id FROM runs WHERE state!='done' ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def runs(self) -> list[RunSummary]:
        rows = self.conn.execute(
            "SELECT r.run_id, r.started_at, r.finished_at, r.state, COUNT(a.code), r.methodology_version"
            " FROM runs r LEFT JOIN run_authorities a ON a.run_id = r.run_id"
            " GROUP BY r.run_id ORDER BY r.started_at, r.run_id"
        ).fetchall()
        return [RunSummary(*row) for row in rows]

    def run_authorities(self, run_id: str) -> list[Authority]:
        rows = self.conn.execute(
            "SELECT authority_json FROM run_authorities WHERE run_id=? ORDER BY ord", (run_id,)
        ).fetchall()
        return [authority_from_json(r[0]) for r in rows]

    # -- crawl --------------------------------------------------------------------------------
    def crawl_done(self, run_id: str, code: str) -> bool:
        row = self.conn.execute(
            "SELECT crawl_done FROM run_authorities WHERE run_id=? AND code=?", (run_id, code)
        ).fetchone()
        return bool(row and row[0])

    def put_body(self, digest: str, body: bytes) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO bodies (hash, size, data) VALUES (?, ?, ?)",
            (digest, len(body), zlib.compress(body, BODY_LEVEL)),
        )

    def body(self, digest: str) -> bytes | None:
        row = self.conn.execute("SELECT data FROM bodies WHERE hash=?", (digest,)).fetchone()
        return None if row is None else zlib.decompress(row[0])

    def parsed_model(self, key: str) -> bytes | None:
        """A site's parsed pages as ``auditor.parsed`` encoded them, if this parser stored them."""
        row = self.conn.execute("SELECT data FROM parsed_sites WHERE key=?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def put_parsed_model(self, key: str, data: bytes) -> None:
        self.conn.execute("INSERT OR REPLACE INTO parsed_sites (key, data) VALUES (?, ?)", (key, data))

    def record_fetch(
        self,
        run_id: str,
        code: str,
        rec: FetchRecord,
        body: bytes | None,
        headers: str = "{}",
        warc: tuple[str, int] | None = None,
    ) -> None:
        """Stores one fetch, its body and its archive position in one transaction: a kill leaves all or none."""
        with self.transaction() as tx:
            if body is not None and rec.body_hash:
                self.put_body(rec.body_hash, body)
            if warc is not None:
                tx.execute(
                    "INSERT OR REPLACE INTO warc_index (run_id, code, url, warc_file, warc_offset) VALUES (?,?,?,?,?)",
                    (run_id, code, rec.url, warc[0], warc[1]),
                )
            seq = tx.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM fetches WHERE run_id=? AND code=?", (run_id, code)
            ).fetchone()[0]
            tx.execute(
                "INSERT OR REPLACE INTO fetches (run_id, code, url, seq, final_url, status, content_type, fetched_at,"
                " body_hash, depth, kind, error, headers_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    run_id,
                    code,
                    rec.url,
                    seq,
                    rec.final_url,
                    rec.status,
                    rec.content_type,
                    rec.fetched_at,
                    rec.body_hash,
                    rec.depth,
                    rec.kind,
                    rec.error,
                    headers,
                ),
            )

    def fetches(self, run_id: str, code: str) -> list[FetchRecord]:
        rows = self.conn.execute(
            "SELECT url, final_url, status, content_type, fetched_at, body_hash, depth, kind, error"
            " FROM fetches WHERE run_id=? AND code=? ORDER BY seq",
            (run_id, code),
        ).fetchall()
        return [FetchRecord(*row) for row in rows]

    def warc_ref(self, run_id: str, code: str, url: str) -> tuple[str, int] | None:
        """``(warc file relative to the store's folder, offset)`` of the fetch's archived response."""
        row = self.conn.execute(
            "SELECT warc_file, warc_offset FROM warc_index WHERE run_id=? AND code=? AND url=?", (run_id, code, url)
        ).fetchone()
        return None if row is None else (str(row[0]), int(row[1]))

    def previous_fetch(self, code: str, url: str, before_run: str) -> PreviousFetch | None:
        """The most recent fetch of ``url`` for ``code`` in another run that kept a body."""
        row = self.conn.execute(
            "SELECT f.run_id, f.final_url, f.content_type, f.body_hash, f.kind, f.headers_json"
            " FROM fetches f JOIN runs r ON r.run_id = f.run_id"
            " WHERE f.code=? AND f.url=? AND f.run_id!=? AND f.body_hash!='' AND f.kind IN ('page', 'document')"
            " ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1",
            (code, url, before_run),
        ).fetchone()
        if row is None:
            return None
        headers = json.loads(row[5] or "{}")
        return PreviousFetch(
            row[0], row[1], row[2], row[3], row[4], headers.get("etag", ""), headers.get("last-modified", "")
        )

    def duplicates(self, run_id: str, code: str) -> list[tuple[str, list[str]]]:
        """Bodies fetched under more than one URL: ``(body hash, URLs in fetch order)``."""
        groups: dict[str, list[str]] = {}
        for rec in self.fetches(run_id, code):
            if rec.body_hash and rec.kind in ("page", "document"):
                groups.setdefault(rec.body_hash, []).append(rec.url)
        return [(digest, urls) for digest, urls in groups.items() if len(urls) > 1]

    def finish_crawl(self, run_id: str, code: str, coverage: Coverage, crawled_at: str) -> None:
        with self.transaction() as tx:
            tx.execute(
                "UPDATE run_authorities SET crawl_done=1, coverage_json=?, crawled_at=? WHERE run_id=? AND code=?",
                (json.dumps(asdict(coverage)), crawled_at, run_id, code),
            )

    def coverage(self, run_id: str, code: str) -> tuple[Coverage, str]:
        row = self.conn.execute(
            "SELECT coverage_json, crawled_at FROM run_authorities WHERE run_id=? AND code=?", (run_id, code)
        ).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: authority {code!r} is not part of run {run_id!r}")
        return coverage_from_json(row[0]), str(row[1])

    # -- results ------------------------------------------------------------------------------
    def save_results(
        self, run_id: str, code: str, results: Sequence[CheckResult], versions: dict[str, str], checked_at: str
    ) -> None:
        """Replaces the authority's results atomically, so re-judging never leaves a mix."""
        with self.transaction() as tx:
            tx.execute("DELETE FROM results WHERE run_id=? AND code=?", (run_id, code))
            tx.executemany(
                "INSERT INTO results (run_id, code, check_id, check_version, status, reason, searched,"
                " evidence_json, near_misses_json) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        run_id,
                        code,
                        r.check_id,
                        versions.get(r.check_id, ""),
                        r.status.value,
                        r.reason,
                        r.searched,
                        _evidence_to_json(r.evidence),
                        _evidence_to_json(r.near_misses),
                    )
                    for r in results
                ],
            )
            tx.execute(
                "UPDATE run_authorities SET judged=1, checked_at=? WHERE run_id=? AND code=?",
                (checked_at, run_id, code),
            )

    def unjudged(self, run_id: str) -> list[Authority]:
        """Crawled authorities of the run that have no stored results yet (a resumed run's backlog)."""
        rows = self.conn.execute(
            "SELECT authority_json FROM run_authorities WHERE run_id=? AND crawl_done=1 AND judged=0 ORDER BY ord",
            (run_id,),
        ).fetchall()
        return [authority_from_json(r[0]) for r in rows]

    def authority_results(self, run_id: str) -> list[AuthorityResult]:
        """Every judged authority of the run, in registry order, with its results in stored order."""
        out: list[AuthorityResult] = []
        rows = self.conn.execute(
            "SELECT code, authority_json, coverage_json, checked_at FROM run_authorities"
            " WHERE run_id=? AND judged=1 ORDER BY ord",
            (run_id,),
        ).fetchall()
        for code, authority_json, coverage_json, checked_at in rows:
            result_rows = self.conn.execute(
                "SELECT check_id, status, reason, searched, evidence_json, near_misses_json FROM results"
                " WHERE run_id=? AND code=? ORDER BY rowid",
                (run_id, code),
            ).fetchall()
            results = tuple(
                CheckResult(
                    check_id=r[0],
                    status=Status(r[1]),
                    reason=r[2],
                    searched=r[3],
                    evidence=_evidence_from_json(r[4]),
                    near_misses=_evidence_from_json(r[5]),
                )
                for r in result_rows
            )
            coverage = coverage_from_json(coverage_json)
            out.append(
                AuthorityResult(
                    authority=authority_from_json(authority_json),
                    coverage=coverage,
                    results=results,
                    checked_at=checked_at,
                    pages_crawled=coverage.pages_fetched,
                )
            )
        return out

    def check_versions(self, run_id: str) -> dict[tuple[str, str], str]:
        rows = self.conn.execute("SELECT code, check_id, check_version FROM results WHERE run_id=?", (run_id,))
        return {(r[0], r[1]): r[2] for r in rows}

    # -- history (read-only queries for reports) ---------------------------------------------
    def crawl_source(self, run_id: str) -> str | None:
        """The run whose crawl ``run_id`` re-judged (``rejudge``), or ``None`` for a run that crawled."""
        row = self.conn.execute("SELECT manifest_json FROM runs WHERE run_id=?", (run_id,)).fetchone()
        if row is None:
            return None
        source = json.loads(row[0]).get("crawl_of")
        return str(source) if source else None

    def run_fetches(self, run_id: str) -> list[tuple[str, FetchRecord]]:
        """Every fetch of the run as (authority code, record), in authority then fetch order."""
        rows = self.conn.execute(
            "SELECT f.code, f.url, f.final_url, f.status, f.content_type, f.fetched_at, f.body_hash, f.depth,"
            " f.kind, f.error FROM fetches f LEFT JOIN run_authorities a ON a.run_id = f.run_id AND a.code = f.code"
            " WHERE f.run_id=? ORDER BY a.ord, f.seq",
            (run_id,),
        ).fetchall()
        return [(str(r[0]), FetchRecord(*r[1:])) for r in rows]
