"""The bundled demo web: fictional councils' Local Offer websites, served on 127.0.0.1.

Each directory under ``sites/`` is one website and gets its own port (port 0: the OS picks a
free one), so every fictional council is its own host, as on the real web. ``sites/manifest.toml``
lists the authorities: which site (``slug``) holds each one's Local Offer, its start path, any
extra sites its Local Offer spans (``extra_slugs``, served on their own ports and listed in the
registry's ``hosts`` column) and the status each core check is designed to give.

URL → file mapping (deterministic, documented here once):

* The path is percent-decoded and resolved inside the site directory; ``..`` never escapes it.
* A path ending in ``/`` is served from ``index.html`` in that directory.
* Otherwise the first existing file of ``<path>``, ``<path>.html`` is served; a directory
  without the trailing slash is redirected (301) to the path with the slash, as real servers do.
* A query string selects a file of its own: the query's ``key=value`` pairs are sorted and joined
  with ``&`` (each key and value percent-encoded with no safe characters), and the file is
  ``<path>@<query>.html`` (``<path>`` ending in ``/`` reads ``<path>index``). So
  ``/kb5/fairshire/directory/advice.page?id=Xy12ab`` is ``kb5/fairshire/directory/advice.page@id=Xy12ab.html``.
  When no such file exists the query is ignored, like a real server ignoring unknown parameters,
  so ``advice.page?id=unknown`` is a 404 (there is no plain ``advice.page``).
* Content-Type follows the served file's extension: ``.html`` → ``text/html; charset=utf-8``,
  ``.pdf`` → ``application/pdf``, ``.txt`` → ``text/plain; charset=utf-8``.

Placeholders in text files are replaced at serve time:

* ``{{origin:SLUG}}`` → ``http://127.0.0.1:PORT`` of that site (for Local Offers spanning two sites);
* ``{{date:-N}}`` → the date N days before today ("3 October 2026"), ``{{month:-N}}`` → the month N
  months before today ("October 2026") and ``{{year:-N}}``, so "recent" pages stay recent whenever
  the demo runs. Absolute dates (an old 2023 report) are written as plain text.
"""

from __future__ import annotations

import argparse
import csv
import re
import threading
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

SITES_DIR = Path(__file__).resolve().parent / "sites"
MANIFEST = "manifest.toml"
HOST = "127.0.0.1"
CORE_CHECK_IDS = (
    "drs_in_local_offer", "drs_independent", "drs_voluntary", "drs_all_sen", "drs_disagreement_types",
    "drs_no_effect_on_appeal", "drs_confidential", "drs_provider_named", "drs_contact", "mediation_info",
    "iass_signposted", "complaints_routes", "tribunal_appeal", "lo_feedback_published", "drs_findable", "stale_ccg",
)  # fmt: skip
STATUSES = frozenset({"pass", "partial", "fail", "error", "not_applicable"})
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
}
TEXT_SUFFIXES = frozenset({".html", ".htm", ".txt"})
_PLACEHOLDER = re.compile(r"\{\{(origin|date|month|year):([^}]*)\}\}")


# -- the manifest ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ManifestEntry:
    """One authority of ``manifest.toml``, before any port is known."""

    code: str
    name: str
    region: str
    slug: str
    start: str
    description: str
    expected: dict[str, str]
    extra_slugs: tuple[str, ...] = ()


def _entry(raw: Mapping[str, object], where: str) -> ManifestEntry:
    def text(key: str) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise ValueError(f"{where}: {key} must be a string")
        return value

    expected = raw.get("expected", {})
    extra = raw.get("extra_slugs", [])
    if not isinstance(expected, dict) or not isinstance(extra, list):
        raise ValueError(f"{where}: expected must be a table and extra_slugs a list")
    entry = ManifestEntry(
        code=text("code"),
        name=text("name"),
        region=text("region"),
        slug=text("slug"),
        start=text("start") or "/",
        description=text("description"),
        expected={str(k): str(v) for k, v in expected.items()},
        extra_slugs=tuple(str(s) for s in extra),
    )
    bad = {k: v for k, v in entry.expected.items() if v not in STATUSES}
    if bad:
        raise ValueError(f"{where}: unknown status(es) {bad}")
    return entry


def load_manifest(sites_dir: Path | None = None) -> list[ManifestEntry]:
    """The authorities of ``sites_dir/manifest.toml``, in file order."""
    root = sites_dir or SITES_DIR
    data = tomllib.loads((root / MANIFEST).read_text(encoding="utf-8"))
    rows = data.get("authority", [])
    if not isinstance(rows, list):
        raise ValueError(f"{root / MANIFEST}: [[authority]] tables expected")
    return [_entry(row, f"{MANIFEST} authority {i + 1}") for i, row in enumerate(rows)]


# -- the demo web as the tests and the CLI see it -------------------------------------------------
@dataclass(frozen=True)
class DemoAuthority:
    code: str
    name: str
    region: str
    local_offer_url: str
    hosts: tuple[str, ...]
    expected: dict[str, str] = field(hash=False)
    slug: str = ""
    description: str = ""


@dataclass(frozen=True)
class DemoWeb:
    authorities: tuple[DemoAuthority, ...]
    origins: dict[str, str] = field(default_factory=dict, hash=False)  # slug -> http://127.0.0.1:PORT

    def write_registry(self, path: Path) -> Path:
        """A registry CSV of the demo authorities: ``code,name,region,local_offer_url,hosts``."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["code", "name", "region", "local_offer_url", "hosts"])
            for a in self.authorities:
                writer.writerow([a.code, a.name, a.region, a.local_offer_url, " ".join(a.hosts)])
        return path

    def authority(self, code: str) -> DemoAuthority:
        for a in self.authorities:
            if a.code == code:
                return a
        raise KeyError(code)


# -- URL → file ------------------------------------------------------------------------------------
def query_key(query: str) -> str:
    """The query string as it appears in a file name: sorted, each part percent-encoded."""
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def _inside(root: Path, relative: str) -> Path | None:
    candidate = (root / relative).resolve()
    return candidate if candidate.is_relative_to(root) else None


@dataclass(frozen=True)
class Resolved:
    file: Path | None = None
    redirect: str = ""


def resolve(root: Path, raw_path: str, query: str) -> Resolved:
    """The file serving ``raw_path?query`` in the site at ``root`` (see the module docstring)."""
    path = unquote(raw_path) or "/"
    if "\x00" in path or not path.startswith("/"):
        return Resolved()
    relative = path.lstrip("/")
    if query:
        stem = relative + "index" if path.endswith("/") else relative
        found = _inside(root, f"{stem}@{query_key(query)}.html")
        if found is not None and found.is_file():
            return Resolved(found)
    if path.endswith("/"):
        found = _inside(root, relative + "index.html")
        return Resolved(found if found is not None and found.is_file() else None)
    for name in (relative, relative + ".html"):
        found = _inside(root, name)
        if found is not None and found.is_file():
            return Resolved(found)
    folder = _inside(root, relative)
    if folder is not None and folder.is_dir() and (folder / "index.html").is_file():
        return Resolved(redirect=raw_path + "/" + (f"?{query}" if query else ""))
    return Resolved()


# -- placeholders ----------------------------------------------------------------------------------
def _shift_months(today: date, months: int) -> date:
    """The first day of the month ``months`` after (negative: before) today's month."""
    index = today.year * 12 + today.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def fill_placeholders(text: str, origins: Mapping[str, str], today: date) -> str:
    """``text`` with ``{{origin:…}}``, ``{{date:…}}``, ``{{month:…}}`` and ``{{year:…}}`` filled in."""

    def replace(match: re.Match[str]) -> str:
        kind, arg = match.group(1), match.group(2).strip()
        if kind == "origin":
            return origins.get(arg, match.group(0))
        try:
            offset = int(arg or "0")
        except ValueError:
            return match.group(0)
        if kind == "date":
            day = today + timedelta(days=offset)
            return f"{day.day} {day:%B %Y}"
        if kind == "month":
            return f"{_shift_months(today, offset):%B %Y}"
        return str(today.year + offset)

    return _PLACEHOLDER.sub(replace, text)


# -- the HTTP side ---------------------------------------------------------------------------------
class DemoHandler(BaseHTTPRequestHandler):
    """Serves one site directory. ``root``, ``origins`` and ``today`` are bound per server."""

    server_version = "localoffer-demo/1"
    protocol_version = "HTTP/1.0"
    timeout = 10

    def __init__(self, *args: object, root: Path, origins: Mapping[str, str], today: date) -> None:
        self.root = root
        self.origins = origins
        self.today = today
        super().__init__(*args)  # type: ignore[arg-type]

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        parts = urlsplit(self.path)
        resolved = resolve(self.root, parts.path, parts.query)
        if resolved.redirect:
            self._send(301, b"", "text/plain; charset=utf-8", with_body, {"Location": resolved.redirect})
        elif resolved.file is None:
            self._send(404, b"Not found\n", "text/plain; charset=utf-8", with_body)
        else:
            self._send(200, self._body(resolved.file), self._content_type(resolved.file), with_body)

    def _body(self, file: Path) -> bytes:
        raw = file.read_bytes()
        if file.suffix.lower() not in TEXT_SUFFIXES:
            return raw
        return fill_placeholders(raw.decode("utf-8"), self.origins, self.today).encode("utf-8")

    @staticmethod
    def _content_type(file: Path) -> str:
        return CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")

    def _send(
        self, status: int, body: bytes, content_type: str, with_body: bool, headers: Mapping[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if with_body:
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins the request threads
    block_on_close = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up mid-response is not worth a traceback on stderr


def _bind(root: Path, origins: Mapping[str, str], today: date) -> _QuietServer:
    handler = partial(DemoHandler, root=root, origins=origins, today=today)
    return _QuietServer((HOST, 0), handler)


@contextmanager
def _running(server: _QuietServer) -> Iterator[None]:
    # A short poll interval: shutdown() waits for the next poll, once per site.
    serve = partial(server.serve_forever, poll_interval=0.05)
    thread = threading.Thread(target=serve, name=f"demo-{server.server_address[1]}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _slugs(entries: list[ManifestEntry]) -> list[str]:
    return list(dict.fromkeys(s for e in entries for s in (e.slug, *e.extra_slugs)))


def _authority(entry: ManifestEntry, origins: Mapping[str, str]) -> DemoAuthority:
    return DemoAuthority(
        code=entry.code,
        name=entry.name,
        region=entry.region,
        local_offer_url=origins[entry.slug] + entry.start,
        hosts=tuple(urlsplit(origins[s]).netloc for s in entry.extra_slugs),
        expected=dict(entry.expected),
        slug=entry.slug,
        description=entry.description,
    )


@contextmanager
def serve_demo(sites_dir: Path | None = None, *, today: date | None = None) -> Iterator[DemoWeb]:
    """Serve every demo site on its own port of 127.0.0.1 until the ``with`` block ends."""
    root = (sites_dir or SITES_DIR).resolve()
    entries = load_manifest(root)
    origins: dict[str, str] = {}
    with ExitStack() as stack:
        servers: dict[str, _QuietServer] = {}
        for slug in _slugs(entries):
            site = root / slug
            if not site.is_dir():
                raise FileNotFoundError(f"demo site {slug!r} not found in {root}")
            server = _bind(site, origins, today or date.today())
            stack.callback(server.server_close)  # closes the socket even if a later bind fails
            servers[slug] = server
            origins[slug] = f"http://{HOST}:{server.server_address[1]}"
        for server in servers.values():
            stack.enter_context(_running(server))
        yield DemoWeb(tuple(_authority(e, origins) for e in entries), dict(origins))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m auditor.demo.server", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sites", type=Path, help="sites directory (default: the bundled one)")
    parser.add_argument("--registry", type=Path, help="also write a registry CSV of the demo authorities here")
    args = parser.parse_args(argv)
    with serve_demo(args.sites) as web:
        for a in web.authorities:
            extra = f"  (+ {' '.join(a.hosts)})" if a.hosts else ""
            print(f"{a.code}  {a.name:<30} {a.local_offer_url}{extra}", flush=True)
        if args.registry:
            print(f"registry: {web.write_registry(args.registry)}", flush=True)
        print("Serving the demo web; press Ctrl-C to stop.", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
