"""The text toolkit every check shares: normalising, sentences, phrase patterns, negation,
quotes and text-fragment links.

Normalisation is one character for one character, so a span found in the normalised text is the
same span in the page's own text: quotes are cut from what the council wrote (curly apostrophes
and all), which is what a text-fragment link must match in the reader's browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote as percent_quote

from auditor.model import Block, Evidence, Page
from checks.prefilter import CACHED_UP_TO, clear_fold_cache

_ONE_FOR_ONE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
        "\n": " ",
        "\r": " ",
        "\u2026": ".",
    }
)

QUOTE_MAX = 300


# Every check reads the same blocks of the same pages: the pure text functions below are memoised
# (keyed by the text itself), which made judging several times faster on council-sized pages.
_TEXT_CACHE = 1 << 17


#: How to empty the other memos keyed by one site's texts or URLs (registered by their modules).
_SITE_MEMOS: list[Callable[[], None]] = []


def forget_with_each_site(cache_clear: Callable[[], None]) -> None:
    """Registers a memo that ``clear_text_caches`` empties too: what it holds (a site's texts or
    URLs) is no use for the next authority, and kept it would grow a judging worker site by site."""
    _SITE_MEMOS.append(cache_clear)


def clear_text_caches() -> None:
    """Forget memoised texts: called between authorities, so memory stays that of one site."""
    _normalise_short.cache_clear()
    sentences.cache_clear()
    clear_fold_cache()
    for cache_clear in _SITE_MEMOS:
        cache_clear()


_ASCII_TO_NORMALISE = "".join(chr(c) for c in sorted(_ONE_FOR_ONE) if c < 128)  # tab, newlines, backtick
_TO_NORMALISE = re.compile("[" + "".join(re.escape(chr(c)) for c in _ONE_FOR_ONE) + "]")


def normalise(text: str) -> str:
    """Curly quotes, dashes and odd spaces as ASCII, one character for one (offsets are kept)."""
    return _normalise_short(text) if len(text) <= CACHED_UP_TO else _normalise(text)


@lru_cache(maxsize=_TEXT_CACHE)
def _normalise_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    # Most text has nothing to change: the text itself, rather than an equal copy of it. In ASCII
    # text only a few characters can change, and testing for them is many times faster on a page's
    # whole text than the character-class search.
    if text.isascii():
        changes = any(ch in text for ch in _ASCII_TO_NORMALISE)
    else:
        changes = _TO_NORMALISE.search(text) is not None
    return text.translate(_ONE_FOR_ONE) if changes else text


def matches_outside(pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that do not start inside one of ``spans`` (a provider's
    name, the service's own name, another kind of mediation)."""
    for m in pattern.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            yield m


def rx(*alternatives: str, flags: int = re.I) -> re.Pattern[str]:
    """One compiled pattern from regex alternatives, each bounded by word edges.

    A space inside an alternative matches any run of spaces or hyphens, so "disagreement
    resolution" also finds "disagreement-resolution" and text broken over two spaces.
    """
    parts = [_flexible_spaces(alt) for alt in alternatives]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", flags)


def _flexible_spaces(pattern: str) -> str:
    """Every literal space outside a character class becomes ``[\\s\\-]+``."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            out.append(r"[\s\-]+")
        elif ch == "?" and out and out[-1] == r"[\s\-]+":
            out[-1] = r"[\s\-]*"  # "SEND ?35": the space itself is optional
        else:
            out.append(ch)
    return "".join(out)


# Sentence ends: a stop, then space, then something that can start a sentence. Abbreviations
# that end in a stop ("e.g.", "Dr.", "No.") are protected below.
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9\u2022])|(?<=:)\s+(?=[A-Z])")
_ABBREV = re.compile(
    r"(?:\be\.g|\bi\.e|\betc|\bDr|\bMr|\bMrs|\bMs|\bSt|\bNo|\bvs?|\bapprox|\bincl|\bp|\bpara)\.$", re.I
)


@lru_cache(maxsize=_TEXT_CACHE)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans ``(start, end)`` in ``text`` (a block: sentences never cross blocks)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return tuple((s, e) for s, e in spans if text[s:e].strip())


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    for s, e in sentences(text):
        if s <= pos < e or pos == e:
            return s, e
    return 0, len(text)


# Negation: a cue before the match in the same clause ("you do not need an EHC plan").
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|neither|nor|cannot|none|nobody)\b|n't\b|\bno longer\b|\bdon't\b|\bisn't\b",
    re.I,
)
# "No, it is voluntary": an answer's "No," closes its own clause.
_CLAUSE_BREAK = re.compile(r"[.;:!?]|\b(?:no|yes)\s*,|\bbut\b|\bhowever\b|\balthough\b|\bunless\b|\bexcept\b", re.I)


def negated(text: str, start: int, window: int = 6) -> bool:
    """True when a negation cue stands within ``window`` words before ``start``, in the same clause.

    "You do not need an EHC plan" → negated at "need"; "only if your child has an EHC plan" is
    not negated (it is a restriction, which the checks test with their own patterns).
    """
    before = normalise(text[:start])
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = before.split()[-window:]
    return bool(_NEGATION.search(" ".join(words)))


@dataclass(frozen=True)
class Hit:
    """A match of some cue in one block of one page, ranked by ``score`` (higher is better)."""

    page: Page
    block_index: int
    start: int
    end: int
    score: float = 1.0
    note: str = ""

    @property
    def block(self) -> Block:
        return self.page.blocks[self.block_index]

    @property
    def matched(self) -> str:
        return self.block.text[self.start : self.end]

    def sort_key(self) -> tuple[float, int, str, int, int]:
        return (-self.score, self.page.depth, self.page.url, self.block_index, self.start)


def find_in_block(page: Page, index: int, pattern: re.Pattern[str]) -> Iterator[Hit]:
    text = normalise(page.blocks[index].text)
    for m in pattern.finditer(text):
        yield Hit(page, index, m.start(), m.end())


def quote_around(text: str, start: int, end: int, limit: int = QUOTE_MAX) -> tuple[str, int, int]:
    """The quote for a match: its sentence, widened to a neighbour when short, narrowed to a
    window around the match when long. Returns the quote and its span within ``text``."""
    spans = sentences(text)
    idx = next((i for i, (s, e) in enumerate(spans) if s <= start < e or start == e), 0) if spans else 0
    if not spans:
        return text[:limit], 0, min(len(text), limit)
    qs, qe = spans[idx]
    qe = max(qe, end)
    # Short sentences ("Call 0800 123 4567.") need their neighbour to make sense out of context.
    if qe - qs < 80 and idx + 1 < len(spans) and spans[idx + 1][1] - qs <= limit:
        qe = spans[idx + 1][1]
    if qe - qs < 80 and idx > 0 and qe - spans[idx - 1][0] <= limit:
        qs = spans[idx - 1][0]
    if qe - qs > limit:
        room = max(0, limit - (end - start) - 2)
        qs = max(qs, start - room // 2)
        qe = min(qe, max(end, qs + limit - 2))
        qs = max(qs, qe - (limit - 2))
        # Cut at word edges so the quote never starts or ends mid-word.
        while qs > 0 and qs < start and not text[qs - 1].isspace():
            qs += 1
        while qe < len(text) and qe > end and not text[qe].isspace():
            qe -= 1
    return text[qs:qe].strip(), qs, qe


def _encode_fragment(text: str) -> str:
    # The spec reserves "-", "," and "&" inside a text directive; quote() leaves "-" alone.
    return percent_quote(text, safe="").replace("-", "%2D")


def text_fragment_url(url: str, quote: str) -> str:
    """``url#:~:text=…`` that scrolls a browser to ``quote`` (WICG scroll-to-text-fragment).

    Long quotes use the ``textStart,textEnd`` form with a few words each, which survives small
    differences in how the page renders whitespace inside the passage.
    """
    core = " ".join(quote.replace("\u2026", " ").split())
    if not core:
        return url
    words = core.split()
    if len(core) <= 80 or len(words) <= 10:
        directive = _encode_fragment(core)
    else:
        directive = f"{_encode_fragment(' '.join(words[:5]))},{_encode_fragment(' '.join(words[-5:]))}"
    base = url if "#" in url else url + "#"
    return f"{base}:~:text={directive}"


def evidence(hit: Hit, note: str = "") -> Evidence:
    """The evidence record of a hit: quote, matched words, heading path and a deep link."""
    block = hit.block
    quote, qs, qe = quote_around(block.text, hit.start, hit.end, QUOTE_MAX - 4)
    matched = block.text[hit.start : hit.end]
    before, after = block.text[:qs].rstrip(), block.text[qe:].strip()
    cut_before = bool(before) and not before.endswith((".", "!", "?", ";", ":"))
    cut_after = bool(after) and not quote.endswith((".", "!", "?", ";", ":", '"', "'", ")", "\u201d"))
    shown = ("\u2026 " if cut_before else "") + quote + (" \u2026" if cut_after else "")
    page = hit.page
    link_url = page.final_url or page.url
    return Evidence(
        url=page.url,
        quote=shown,
        heading_path=block.heading_path,
        match=matched[:QUOTE_MAX],
        fragment_url=text_fragment_url(link_url, quote),
        final_url=page.final_url,
        fetched_at=page.fetched_at,
        body_hash=page.body_hash,
        note=note or hit.note,
    )


def best(hits: list[Hit], limit: int = 3, *, one_per_page: bool = False) -> list[Hit]:
    """The best ``limit`` hits, never two quotes of the same sentence."""
    chosen: list[Hit] = []
    seen: set[tuple[str, int, int]] = set()
    pages: set[str] = set()
    for hit in sorted(hits, key=Hit.sort_key):
        s, _ = sentence_at(hit.block.text, hit.start)
        key = (hit.page.url, hit.block_index, s)
        if key in seen or (one_per_page and hit.page.url in pages):
            continue
        seen.add(key)
        pages.add(hit.page.url)
        chosen.append(hit)
        if len(chosen) >= limit:
            break
    return chosen
