"""Response bodies read from the raw stream, decompressed by us under a hard cap.

httpx's ``aiter_bytes`` decodes each raw chunk in one ``decompress`` call with no output limit,
so a 64 KiB read of a gzip bomb expands to ~64 MB before the caller can count it. Here every
``decompress`` call is bounded by what is left of the cap, so the decoded bytes held never
exceed ``max_bytes`` (plus one chunk of compressed input), whatever the ratio. We only advertise
gzip and deflate, the encodings we decode this way.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

ACCEPT_ENCODING = "gzip, deflate"


class UnsupportedEncoding(Exception):
    """The server used a content coding we did not offer and cannot decode safely."""


class _Identity:
    def decompress(self, data: bytes, max_length: int) -> bytes:
        return data[:max_length]

    @property
    def unconsumed_tail(self) -> bytes:
        return b""


class _Deflate:
    """``deflate`` is meant to be zlib-wrapped, but some servers send raw deflate: try both."""

    def __init__(self) -> None:
        self._obj: zlib._Decompress | None = None
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._obj is None:
            self._obj = zlib.decompressobj()
            try:
                return self._obj.decompress(data, max_length)
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._obj.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._obj.unconsumed_tail if self._obj is not None else b""


def _decoder(encoding: str) -> zlib._Decompress | _Identity | _Deflate:
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
    if not codings:
        return _Identity()
    if codings in (["gzip"], ["x-gzip"]):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if codings == ["deflate"]:
        return _Deflate()
    raise UnsupportedEncoding(encoding)


@dataclass
class CappedBody:
    body: bytes
    truncated: bool
    raw_bytes: int


async def read_capped(raw: AsyncIterator[bytes], content_encoding: str, max_bytes: int) -> CappedBody:
    """Decoded body of at most ``max_bytes``; ``truncated`` when the stream had more."""
    decoder = _decoder(content_encoding)
    chunks: list[bytes] = []
    size = raw_size = 0
    async for data in raw:
        raw_size += len(data)
        while data:
            room = max_bytes - size
            try:
                out = decoder.decompress(data, room + 1)
            except zlib.error:
                # A corrupt stream: keep what decoded cleanly, like a cut-off transfer.
                return CappedBody(b"".join(chunks), True, raw_size)
            chunks.append(out)
            size += len(out)
            if size > max_bytes:
                return CappedBody(b"".join(chunks)[:max_bytes], True, raw_size)
            data = decoder.unconsumed_tail
            if not out:
                break
        if raw_size > max_bytes and not isinstance(decoder, _Identity):
            # Compressed input larger than the cap that decodes to little is itself abuse.
            return CappedBody(b"".join(chunks), True, raw_size)
    return CappedBody(b"".join(chunks), False, raw_size)
