"""Misbehaving HTTP servers on 127.0.0.1, written on raw sockets so they can break the protocol.

``serve_raw(handler)`` listens on a free port of 127.0.0.1; every request's head is read and
``handler(request)`` returns the bytes to send (or a ``Fault`` that tells the connection what to
do besides). Each request is logged with its path, so tests can count what was fetched.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    port: int


@dataclass(frozen=True)
class Fault:
    """What to send, and how to end the exchange."""

    data: bytes = b""
    #: "close": FIN after ``data``; "reset": RST after ``data``; "hang": never answer (nor close);
    #: "keep": leave the connection open for the next request (HTTP keep-alive).
    then: str = "close"


Handler = Callable[[Request], Fault]


@dataclass
class RawServer:
    port: int
    log: list[tuple[float, str]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for _, p in self.log]


def response(
    status: int = 200,
    body: bytes | str = b"",
    *,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
    length: int | None = None,
    close: bool = True,
) -> bytes:
    """A raw HTTP/1.1 response; ``length`` overrides the Content-Length header (to lie with it)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}"]
    lines.append(f"Content-Length: {len(data) if length is None else length}")
    lines.extend(f"{k}: {v}" for k, v in (headers or {}).items())
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


TLS_HELLO = b"\x16\x03"
#: What nginx answers, in plain text, to a TLS handshake on an HTTP port.
PLAIN_400 = response(400, "<html><body>The plain HTTP request was sent to HTTPS port</body></html>")


def _read_head(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if data.startswith(TLS_HELLO):
            return data
        if len(data) > 65536:
            return None
    return data


def _parse(head: bytes, port: int) -> Request | None:
    try:
        lines = head.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
    except ValueError:
        return None  # not HTTP (a TLS ClientHello, say)
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return Request(method, path, headers, port)


@contextmanager
def serve_raw(handler: Handler) -> Iterator[RawServer]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.05)
    server = RawServer(listener.getsockname()[1])
    stop = threading.Event()
    lock = threading.Lock()
    open_conns: list[socket.socket] = []

    def serve_conn(conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            while not stop.is_set():
                head = _read_head(conn)
                if head is None:
                    return
                request = None if head.startswith(TLS_HELLO) else _parse(head, server.port)
                if request is None:
                    with lock:
                        server.log.append((time.monotonic(), "<not http>"))
                    conn.sendall(PLAIN_400)
                    return
                with lock:
                    server.log.append((time.monotonic(), request.path))
                fault = handler(request)
                if fault.data:
                    conn.sendall(fault.data)
                if fault.then == "hang":
                    stop.wait(60)
                    return
                if fault.then == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                if fault.then != "keep":
                    return
        except OSError:
            return
        finally:
            with suppress(OSError):
                conn.close()

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with lock:
                open_conns.append(conn)
            threading.Thread(target=serve_conn, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(5)
        listener.close()
        with lock:
            for conn in open_conns:
                with suppress(OSError):
                    conn.close()


def closed_port() -> int:
    """A port of 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
