"""Smoke test of the benchmark's synthetic web and server (stdlib only; the contenders are not run)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_webgen_is_deterministic_and_council_sized() -> None:
    webgen = _load("webgen")
    web = webgen.Web(sites=2, pages=200)
    pages = [webgen.render_page(web, 1, i) for i in range(0, 200, 7)]
    assert pages == [webgen.render_page(webgen.Web(sites=2, pages=200), 1, i) for i in range(0, 200, 7)]
    assert all(30_000 <= len(p) <= 82_000 for p in pages)
    assert all(140 <= len(re.findall(rb"<a href=", p)) <= 170 for p in pages)
    assert webgen.render_page(web, 0, 5) != webgen.render_page(web, 1, 5)
    paths = webgen.site_paths(web, 1)
    assert len(paths) == 200 + 2 and paths[-1].endswith(".pdf")
    assert webgen.resolve(web, 1, paths[-1], "h")[1] == "application/pdf"
    assert webgen.resolve(web, 1, "/nope", "h")[0] == 404
    assert b"Disallow: /search" in webgen.resolve(web, 1, "/robots.txt", "h")[2]
    assert b"disagreement resolution" in webgen.render_page(web, 0, 0).lower()


def test_server_serves_and_counts(tmp_path: Path) -> None:
    ready = tmp_path / "ready.json"
    cmd = [sys.executable, str(BENCH / "server.py"), "--sites", "2", "--pages", "20", "--ready", str(ready)]
    proc = subprocess.Popen([*cmd, "--max-seconds", "60"])
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        info = json.loads(ready.read_text())
        base = f"http://127.0.0.1:{info['sites']['1']}"
        for path in ("/", "/robots.txt", "/documents/send-guide-0.pdf"):
            with urllib.request.urlopen(base + path, timeout=10) as resp:
                assert resp.status == 200 and resp.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{info['control']}/__stats", timeout=10) as resp:
            stats = json.loads(resp.read())
        assert stats["total"] == 3 and stats["kinds"] == {"page": 1, "robots": 1, "pdf": 1}
        assert stats["sites"]["1"]["pages"] == 2
        urllib.request.urlopen(f"http://127.0.0.1:{info['control']}/__quit", timeout=10).close()
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
