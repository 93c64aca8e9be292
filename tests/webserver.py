"""A tiny real HTTP server on 127.0.0.1 for tests: routes map a path (with query) to a response,
and every request is logged with its arrival time so politeness can be measured."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Route = Reply | Callable[[], Reply]


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route]
    log: list[tuple[float, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for _, p in self.log]


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[LocalServer]:
    state = LocalServer("", routes)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            with lock:
                state.log.append((time.monotonic(), self.path))
            route = state.routes.get(self.path)
            reply = route() if callable(route) else route
            if reply is None:
                reply = Reply("not found", status=404, content_type="text/plain")
            if reply.delay:
                time.sleep(reply.delay)
            body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def page(title: str, body: str, links: list[str] | None = None) -> str:
    nav = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links or [])
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav><ul>{nav}</ul></nav><main><h1>{title}</h1>{body}</main></body></html>"
    )
