"""Who asks in an interview, for :mod:`bot.extract.text`: the labels that put a question
("COLLIDER: What drew you to it?"). A turn ending on a question right after another speaker's
question is an answer that ends on one of its own ("...and thought, where are they hiding
everything?"): that alone makes no one an interviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bot.lazy_patterns import lazy_pattern


class Bounded(Protocol):
    """A paragraph's bounds in its text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_QUESTION_INSIDE = lazy_pattern(r"\?[ ]+[A-Z]")
FIRST_PERSON = lazy_pattern(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""A word in the first person singular: one speaker's, never a company's "we"."""
PROMPT = lazy_pattern(r"\s*(?:There(?:’s|'s|[ ]is|[ ]are|[ ]was|[ ]were)|You|Your|Tell|Talk)\b")
"""An interviewer's prompt with no question mark: a topic raised ("There's a scene people
already quote.", "You've said goodbye before.", "Tell us about Theo.") with no "I" in it; an
answer's further words speak as "I", or go on ("And the crew cried too.")."""
_ECHOED = lazy_pattern(
    r"[ ]*(?:(?:Yes|Yeah|No|Nope|Absolutely|Exactly|Definitely|Totally)[,.!]"
    r"|(?:They|It|He|She)[ ](?:are|is|was|were|do|does|did|has|have)(?:n[’']t)?[,.!])"
)
"""An answer opening on a reply to a statement ("They are, but ...", "Yes."): the bare line
before it put the statement ("The painted gulls are back."), and the interviewer put it."""


SIGNED = lazy_pattern(
    r"[?.!][ ]*[—–-][ ]*[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?(?:,[ ][A-Z][\w’' -]{1,30})?[ ]*$"
)
"""A stop, then a dash and a reader's signature closing the paragraph: "? — Ann, Swansea", ". –
Gareth" (a column answering readers' questions; a question mark must come in the paragraph)."""


def ends_on_question(text: str, para: Bounded) -> bool:
    """Whether ``para`` ends on a question mark, bold markup aside ("**Q?**"), or on one a
    reader signed (:data:`SIGNED`)."""
    return text[para.start : para.end].rstrip().rstrip("*").endswith("?") or signed(text, para)


def signed(text: str, para: Bounded) -> bool:
    """``para`` asks and ends on a reader's signature (:data:`SIGNED`)."""
    inner = text[para.start : para.end]
    return "?" in inner and SIGNED.search(inner) is not None


def questions(
    text: str, paras: Sequence[Bounded], labels: Sequence[re.Match[str] | None]
) -> list[bool]:
    """Which paragraphs put a question: those ending on one (bold ones too: "**Q?**"), and an
    unlabelled one between two answers under the same label (or its short form) with a question
    inside ("Do you know when it opens? Fans are desperate.") or a prompt (see :data:`PROMPT` and
    :data:`_ECHOED`): one speaker answers twice in a row only when the interviewer, unlabelled,
    spoke again in between."""
    asks = [ends_on_question(text, para) for para in paras]
    for index in range(1, len(paras) - 1):
        before, after = labels[index - 1], labels[index + 1]
        if asks[index] or labels[index] is not None or before is None or after is None:
            continue
        if _same_answerer(before["label"], after["label"]):
            para = paras[index]
            asks[index] = _QUESTION_INSIDE.search(text, para.start, para.end) is not None or (
                (
                    PROMPT.match(text, para.start, para.end) is not None
                    or _ECHOED.match(text, after.end(), paras[index + 1].end) is not None
                )
                and FIRST_PERSON.search(text, para.start, para.end) is None
            )
    return asks


def _same_answerer(before: str, after: str) -> bool:
    """Two labels name one answerer: the same, or one a short form of the other, as a profile's
    Q&A labels its guest in full once ("Ada Vale-Holm:" then "Vale-Holm:", "Ada:" or "AVH:"),
    capitals aside; "Ada Vale:" and "Tom Vale:" are two people."""
    one, two = before.lower().split(), after.lower().split()
    short, full = sorted((one, two), key=len)
    if not short:
        return False
    if full[len(full) - len(short) :] == short or full[: len(short)] == short:
        return True
    initials = "".join(part[0] for word in full for part in word.split("-") if part)
    return len(short) == 1 < len(full) and short[0] == initials


def askers(labels: Sequence[re.Match[str] | None], asks: Sequence[bool]) -> set[str]:
    """The labels with a paragraph ending in a question mark (``asks``, one per paragraph, as
    ``labels``) that answers no question."""
    found: set[str] = set()
    asked_before = ""  # the label of the paragraph just before, if it ended on a question
    for label, question in zip(labels, asks, strict=True):
        name = label["label"] if label is not None else ""
        if name and question and asked_before in {"", name}:
            found.add(name)
        asked_before = name if question and name else ""
    return found


_LABEL_PARTS = lazy_pattern(r"[^\s():*]+")


def same_asker(label: re.Match[str] | None, asking: set[str]) -> bool:
    """``label`` is one of the ``asking`` labels, or names the same asker more fully, as a
    transcript's first turn does ("GETHIN ROWLANDS:" then "ROWLANDS:", "PRESENTER (ADA
    VALE-HUGHES):" or "PRESENTER (Ada Vale-Hughes):" then "VALE-HUGHES:", "ADA MAC RUA:" then
    "MAC RUA:"): the guest's reply to their greeting is an answer."""
    if label is None:
        return False
    upper = {name.upper() for name in asking}  # "PRESENTER (Ada Vale):" then "VALE:"
    words = [word.upper() for word in _LABEL_PARTS.findall(label.group())]
    return (
        label["label"] in asking
        or any(word in upper for word in words)
        or any(" ".join(words[at:]) in upper for at in range(1, len(words) - 1))
    )  # "ADA MAC RUA:" then "MAC RUA:", a surname of two words
