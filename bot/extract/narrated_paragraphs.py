"""A paragraph between an interview's answers that the writer narrates, for
:mod:`bot.extract.text`: it quotes someone in double quotation marks with its own attribution
("“...,” he told the magazine", "Vale added: “...”"), so it is no further paragraph of the
answer before it (an answer quotes others in single marks, and names no teller of its own).
"""

from __future__ import annotations

from bot.extract.lexicon import FIRST_PERSON_SUBJECT
from bot.lazy_patterns import lazy_pattern

_TELLER = r"(?:he|she|they|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)"
_SAYS = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|explains)"
_NARRATED = lazy_pattern(
    rf"[”\"][ ]+{_TELLER}[ ]{_SAYS}\b|\b{_TELLER}[ ](?:{_SAYS}|told[ ][\w’'-]+)[:,][ ]?[“\"]"
)


def narrated(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` carries a quote told by the writer."""
    return ("”" in text[start:end] or '"' in text[start:end]) and bool(
        _NARRATED.search(text, start, end)
    )


_IN_MARKS = lazy_pattern(r"[“\"][^”\"\n]*[”\"]")
_FIRST_SENTENCE = lazy_pattern(r"[^.!?]*")
_WRITERS_VOICE = lazy_pattern(
    r"\b(?:I|[Ww]e)[ ](?:ask|asked|mention|mentioned|bring|brought|raise"
    r"|raised|put|suggest|suggested|point|pointed|meet|met|visit|visited|arrive|arrived)\b"
    r"|\b(?:tells|told)[ ](?:us|me)\b"
)
"""A first sentence the writer narrates around their own question ("She laughs when I ask.",
"When we mention the van, ...", "..., she tells us."): its "I"/"we" is the writer's. A "he" or
"she" alone is no sign: the guest speaks of others ("He’s loud, ...", "She said, “...” I ...")."""


def told_by_writer(text: str, start: int, end: int) -> bool:
    """The paragraph is :func:`narrated` and not in the guest's own voice: it says neither "I"
    nor "we" outside its marks, or its first sentence is the writer's ("when I ask", "tells
    us"). A bare answer may tell what someone said in double marks, in the guest's own voice
    around them ("We wrapped on the beach. Ada said, “One more?” and we did six more.")."""
    if not narrated(text, start, end):
        return False
    bare = _IN_MARKS.sub("", text[start:end]).lstrip()
    first = _FIRST_SENTENCE.match(bare)
    sentence = first.group() if first else bare
    return FIRST_PERSON_SUBJECT.search(bare) is None or _WRITERS_VOICE.search(sentence) is not None


_THIRD_PERSON_SUBJECT = lazy_pattern(
    r"(?:^|[.!?,][ ]+|\b(?:and|then|[Ee]ventually|[Tt]hen)[ ])(?:[Ss]he|[Hh]e)[ ][a-z]"
)
"""A "she" or "he" opening a clause ("She shakes her head", "Eventually she put down her cup")."""


def writer_narrates(text: str, start: int, end: int, *, scene: bool) -> bool:
    """The paragraph ``text[start:end]`` is the writer's narration, not an answer: its first
    sentence is the writer's own ("I ask about the ending."), or, after a ``scene`` the writer
    sets ("There is a long pause."), it tells what a "she" or "he" does ("I waited. Eventually
    she put down her cup.")."""
    first = _FIRST_SENTENCE.match(text, start, end)
    if first is not None and _WRITERS_VOICE.search(first.group()) is not None:
        return True
    return scene and _THIRD_PERSON_SUBJECT.search(text[start:end]) is not None
