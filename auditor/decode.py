"""Bytes to text for HTML bodies: the declared charset, else a ``<meta charset>``, else UTF-8,
else windows-1252 (which old council CMSs still serve unlabelled, with their £ and ’)."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value:
            return _codec(value)
    return None


def decode_html(body: bytes, content_type: str = "") -> str:
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace")
    charset = declared_charset(content_type)
    if charset is None:
        match = _META_CHARSET.search(body[:4096])
        charset = _codec(match.group(1).decode("ascii", "ignore")) if match else None
    if charset is not None:
        # Browsers treat a latin-1 label as windows-1252; so do we, for the £ and curly quotes.
        if charset in ("latin-1", "iso8859-1", "ascii"):
            charset = "cp1252"
        return body.decode(charset, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")
