"""A "she" or "he" speaking in the present right after a sentence that opens on a part: the
part's line in the work, as a guide or a review retells a scene.

"Dessa's first act as captain is to sell the boat. “...,” she tells the crew." (or "Ada Vale's
Dessa at the helm! “...” she says"). The pronoun takes up Dessa, whom the article names only as
a part; a person named further back (the writer, quoted a sentence or two before) is not who
speaks. The words are held. Not when the sentence before opens on a person ("Ada Vale's new film
opens in May. “...,” she says."), nor in the past tense ("she told the crew": a report of
someone speaking to the press), nor when that sentence talks of the part as a role ("Dessa is
the role she waited for. “...,” she says": the actor speaking of her part).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.footage_lines import FOOTAGE_WORDS, in_footage_piece
from bot.extract.honorific_names import given_name
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

ACTED_SPEECH = (
    r"snaps|sighs|mutters|whispers|shouts|yells|deadpans|quips|drawls|hisses|growls|purrs"
)
"""Present-tense verbs that act a line out, as a scene retold has them ("she snaps")."""
LINE_OF_THE_WORK = "a line spoken in the work"
"""The doubt of a line a part speaks in the work, held as no one's remark."""
_PRESENT_PRONOUN = lazy_pattern(
    rf"(?:[Ss]he|[Hh]e)[ ](?:says|tells|asks|{ACTED_SPEECH}|insists|warns|replies|announces|"
    r"declares)\b"
)
"""A pronoun and a present-tense speaking verb, perhaps opening its sentence ("She says"): the
attribution of a retold scene."""
_OPENING_NAME = lazy_pattern(
    r"[ “”\"‘’'*-]*(?:\d{1,2}:\d{2}[ ]*[–—-]?[ ]*)?(?P<name>[A-Z][\w-]+)(?:[’']s)?\b"
)
"""The first word of a sentence, a possessive's owner or a subject, past the time code a
breakdown of a trailer opens each shot on ("1:15 – Dessa, at the harbour.")."""
_OWNED_OPENING = lazy_pattern(
    r"[ “”\"‘’'*-]*(?P<owner>[A-Z][\w-]+(?:[ ][A-Z][\w-]+){1,2})[’']s[ ]"
    r"(?P<name>[A-Z][\w-]+)(?=[ ][a-z]|[!.?,])"
)
"""A sentence opening on an actor's part, owned by the actor's full name, in a piece about
footage: "Ada Vale’s Dessa in the harbour!" (the part, not the actor, is who the scene shows)."""
_FOOTAGE_SHOWS = lazy_pattern(
    r"[ “”\"‘’'*-]*(?:The|This|That|Its)[ ](?:(?:new|first|full|final|latest|official)[ ])*"
    rf"(?:{FOOTAGE_WORDS})[ ](?:opens|ends|closes|begins|starts|cuts|finds|shows|catches)[ ]"
    r"(?:on|with|to|in)?[ ]?(?:her|him)\b"
)
"""A sentence that opens on the footage showing someone: "The trailer opens with her staring
at a phone." A "she says" right after it is the scene going on, not an interview."""
_AS_A_ROLE = lazy_pattern(r"\b(?:role|part|character|casting|audition(?:ed|s)?)\b")
"""The part talked of as a role, in the actor's own talk, not acted in a scene."""


def held_if_part_pronoun(
    doc: Doc,
    parts: frozenset[str],
    quote: Quote,
    fact: QuoteFact,
    owns_part: Callable[[str, str], bool] = lambda _owner, _name: False,
) -> QuoteFact:
    """``fact`` held when a present-tense "she says" credits it and the sentence before, in the
    same paragraph, opens on a part that no one it names shares, on a part a person owns
    (``owns_part(owner, name)``) in a piece about footage, or on footage showing "her" or "him" (see
    above)."""
    if not fact.served or fact.source is not SourceKind.PERSON:
        return fact
    if _PRESENT_PRONOUN.fullmatch(fact.attribution) is None:
        return fact
    sentence = doc.sentence_at(quote.start)
    before = doc.sentence_before(sentence)
    if before is None or before.para != sentence.para:
        return fact
    if _FOOTAGE_SHOWS.match(doc.text, before.start, before.end):
        return held(fact, LINE_OF_THE_WORK)  # "The trailer opens with her ... “...,” she says"
    opens = _OPENING_NAME.match(doc.text, before.start, before.end)
    owned = _OWNED_OPENING.match(doc.text, before.start, before.end)
    if (
        owned is not None
        and owns_part(owned["owner"], owned["name"])
        and in_footage_piece(doc, quote)
    ):
        return held(fact, LINE_OF_THE_WORK)  # "Ada Vale’s Dessa at sea! “...” she says"
    if opens is None or opens["name"] not in parts:  # no parts: nothing opens on one
        return fact
    if _AS_A_ROLE.search(doc.text, before.start, before.end):
        return fact  # "Dessa is the role she waited for": the actor speaking of her part
    if opens["name"] in fact.speaker.split() or given_name(fact.speaker) == opens["name"]:
        return fact
    return held(fact, LINE_OF_THE_WORK)
