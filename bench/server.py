"""A fast loopback HTTP/1.1 server for the synthetic web: one port per site, counts what it serves.

Run as its own process (so its CPU never lands in a contender's accounting)::

    python bench/server.py --sites 20 --pages 200 --ready READY.json [--first-site 0 --step 1]

It binds one ephemeral port per site on 127.0.0.1 plus a control port, then writes READY.json:
``{"pid", "control": port, "sites": {"<site index>": port}}``. The control port answers:

- ``GET /__stats``  JSON counters: total and per kind (page, pdf, robots, sitemap, notfound), bytes,
  first/last request time (``time.monotonic()``, system-wide on Linux), per-site counts and first/last
  times, and the server's own CPU seconds;
- ``GET /__reset``  zero the counters;
- ``GET /__quit``   exit.

Stdlib only (asyncio protocols, keep-alive, no pipelining assumptions beyond sequential parsing).
It stops by itself after ``--max-seconds`` (default 3 h) or when its parent process goes away.
Responses are built on the fly from the seed (``bench/webgen.py``), ~55 us per page.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from webgen import DEFAULT_SEED, Web, resolve  # noqa: E402

HOST = "127.0.0.1"
MAX_HEADER = 64 * 1024


class Stats:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.total = 0
        self.kinds: dict[str, int] = {}
        self.bytes = 0
        self.first = 0.0
        self.last = 0.0
        self.per_site: dict[int, list[float]] = {}  # site -> [count, pages, first, last]
        self.user_agents: dict[str, int] = {}

    def add(self, site: int, kind: str, nbytes: int, user_agent: str) -> None:
        now = time.monotonic()
        self.total += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.bytes += nbytes
        if not self.first:
            self.first = now
        self.last = now
        entry = self.per_site.get(site)
        if entry is None:
            entry = self.per_site[site] = [0, 0, now, now]
        entry[0] += 1
        if kind in ("page", "pdf"):
            entry[1] += 1
        entry[3] = now
        ua = user_agent[:40]
        self.user_agents[ua] = self.user_agents.get(ua, 0) + 1

    def as_dict(self) -> dict[str, object]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return {
            "total": self.total,
            "kinds": self.kinds,
            "bytes": self.bytes,
            "first": self.first,
            "last": self.last,
            "sites": {
                str(k): {"requests": v[0], "pages": v[1], "first": v[2], "last": v[3]} for k, v in self.per_site.items()
            },
            "user_agents": self.user_agents,
            "server_cpu_s": usage.ru_utime + usage.ru_stime,
            "server_maxrss_kb": usage.ru_maxrss,
        }


def _kind(status: int, ctype: str, path: str) -> str:
    if status != 200:
        return "notfound"
    if path.startswith("/robots.txt"):
        return "robots"
    if path.startswith("/sitemap.xml"):
        return "sitemap"
    if ctype == "application/pdf":
        return "pdf"
    return "page"


REASONS = {200: "OK", 404: "Not Found", 400: "Bad Request", 405: "Method Not Allowed"}


class HttpProtocol(asyncio.Protocol):
    """Minimal HTTP/1.1: parses request heads from a buffer, answers GET/HEAD with Content-Length."""

    def __init__(self, handler) -> None:  # type: ignore[no-untyped-def]
        self.handler = handler
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[no-untyped-def]
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEADER:
                    self.transport.close()
                return
            head = self.buffer[:end].decode("latin-1")
            self.buffer = self.buffer[end + 4 :]
            lines = head.split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self._send(400, "text/plain", b"bad request", close=True)
                return
            headers = {}
            for line in lines[1:]:
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0") or 0)
            if length:
                self.buffer = self.buffer[length:]  # GET bodies are ignored (rare: only the bench sends them)
            conn = headers.get("connection", "").lower()
            close = conn == "close" or (version == "HTTP/1.0" and conn != "keep-alive")
            if method not in ("GET", "HEAD"):
                self._send(405, "text/plain", b"method not allowed", close=close)
                continue
            status, ctype, body = self.handler(target, headers)
            self._send(status, ctype, body, close=close, head_only=method == "HEAD")
            if close:
                return

    def _send(self, status: int, ctype: str, body: bytes, *, close: bool, head_only: bool = False) -> None:
        assert self.transport is not None
        head = (
            f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: {'close' if close else 'keep-alive'}\r\n\r\n"
        ).encode("latin-1")
        self.transport.write(head if head_only else head + body)
        if close:
            self.transport.close()
            self.transport = None


async def serve(args: argparse.Namespace) -> None:
    web = Web(sites=args.sites, pages=args.pages, seed=args.seed)
    stats = Stats()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    servers = []
    ports: dict[str, int] = {}

    def site_handler(site: int, port_holder: list[int]):  # type: ignore[no-untyped-def]
        def handle(target: str, headers: dict[str, str]) -> tuple[int, str, bytes]:
            if target.startswith("http://"):  # absolute-form (proxies); keep the path
                target = "/" + target.split("/", 3)[-1] if target.count("/") >= 3 else "/"
            host = headers.get("host") or f"{HOST}:{port_holder[0]}"
            status, ctype, body = resolve(web, site, target, host)
            stats.add(site, _kind(status, ctype, target), len(body), headers.get("user-agent", ""))
            return status, ctype, body

        return handle

    for site in range(args.first_site, args.sites, args.step):
        holder = [0]
        handle = site_handler(site, holder)
        server = await loop.create_server(lambda h=handle: HttpProtocol(h), HOST, 0, backlog=1024)
        holder[0] = server.sockets[0].getsockname()[1]
        ports[str(site)] = holder[0]
        servers.append(server)

    def control(target: str, headers: dict[str, str]) -> tuple[int, str, bytes]:
        if target.startswith("/__stats"):
            return 200, "application/json", json.dumps(stats.as_dict()).encode()
        if target.startswith("/__reset"):
            stats.reset()
            return 200, "application/json", b'{"reset": true}'
        if target.startswith("/__quit"):
            loop.call_soon(lambda: done.done() or done.set_result(None))
            return 200, "application/json", b'{"quit": true}'
        return 404, "text/plain", b"not found"

    ctl = await loop.create_server(lambda: HttpProtocol(control), HOST, 0)
    servers.append(ctl)
    ready = {"pid": os.getpid(), "control": ctl.sockets[0].getsockname()[1], "sites": ports}
    tmp = Path(str(args.ready) + ".tmp")
    tmp.write_text(json.dumps(ready))
    tmp.replace(args.ready)

    parent = os.getppid()
    deadline = time.monotonic() + args.max_seconds

    async def watchdog() -> None:
        while not done.done():
            if os.getppid() != parent or time.monotonic() > deadline:
                done.set_result(None)
                return
            await asyncio.sleep(0.5)

    watcher = asyncio.ensure_future(watchdog())
    await done
    watcher.cancel()
    for server in servers:
        server.close()
    if args.stats_out:
        Path(args.stats_out).write_text(json.dumps(stats.as_dict()))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--sites", type=int, required=True)
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--first-site", type=int, default=0, help="serve sites first, first+step, ... (split across procs)")
    p.add_argument("--step", type=int, default=1)
    p.add_argument("--ready", type=Path, required=True, help="JSON file written once every port listens")
    p.add_argument("--stats-out", type=Path, help="JSON file of the counters written on exit")
    p.add_argument("--max-seconds", type=float, default=3 * 3600, help="exit after this long whatever happens")
    args = p.parse_args(argv)
    try:
        import uvloop  # type: ignore[import-not-found]

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
