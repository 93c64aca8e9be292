"""The evidence archive: every HTTP response of a run in one WARC.gz file (via warcio).

WARC is the web-archiving standard, so a campaigner can open the evidence in any replay tool
after the council has changed its page. The store indexes each fetch by (warc file, offset);
``read_record`` seeks straight to it.

Bodies are stored decoded (we decompress under a cap, see ``auditor.bodies``): the
``Content-Encoding`` header is renamed ``X-Original-Content-Encoding`` so replay tools do not try
to decode again, and a body cut at the cap carries ``WARC-Truncated: length``.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: zlib level of each record's gzip member: level 3 costs a third of warcio's level 9 for ~15% more bytes.
GZIP_LEVEL = 3
_RENAMED = {"content-encoding": "X-Original-Content-Encoding", "transfer-encoding": "X-Original-Transfer-Encoding"}


@dataclass(frozen=True)
class WarcRef:
    file: str  # relative to the store's directory
    offset: int


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str


def warc_path(db_path: Path, run_id: str) -> Path:
    """``<db stem>-warc/<run_id>.warc.gz`` next to the run store."""
    return db_path.parent / f"{db_path.stem}-warc" / f"{run_id}.warc.gz"


class WarcArchive:
    """Appends response records to one WARC.gz file. Reopening after a kill appends after what is there."""

    def __init__(self, path: Path, *, relative_to: Path | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.name = str(path.relative_to(relative_to)) if relative_to else str(path)
        fresh = not path.exists() or path.stat().st_size == 0
        if not fresh:
            _drop_torn_tail(path)
        self._fh: BinaryIO = open(path, "ab")  # noqa: SIM115 - held for the run, closed in close()
        # warcio gzips at level 9, the costliest part of archiving a page; records are written plain
        # into a buffer and each becomes its own gzip member here, as WARC.gz readers expect.
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=False)
        if fresh:
            info = self._writer.create_warcinfo_record(path.name, {"software": "localoffer", "format": "WARC/1.1"})
            self._append(info)

    def write_response(
        self, url: str, status: int, headers: list[tuple[str, str]], body: bytes, *, truncated: bool = False
    ) -> WarcRef:
        kept = [(_RENAMED.get(k.lower(), k), v) for k, v in headers if k.lower() != "content-length"]
        kept.append(("Content-Length", str(len(body))))
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        http_headers = StatusAndHeaders(f"{status} {reason}", kept, protocol="HTTP/1.1")
        warc_headers = {"WARC-Truncated": "length"} if truncated else None
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers, warc_headers_dict=warc_headers
        )
        return WarcRef(self.name, self._append(record))

    def _append(self, record: ArcWarcRecord) -> int:
        """Writes ``record`` as one gzip member at the end of the file; returns its offset."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.write_record(record)
        member = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        data = member.compress(self._buffer.getvalue()) + member.flush()
        offset = self._fh.tell()
        self._fh.write(data)
        # Flushed per record: the store indexes the offset right after, so a kill leaves both consistent.
        self._fh.flush()
        return offset

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def complete_length(path: Path) -> int:
    """Bytes of ``path`` taken by complete records: less than its size when a kill tore the last one."""
    end = 0
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for _record in records:
                records.read_to_end()
                end = records.get_record_offset() + records.get_record_length()
        except Exception:  # noqa: BLE001 - a torn gzip member or header raises whatever the reader hits
            pass
    return end


def _drop_torn_tail(path: Path) -> None:
    """Cuts a record half-written when the audit was killed, so records appended on resume stay
    readable in sequence. Indexed records are never cut: the store indexes a record only after it
    was written and flushed whole."""
    end = complete_length(path)
    if end < path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(end)


def read_record(path: Path, offset: int) -> ArchivedResponse:
    """The response record at ``offset`` in the WARC file at ``path``."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        headers = record.http_headers
        return ArchivedResponse(
            url=record.rec_headers.get_header("WARC-Target-URI") or "",
            status=int(headers.get_statuscode() or 0),
            headers=list(headers.headers),
            body=record.content_stream().read(),
            date=record.rec_headers.get_header("WARC-Date") or "",
        )
