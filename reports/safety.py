"""Defences against hostile scraped text: every string a council's website gave us is untrusted.

- ``csv_cell`` neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell whose
  first character is ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or a line feed, or
  the full-width ``＝ ＋ － ＠``), possibly after leading spaces, is prefixed with an apostrophe
  ``'`` so Excel, LibreOffice and Google Sheets show it as text instead of evaluating it. The
  value is otherwise unchanged, so a researcher can strip one leading ``'`` to get it back.
- ``safe_href`` lets only absolute ``http``/``https`` URLs into an ``href``; anything else
  (``javascript:``, ``data:``, relative, whitespace tricks) is shown as text instead.
- ``highlight`` escapes a quote *first* and only then wraps the matched words in ``<mark>``.
- ``safe_filename`` keeps ``[A-Za-z0-9_-]`` only, so an authority code can never leave the
  ``authorities/`` directory or form a hidden or reserved name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_URL_OK = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_FILENAME_BAD = re.compile(r"[^A-Za-z0-9_-]")
MAX_FILENAME = 80


def csv_cell(value: object) -> str:
    """``value`` as CSV text, with formula-looking text neutralised by a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # our own numbers: never neutralised, "-1" stays a number
    text = str(value)
    if text.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def safe_href(url: str) -> str:
    """``url`` when it is an absolute http(s) URL without whitespace or control characters, else ``""``."""
    candidate = (url or "").strip()
    if _URL_OK.fullmatch(candidate):
        return candidate
    return ""


def _match_pattern(match: str) -> re.Pattern[str] | None:
    words = match.split()
    if not words:
        return None
    # Whitespace may differ between the matched text and the (normalised) quote.
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight(quote: str, matches: Iterable[str]) -> Markup:
    """The quote, HTML-escaped, with every occurrence of each matched phrase inside ``<mark>``.

    Escaping happens per segment of the *raw* text, so nothing in the quote can form markup and
    the ``<mark>`` tags are the only tags in the result.
    """
    text = quote or ""
    spans: list[tuple[int, int]] = []
    for match in matches:
        pattern = _match_pattern(match or "")
        if pattern is not None:
            spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts: list[str] = []
    pos = 0
    for start, end in merged:
        parts.append(str(escape(text[pos:start])))
        parts.append("<mark>" + str(escape(text[start:end])) + "</mark>")
        pos = end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def safe_filename(code: str) -> str:
    """A file-name stem made of ``[A-Za-z0-9_-]`` only (never empty, at most ``MAX_FILENAME`` chars)."""
    cleaned = _FILENAME_BAD.sub("_", code or "")[:MAX_FILENAME]
    return cleaned or "_"


def unique_filenames(codes: Iterable[str]) -> dict[str, str]:
    """Sanitised, collision-free ``<stem>.html`` names for ``codes``, first come first served."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for code in codes:
        if code in out:
            continue
        stem = safe_filename(code)
        candidate, n = stem, 1
        while candidate.lower() in taken:  # case-insensitive file systems
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.lower())
        out[code] = f"{candidate}.html"
    return out
