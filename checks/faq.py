"""Question-and-answer pages ("Does my child need an EHC plan?" / "No."): reading an answer with
the question it answers.

Councils write many redress pages as FAQs. The answer alone ("No. It is for everyone.") says
nothing a lexicon can match; the question alone is not a statement. Read together they are: "Do I
have to take part?" answered "No" states that taking part is voluntary. The checks give a
question pattern and the polarity of answer that makes the statement ("yes"/"no").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.model import Page
from checks.text import normalise, rx

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# How far back an answer may sit from its question: an answer is rarely more than a few paragraphs.
_MAX_BACK = 3
# A tick is a yes and a cross a no in a facts table ("Voluntary? | ✔ Yes", "SEN support | ✓ Covered");
# "covered"/"included" answer a label naming who or what the service is for ("SEN support? Covered.").
_YES = re.compile(
    r"^[^\w\u2714\u2713\u2611\u2717\u2718\u274c]*(?:[\u2714\u2713\u2611]|(?:yes|yep|yeah|of course|absolutely"
    r"|certainly|definitely|covered|included)\b)",
    re.I,
)
_NO = re.compile(
    r"^[^\w\u2714\u2713\u2611\u2717\u2718\u274c]*(?:[\u2717\u2718\u274c]|(?:no|nope|not at all|never|not "
    r"(?:covered|included))\b(?![\s-]+(?:one|body|longer|more)\b))",
    re.I,
)

# A question about another redress route starts a new topic in an FAQ ("How do I complain?").
REDRESS_TOPIC = rx(
    r"complain\w*",
    r"appeal\w*",
    r"tribunal",
    r"ombudsman",
    r"mediat\w*",
    r"disagreement resolution",
    r"dispute resolution",
    r"SENDIASS",
    r"SENDIAS",
    r"(?-i:IASS)",
    r"information,? advice",
    r"judicial review",
)


def is_question(text: str) -> bool:
    return normalise(text).rstrip().endswith("?")


def question_for(page: Page, index: int) -> str:
    """The question a main-content block answers: the nearest preceding question (a heading, or a
    paragraph ending in "?") within a few blocks, not crossing a heading that is not a question."""
    for i in range(index - 1, max(-1, index - 1 - _MAX_BACK), -1):
        block = page.blocks[i]
        if not block.in_main:
            continue
        if is_question(block.text) or (i == index - 1 and block.kind in LABEL_KINDS):
            return normalise(block.text)
        if block.kind in HEADINGS:
            return ""
    return ""


# A table header cell or definition term labels the cell or definition after it ("Voluntary" | "Yes").
LABEL_KINDS = frozenset({"th", "dt"})
# A "label: yes/no" line of a fact list ("Confidential: yes", "Needs an EHC plan: no"), or a short
# question answered in the same line ("Voluntary? Yes.", "SEN support? Covered.").
_LABEL_ANSWER = re.compile(
    r"^\s*(?P<label>[^:?.]{2,60}?)\s*[:?]\s*(?P<ans>yes|no|covered|included|not covered|not included)\b", re.I
)


@dataclass(frozen=True)
class Answer:
    """A block read as the answer to a question: the question, and "yes"/"no"/"" for how the
    block opens, with the span of that opening word."""

    question: str
    polarity: str
    start: int = 0
    end: int = 0


def answer_at(page: Page, index: int) -> Answer | None:
    """The block as an answer, when a question precedes it; only the first block after the question
    carries its yes/no (a later paragraph starting "No" answers nothing)."""
    block = page.blocks[index]
    if block.kind in HEADINGS or is_question(block.text):
        return None
    labelled = _LABEL_ANSWER.match(normalise(block.text))
    if labelled:
        ans = labelled.group("ans").lower()
        return Answer(
            labelled.group("label"),
            "no" if ans.startswith(("no", "not")) else "yes",
            labelled.start("ans"),
            labelled.end("ans"),
        )
    question = question_for(page, index)
    if not question:
        return None
    first = index > 0 and (is_question(page.blocks[index - 1].text) or page.blocks[index - 1].kind in LABEL_KINDS)
    text = normalise(block.text)
    for polarity, pattern in (("yes", _YES), ("no", _NO)):
        m = pattern.match(text)
        if m and first:
            word = re.search(r"\w[\w ]*\w|\w", m.group(0))
            start = m.start() + (word.start() if word else 0)
            return Answer(question, polarity, start, start + (len(word.group(0)) if word else len(m.group(0))))
    return Answer(question, "")


def answers_yes_no(page: Page, index: int, rules: tuple[tuple[re.Pattern[str], str], ...]) -> Answer | None:
    """The answer at ``index`` when its question matches a rule's pattern and the answer opens with
    that rule's polarity ("Is it compulsory?" + "No")."""
    ans = answer_at(page, index)
    if ans is None or not ans.polarity:
        return None
    for pattern, polarity in rules:
        if ans.polarity == polarity and pattern.search(ans.question):
            return ans
    return None
