"""Producers named as a pair in the sentence before: "A, who plays X, is joined by B. The pair
are also executive producers on the film." credits A and B, for
:func:`bot.extract.crewpage.page_credits`.

Only when the sentence before, in the same paragraph, names exactly two people besides the
parts the article casts; otherwise nothing (which two is then a guess).
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.people import People, clean_name, is_full
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_PAIR = lazy_pattern(
    r"(?:The[ ](?:pair|duo|two(?:[ ](?:actors|stars|leads))?)(?:[ ]of[ ]them)?|Both(?:[ ]"
    r"(?:actors|stars|leads|of[ ]them))?)[ ](?:also[ ])?(?:are|will[ ]be|serve[ ]as|have[ ]"
    r"been)(?:[ ](?:also|both|now|each|credited[ ]as))*[ ](?:the[ ])?"
    r"(?P<role>(?:co-)?executive[ ]producers|producers)\b(?![ ](?:of|on)[ ][A-Z“\"‘'])"
)
_NAME = lazy_pattern(NAME)


def pair_credits(
    doc: Doc, people: People, characters: frozenset[str]
) -> list[tuple[str, CrewRole, str]]:
    """Each producer credit a "The pair are ..." sentence gives the two people before it."""
    if "producers" not in doc.body or ("Both " not in doc.body and "The " not in doc.body):
        return []
    found: list[tuple[str, CrewRole, str]] = []
    for before, sentence in zip(doc.sentences, doc.sentences[1:], strict=False):
        text = doc.body[sentence.start : sentence.end].strip()
        match = _PAIR.match(text) if "producers" in text else None
        if match is None or before.para != sentence.para:
            continue
        named = {
            person
            for m in _NAME.finditer(doc.body, before.start, before.end)
            if (person := people.resolve(m.group())) is not None
            and is_full(person)
            and clean_name(person) not in characters
        }
        if len(named) == 2:
            executive = match["role"] != "producers"  # "(co-)executive producers"
            role = CrewRole.EXECUTIVE_PRODUCER if executive else CrewRole.PRODUCER
            evidence = doc.text[before.start : sentence.end].strip()
            found.extend((name, role, evidence) for name in sorted(named))
    return found
