"""The toolkit: normalising, sentences, negation, quotes and text-fragment links."""

from __future__ import annotations

from auditor.model import Block, Coverage, Page, Site
from checks.context import contact_spans, is_send_page, supporting_reason
from checks.text import _ONE_FOR_ONE, Hit, evidence, negated, normalise, quote_around, rx, sentences, text_fragment_url
from tests.checks.conftest import AUTHORITY, HOME


def test_normalise_is_one_for_one() -> None:
    raw = "Parents\u2019 \u201cright\u201d \u2013 a\u00a0b"
    assert normalise(raw) == 'Parents\' "right" - a b'
    assert len(normalise(raw)) == len(raw)


def test_rx_spaces_match_hyphens_and_runs_but_not_inside_classes() -> None:
    pattern = rx(r"disagreement resolution", r"third[- ]party")
    assert pattern.search("Disagreement-Resolution Service")
    assert pattern.search("a neutral third party")
    assert pattern.search("a neutral third-party")
    assert not pattern.search("disagreements resolutions")


def test_sentences_keep_abbreviations() -> None:
    text = "Contact us, e.g. by phone. The service is free! Is it? Yes."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["Contact us, e.g. by phone.", "The service is free!", "Is it?", "Yes."]


def test_negation_in_same_clause_only() -> None:
    positive = "You do not need an EHC plan to use this service."
    assert negated(positive, positive.index("need") + 5)
    restriction = "This is only available if your child has an EHC plan."
    assert not negated(restriction, restriction.index("EHC"))
    other_clause = "It is not free, but you need an EHC plan."
    assert not negated(other_clause, other_clause.index("EHC"))


def test_text_fragment_encoding() -> None:
    url = text_fragment_url("https://x.gov.uk/dr", "Call 0800-064, or email & ask")
    assert url == "https://x.gov.uk/dr#:~:text=Call%200800%2D064%2C%20or%20email%20%26%20ask"
    long_quote = " ".join(f"word{i}" for i in range(30))
    long_url = text_fragment_url("https://x.gov.uk/dr#top", long_quote)
    assert (
        long_url
        == "https://x.gov.uk/dr#top:~:text=word0%20word1%20word2%20word3%20word4,word25%20word26%20word27%20word28%20word29"
    )


def test_quote_is_bounded_and_contains_match() -> None:
    text = ("Filler words go here. " * 40) + "The mediator is independent of the council. " + ("More filler. " * 40)
    start = text.index("independent")
    quote, qs, qe = quote_around(text, start, start + len("independent"))
    assert "independent" in quote and len(quote) <= 300
    long = "x " * 400 + "MATCH" + " y" * 400
    pos = long.index("MATCH")
    quote, _, _ = quote_around(long, pos, pos + 5)
    assert "MATCH" in quote and len(quote) <= 300


def test_evidence_records_match_heading_and_fragment() -> None:
    block = Block("Our service is provided by Global Mediation. Call 0800 064 4488.", ("DR", "Who provides it"))
    page = Page("https://x.gov.uk/dr", "https://x.gov.uk/dr", "DR", (block,))
    start = block.text.index("Global")
    ev = evidence(Hit(page, 0, start, start + len("Global Mediation")))
    assert ev.match == "Global Mediation" and ev.match in ev.quote
    assert ev.heading_path == ("DR", "Who provides it")
    assert ev.fragment_url.startswith("https://x.gov.uk/dr#:~:text=")


def test_contacts() -> None:
    text = (
        "Call 0800 064 4488 or (01632) 960000, email sen@example.org, visit www.example.org.uk "
        "or use the referral form."
    )
    kinds = [k for _, _, k in contact_spans(text)]
    assert kinds == ["phone", "phone", "email", "web", "form"]
    assert not [k for _, _, k in contact_spans("Born in 2014, aged 12, in year 2025-26.") if k == "phone"]


def test_send_page_and_supporting_pages() -> None:
    send = Page("u", "u", "Mediation", (Block("Help for children with SEND and EHC plans."),))
    other = Page("u", "u", "Bins", (Block("Collection days for recycling."),))
    assert is_send_page(send) and not is_send_page(other)
    site = Site(AUTHORITY, (), Coverage())
    iass = Page("https://www.exampleshiresendiass.org.uk/dr", "", "DR", ())
    assert "IASS" in supporting_reason(iass, site)
    assert supporting_reason(Page(HOME + "dr", "", "DR", ()), site) == ""


def test_normalise_is_the_translation_table_on_ascii_and_other_text() -> None:
    # ASCII text takes a fast path that tests only the table's ASCII characters.
    for text in ["plain words", "a`b", "tab\there", "line\nbreak", "cr\rlf", "caf\u00e9 \u2019quoted\u2019", ""]:
        assert normalise(text) == text.translate(_ONE_FOR_ONE)
        assert normalise(text * 2000) == (text * 2000).translate(_ONE_FOR_ONE)  # the long-text path too
