"""URL canonicalisation and crawl scope.

Canonical URLs are the keys of the frontier and the seen-set, so two spellings of one page are
fetched once: fragments dropped, scheme and host lower-cased, default ports removed, session and
tracking parameters stripped, remaining query parameters kept in their order (order can matter to
directory platforms such as ``?id=…&channel=…``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from auditor.model import Authority

DROPPED_PARAMS = frozenset(
    {
        "jsessionid",
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "aspsessionid",
        "fbclid",
        "gclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443}
DOCUMENT_EXTENSIONS = (".pdf", ".docx")
SKIPPED_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".svg",
    ".webp",
    ".ico",
    ".css",
    ".js",
    ".zip",
    ".mp3",
    ".mp4",
    ".avi",
    ".mov",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".doc",
    ".odt",
    ".rtf",
    ".ics",
    ".xml",
    ".json",
)


_PATH_SAFE = "/%:@!$&'()*+,=-._~"
#: Paths that quoting leaves as they are: unreserved and safe characters, no "%" to unquote.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/:@!$&'()*+,=\-._~]*")


def _keep_param(name: str) -> bool:
    lowered = name.lower()
    return lowered not in DROPPED_PARAMS and not lowered.startswith("utm_")


def canonicalise(url: str, base: str | None = None) -> str | None:
    """The canonical form of ``url`` (resolved against ``base``), or None if it is not http(s)."""
    url = url.strip()
    if base is not None:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if not host:  # "http://./" has a hostname of dots only
        return None
    if not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    # ;jsessionid=… lives in the path on Java platforms.
    path = parts.path.split(";", 1)[0] or "/"
    if not _PLAIN_PATH.fullmatch(path):  # quote(unquote(p)) is p itself for a plain path: most of them
        path = quote(unquote(path), safe=_PATH_SAFE)
    query = ""
    if parts.query:
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(k)])
    return urlunsplit((scheme, netloc, path, query, ""))


def origin(url: str) -> str:
    """``scheme://host[:port]``: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def host_key(netloc: str) -> str:
    """A host for scope comparisons: lower case, without a leading ``www.``."""
    netloc = netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc


@dataclass(frozen=True)
class Scope:
    """Which URLs belong to one authority's Local Offer."""

    hosts: frozenset[str]
    prefixes: tuple[str, ...] = ()

    @classmethod
    def for_authority(cls, authority: Authority, start_url: str) -> Scope:
        hosts = {host_key(urlsplit(start_url).netloc)}
        for extra in authority.hosts:
            netloc = urlsplit(extra).netloc if "://" in extra else extra
            hosts.add(host_key(netloc))
        prefixes = tuple(p for p in (canonicalise(p) if "://" in p else p for p in authority.prefixes) if p)
        return cls(frozenset(hosts), prefixes)

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        if host_key(parts.netloc) not in self.hosts:
            return False
        if not self.prefixes:
            return True
        return any(url.startswith(p) if "://" in p else parts.path.startswith(p) for p in self.prefixes)


def is_document(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(DOCUMENT_EXTENSIONS)


def is_skipped_file(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(SKIPPED_EXTENSIONS)
