"""Bad input, end to end through the CLI: each is one line on stderr naming the place, exit code 2,
no traceback, and nothing written (no report directory, no run store) where that applies."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.model import RunInfo
from auditor.store import Store
from tests.auditor.test_cli import assert_one_line_error, run_cli

REGISTRY = "code,name,local_offer_url\nX1,One,http://127.0.0.1:9/\n"


def _registry(tmp_path: Path, text: str = REGISTRY, *, raw: bytes | None = None) -> Path:
    path = tmp_path / "r.csv"
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _audit(tmp_path: Path, registry: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "audit", "--registry", str(registry), "--out", str(tmp_path / "o"), "--db", str(tmp_path / "s.sqlite"), *extra
    )


def assert_nothing_written(tmp_path: Path) -> None:
    assert not (tmp_path / "o").exists()
    assert not (tmp_path / "s.sqlite").exists()


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("code,name\nX1,One\n", ("r.csv", "missing column(s) local_offer_url")),
        ("code,name,local_offer_url\nX1,A,http://a.test/\nX1,B,http://b.test/\n", ("r.csv:3", "duplicate code")),
        ("code,name,local_offer_url\nX1,A,javascript:alert(1)\n", ("r.csv:2", "not an http(s) URL")),
        ("code,name,local_offer_url\nX1,A,http:///no-host\n", ("r.csv:2", "not an http(s) URL")),
        ("code,name,local_offer_url\nX1,A,http://a.test/,surplus\n", ("r.csv:2", "more cells than header")),
        ("", ("r.csv", "missing column(s)")),
    ],
)
def test_bad_registry_through_the_cli(tmp_path: Path, text: str, needles: tuple[str, ...]) -> None:
    assert_one_line_error(_audit(tmp_path, _registry(tmp_path, text)), *needles)
    assert_nothing_written(tmp_path)


def test_registry_with_bom_is_read(tmp_path: Path) -> None:
    registry = _registry(tmp_path, raw=b"\xef\xbb\xbf" + REGISTRY.encode())
    proc = run_cli("authorities", "--registry", str(registry))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("X1\tOne\t")


def test_registry_in_the_wrong_encoding(tmp_path: Path) -> None:
    registry = _registry(tmp_path, raw="code,name,local_offer_url\nX1,Caf\xe9,http://a.test/\n".encode("latin-1"))
    assert_one_line_error(_audit(tmp_path, registry), "r.csv", "not UTF-8")
    assert_nothing_written(tmp_path)


def test_registry_in_utf16_is_named_as_not_utf8(tmp_path: Path) -> None:
    registry = _registry(tmp_path, raw=REGISTRY.encode("utf-16"))
    assert_one_line_error(_audit(tmp_path, registry), "r.csv", "not UTF-8")


def test_a_directory_as_registry(tmp_path: Path) -> None:
    folder = tmp_path / "registry-dir"
    folder.mkdir()
    assert_one_line_error(_audit(tmp_path, folder), "registry-dir", "cannot read registry")
    assert_nothing_written(tmp_path)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[crawl]\nmax_pages = "ten"\n', "crawl.max_pages must be a whole number"),
        ("[crawl]\ndelay_seconds = true\n", "crawl.delay_seconds must be a number"),
        ("[crawl]\nobey_robots = 1\n", "crawl.obey_robots must be true or false"),
        ("[crawl]\ntimeout_seconds = 0\n", "crawl.timeout_seconds must be at least"),
        ("[checks]\nenable = 'drs_contact'\n", "checks.enable must be a list of strings"),
        ("crawl = 3\n", "[crawl] must be a table"),
        ("rules = 3\n", "rules must be an array of tables"),
        ("[crawl\n", "invalid TOML"),
    ],
)
def test_config_with_wrong_types(tmp_path: Path, text: str, needle: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text(text, encoding="utf-8")
    assert_one_line_error(_audit(tmp_path, _registry(tmp_path), "--config", str(config)), "c.toml", needle)
    assert_nothing_written(tmp_path)


def test_config_that_is_not_utf8(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b"[crawl]\nuser_agent = '\xff'\n")
    assert_one_line_error(_audit(tmp_path, _registry(tmp_path), "--config", str(config)), "c.toml", "cannot read")


def _store_from_the_future(path: Path) -> None:
    with Store.open(path) as store:
        store.create_run(RunInfo("20990101T000000Z", "2099-01-01T00:00:00Z"), [])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", ["runs", "export", "explain", "diff", "rejudge", "audit"])
def test_a_store_from_a_newer_version(tmp_path: Path, command: str) -> None:
    db = tmp_path / "s.sqlite"
    _store_from_the_future(db)
    out = ["--out", str(tmp_path / "o")]
    argv = {
        "runs": ["runs"],
        "export": ["export", *out],
        "explain": ["explain", "X1", "drs_contact"],
        "diff": ["diff", *out],
        "rejudge": ["rejudge", *out],
        "audit": ["audit", "--registry", str(_registry(tmp_path)), *out],
    }[command]
    proc = run_cli(*argv, "--db", str(db))
    assert_one_line_error(proc, "s.sqlite", "schema 999 is newer than this localoffer")
    assert not (tmp_path / "o").exists()


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    db.write_bytes(b"this is not SQLite" * 100)
    assert_one_line_error(run_cli("runs", "--db", str(db)), "s.sqlite", "not a localoffer run store")


def test_an_out_directory_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    registry = _registry(tmp_path)
    db = tmp_path / "s.sqlite"
    proc = run_cli("audit", "--registry", str(registry), "--out", str(blocker / "reports"), "--db", str(db))
    assert_one_line_error(proc, "--out", "a-file is not a directory")
    assert not db.exists()  # refused before any crawling: no run store, no run


def test_a_run_store_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    proc = run_cli(
        "audit", "--registry", str(_registry(tmp_path)), "--out", str(tmp_path / "o"), "--db", str(blocker / "s.sqlite")
    )
    assert_one_line_error(proc, "a-file")
    assert not (tmp_path / "o").exists()


def test_export_into_a_file_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store.open(db) as store:
        store.create_run(RunInfo("20250101T000000Z", "2025-01-01T00:00:00Z"), [])
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    assert_one_line_error(run_cli("export", "--db", str(db), "--out", str(blocker)), "a-file")


def test_a_closed_stdout_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    """``localoffer authorities | head -1``: the reader leaves early; we stop quietly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", "authorities"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # no reader at all: the first write meets a broken pipe
    stderr = proc.stderr.read().decode()
    assert proc.wait(60) == 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_runs_piped_into_head(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store.open(db) as store:
        for n in range(2000):  # more than a pipe buffer of output
            store.create_run(RunInfo(f"2025{n:06d}", f"2025-01-01T00:00:{n % 60:02d}Z"), [])
    proc = subprocess.run(
        f"'{sys.executable}' -m auditor.cli runs --db '{db}' | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == "", proc.stderr
