"""HTTP fetching: redirects followed hop by hop, bodies streamed up to a cap, errors classified.

Redirects are followed here rather than by httpx so that every hop passes the same politeness
slot, the same scope/safety gate and the same redirect cap, and so loops are reported as such.
Each hop may be retried (``auditor.retry``): the wait is spent by deferring the origin's
politeness slot, so other requests to a struggling host wait too. Every response received is
written to the evidence archive when one is given.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from auditor.archive import WarcArchive
from auditor.bodies import ACCEPT_ENCODING, UnsupportedEncoding, read_capped
from auditor.politeness import Politeness
from auditor.retry import RetryPolicy
from auditor.urls import canonicalise, origin

#: Given a URL about to be requested, return a refusal reason, or "" to allow it (sync or async).
Gate = Callable[[str], str | Awaitable[str]]

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


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
    attempts: int = 1
    warc_file: str = ""
    warc_offset: int = -1

    @property
    def ok(self) -> bool:
        return not self.error and 200 <= self.status < 300

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest() if self.body else ""


def network_transport(kind: str) -> httpx.AsyncBaseTransport | None:
    """The transport under the crawler's ``httpx.AsyncClient``: None for ``"httpx"`` (its own pool,
    the default) or aiohttp's, whose connection handling costs less CPU a request than httpx's pool
    bookkeeping (encode/httpx#3215). aiohttp is driven with redirects and decompression off, so
    redirects, caps and decoding stay ours either way."""
    return AiohttpTransport() if kind == "aiohttp" else None


def classify_error(exc: BaseException) -> str:
    # The aiohttp transport re-raises aiohttp's errors as httpx ones, coarsely (a dropped
    # connection becomes a ConnectTimeout): the original, when there is one, says what happened.
    cause = exc.__cause__
    if isinstance(cause, (aiohttp.ClientError, TimeoutError)):
        exc = cause
    if isinstance(exc, (aiohttp.ClientError, TimeoutError)):
        return _classify_aiohttp(exc)
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        if _says_dns(text):
            return "dns"
        if "ssl" in text or "certificate" in text or "tls" in text:
            return "tls"
        return "unreachable"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too_many_redirects"
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return "broken_response"
    return "unreachable"


def _says_dns(message: str) -> bool:
    """A lower-cased connection error message that is the resolver's (either transport's wording)."""
    return any(words in message for words in ("name or service not known", "nodename", "getaddrinfo"))


def _classify_aiohttp(exc: BaseException) -> str:
    if isinstance(exc, (TimeoutError, aiohttp.ServerTimeoutError)):
        return "timeout"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "dns"
    if isinstance(exc, (aiohttp.ClientSSLError, aiohttp.ClientConnectorCertificateError)):
        return "tls"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "dns" if _says_dns(str(exc).lower()) else "unreachable"
    # A bad status line or header, a body cut short, a connection dropped mid-response.
    if isinstance(exc, (aiohttp.ClientResponseError, aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError)):
        return "broken_response"
    return "unreachable"


async def _refusal(gate: Gate | None, url: str) -> str:
    if gate is None:
        return ""
    verdict = gate(url)
    return await verdict if inspect.isawaitable(verdict) else verdict


def _raw_stream(resp: httpx.Response) -> tuple[AsyncIterator[bytes], str]:
    """The undecoded body stream and its content coding. A response built in memory (MockTransport)
    was already read, and decoded, by httpx: it is replayed as it is."""
    if resp.is_stream_consumed:

        async def replay() -> AsyncIterator[bytes]:
            yield resp.content

        return replay(), ""
    return resp.aiter_raw(), resp.headers.get("content-encoding", "")


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        politeness: Politeness,
        *,
        max_redirects: int = 8,
        retry: RetryPolicy | None = None,
        archive: WarcArchive | None = None,
        gate: Gate | None = None,
    ) -> None:
        self.client = client
        self.politeness = politeness
        self.max_redirects = max_redirects
        self.retry = retry or RetryPolicy(max_retries=0)
        self.archive = archive
        #: Applied to every hop of every request, before the per-call gate.
        self.gate = gate

    async def get(
        self, url: str, *, max_bytes: int, gate: Gate | None = None, headers: dict[str, str] | None = None
    ) -> Response:
        """GET ``url`` following redirects; ``headers`` (e.g. conditional ones) go on the first hop only."""
        current = url
        hops: list[str] = []
        seen = {url}
        extra = headers
        while True:
            refusal = await _refusal(self.gate, current) or await _refusal(gate, current)
            if refusal:
                return Response(url, current, error=refusal, redirects=tuple(hops))
            response = await self._get_with_retries(url, current, max_bytes, extra)
            extra = None
            location = response.headers.get("location", "")
            if response.error or response.status not in REDIRECT_STATUSES or not location:
                return replace(response, url=url, redirects=tuple(hops))
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

    async def _get_with_retries(
        self, url: str, current: str, max_bytes: int, headers: dict[str, str] | None
    ) -> Response:
        attempt = 0
        while True:
            response = await self._get_once(url, current, max_bytes, headers)
            wait, again = self.retry.decide(
                current, attempt, response.status, response.error, response.headers.get("retry-after", "")
            )
            if wait > 0:
                self.politeness.defer(origin(current), wait)
            if not again:
                return replace(response, attempts=attempt + 1)
            attempt += 1

    async def _get_once(self, url: str, current: str, max_bytes: int, headers: dict[str, str] | None) -> Response:
        request_headers = {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
        async with self.politeness.slot(origin(current)):
            try:
                async with self.client.stream("GET", current, headers=request_headers) as resp:
                    received = {k.lower(): v for k, v in resp.headers.items()}
                    try:
                        capped = await read_capped(*_raw_stream(resp), max_bytes)
                    except UnsupportedEncoding:
                        return Response(url, current, resp.status_code, headers=received, error="unsupported_encoding")
                    warc_file, warc_offset = "", -1
                    if self.archive is not None:
                        ref = self.archive.write_response(
                            current,
                            resp.status_code,
                            resp.headers.multi_items(),
                            capped.body,
                            truncated=capped.truncated,
                        )
                        warc_file, warc_offset = ref.file, ref.offset
                    return Response(
                        url,
                        current,
                        resp.status_code,
                        received.get("content-type", ""),
                        capped.body,
                        received,
                        capped.truncated,
                        warc_file=warc_file,
                        warc_offset=warc_offset,
                    )
            except (TimeoutError, httpx.HTTPError, aiohttp.ClientError) as exc:
                return Response(url, current, error=classify_error(exc))
