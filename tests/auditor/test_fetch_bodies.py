"""Bodies are decoded under the cap: a gzip bomb costs at most the cap, in bytes and in memory."""

from __future__ import annotations

import asyncio
import tracemalloc
import zlib
from collections.abc import AsyncIterator

import httpx

from auditor.bodies import UnsupportedEncoding, read_capped
from auditor.fetch import Fetcher, Response
from auditor.politeness import Politeness
from tests.webserver import Reply, serve

CAP = 1_000_000


def gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1_000_000)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, packer.flush()])


BOMB = gzip_of_zeros(500_000_000)  # ~0.5 MB on the wire, 500 MB decoded


def fetch(url: str, max_bytes: int) -> Response:
    async def go() -> Response:
        async with httpx.AsyncClient() as client:
            return await Fetcher(client, Politeness(0)).get(url, max_bytes=max_bytes)

    return asyncio.run(go())


def test_gzip_bomb_costs_at_most_the_cap() -> None:
    async def measured(url: str) -> tuple[Response, int]:
        async with httpx.AsyncClient() as client:
            fetcher = Fetcher(client, Politeness(0))
            tracemalloc.start()
            try:
                response = await fetcher.get(url, max_bytes=CAP)
                return response, tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    routes = {"/bomb": Reply(BOMB, headers={"Content-Encoding": "gzip"})}
    with serve(routes) as server:  # type: ignore[arg-type]
        response, peak = asyncio.run(measured(server.url("/bomb")))
    assert response.truncated
    assert len(response.body) == CAP
    # zlib's output blocks, the joined body and one compressed read: a few times the cap, where
    # httpx alone would hold 64 MB per read and the whole stream is 500 MB.
    assert peak < 4 * CAP, peak


def test_httpx_aiter_bytes_alone_would_not_bound_a_bomb() -> None:
    """Why bodies.py exists: httpx decodes each raw read in one unbounded call."""
    routes = {"/bomb": Reply(BOMB, headers={"Content-Encoding": "gzip"})}

    async def first_chunk(url: str) -> int:
        async with httpx.AsyncClient() as client, client.stream("GET", url) as resp:
            async for chunk in resp.aiter_bytes():
                return len(chunk)
        return 0

    with serve(routes) as server:  # type: ignore[arg-type]
        assert asyncio.run(first_chunk(server.url("/bomb"))) > 10 * CAP


def test_ordinary_encodings_decode() -> None:
    html = b"<p>" + b"Local Offer " * 1000 + b"</p>"
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    routes = {
        "/gzip": Reply(gzip_of_zeros(0) and zlib.compress(html, wbits=31), headers={"Content-Encoding": "gzip"}),
        "/zlib": Reply(zlib.compress(html), headers={"Content-Encoding": "deflate"}),
        "/raw": Reply(raw_deflate.compress(html) + raw_deflate.flush(), headers={"Content-Encoding": "deflate"}),
        "/plain": Reply(html),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        for path in routes:
            response = fetch(server.url(path), CAP)
            assert response.body == html and not response.truncated, path
        cut = fetch(server.url("/gzip"), 100)
    assert cut.truncated and len(cut.body) == 100


def test_unoffered_encoding_is_an_error_not_garbage() -> None:
    async def one() -> AsyncIterator[bytes]:
        yield b"x"

    async def go() -> None:
        await read_capped(one(), "br", 10)

    try:
        asyncio.run(go())
    except UnsupportedEncoding:
        pass
    else:
        raise AssertionError("br must be refused")
    with serve({"/br": Reply(b"\x0b\x00\x80", headers={"Content-Encoding": "br"})}) as server:  # type: ignore[dict-item]
        assert fetch(server.url("/br"), CAP).error == "unsupported_encoding"
