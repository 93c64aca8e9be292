"""HTTP fetching: redirects followed hop by hop, bodies streamed up to a cap, errors classified.

Redirects are followed here rather than by httpx so that every hop passes the same politeness
slot, the same scope/safety gate and the same redirect cap, and so loops are reported as such.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from auditor.politeness import Politeness
from auditor.urls import canonicalise, origin

#: Given a URL about to be requested, return a refusal reason, or "" to allow it.
Gate = Callable[[str], str]


@dataclass(frozen=True)
class Response:
    url: str
    final_url: str
    status: int = 0
    content_type: str = ""
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    truncated: bool = False
    error: str = ""
    redirects: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error and 200 <= self.status < 300

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest() if self.body else ""


def classify_error(exc: Exception) -> str:
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        if "name or service not known" in text or "nodename" in text or "getaddrinfo" in text:
            return "dns"
        if "ssl" in text or "certificate" in text or "tls" in text:
            return "tls"
        return "unreachable"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too_many_redirects"
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return "broken_response"
    return "unreachable"


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        politeness: Politeness,
        *,
        max_redirects: int = 8,
    ) -> None:
        self.client = client
        self.politeness = politeness
        self.max_redirects = max_redirects

    async def get(self, url: str, *, max_bytes: int, gate: Gate | None = None) -> Response:
        current = url
        hops: list[str] = []
        seen = {url}
        while True:
            refusal = gate(current) if gate else ""
            if refusal:
                return Response(url, current, error=refusal, redirects=tuple(hops))
            response = await self._get_once(url, current, max_bytes)
            location = response.headers.get("location", "")
            if response.error or response.status not in (301, 302, 303, 307, 308) or not location:
                return Response(**{**response.__dict__, "url": url, "redirects": tuple(hops)})
            target = canonicalise(urljoin(current, location))
            if target is None:
                return Response(url, current, status=response.status, error="bad_redirect", redirects=tuple(hops))
            hops.append(target)
            if target in seen:
                return Response(url, target, status=response.status, error="redirect_loop", redirects=tuple(hops))
            if len(hops) > self.max_redirects:
                return Response(url, target, status=response.status, error="too_many_redirects", redirects=tuple(hops))
            seen.add(target)
            current = target

    async def _get_once(self, url: str, current: str, max_bytes: int) -> Response:
        async with self.politeness.slot(origin(current)):
            try:
                async with self.client.stream("GET", current) as resp:
                    chunks: list[bytes] = []
                    size = 0
                    truncated = False
                    async for chunk in resp.aiter_bytes():
                        chunks.append(chunk)
                        size += len(chunk)
                        if size >= max_bytes:
                            truncated = True
                            break
                    body = b"".join(chunks)[:max_bytes]
                    headers = {k.lower(): v for k, v in resp.headers.items()}
                    return Response(
                        url, current, resp.status_code, headers.get("content-type", ""), body, headers, truncated
                    )
            except httpx.HTTPError as exc:
                return Response(url, current, error=classify_error(exc))
