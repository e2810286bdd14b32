"""Words an actor speaks in their part, as a fan or a critic quotes them: not the actor speaking
to anyone. Two shapes:

- words no one is named to say, right after a sentence that gives an actor in their part ("Ada
  Vale as Dessa got the biggest laugh in the room. “...” — iconic");
- words the actor's own sentence gives them in their part, telling someone the part owns ("Ada
  Vale steals the trailer as Dessa's aunt, Pim, telling her niece: “...”"): only a part has a
  niece to speak to in a trailer;
- words led in as a line the speaker's part says ("Vale quotes a line her character says: “...”"),
  or spoken "in character".

The words are held, never served as the actor's."""

from __future__ import annotations

from bot.extract.lexicon import RELATION
from bot.extract.names import NAME
from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_IN_PART = lazy_pattern(rf"[ “”\"‘’'*-]*(?P<actor>{NAME})[ ]as[ ][A-Z]")
"""A sentence that opens on an actor, then "as" and their part."""
_OPENS_ON = lazy_pattern(rf"[ “”\"‘’'*-]*(?P<actor>{NAME})\b")
_AS_PART = lazy_pattern(r"[ ]as[ ][A-Z]")
_TELLS_OWN = lazy_pattern(
    r"\b(?:telling|tells|asking|asks|reminding|reminds|warning|warns|begging|begs)[ ]"
    rf"(?:his|her|their)[ ]{RELATION}[ ]*[,:]?[ ]*$"
)
"""Speaking, in the present, to someone the part owns, right before the words ("telling her
son:")."""
_PART_SAYING = lazy_pattern(
    r"\b[A-Z][\w’'-]*[ ]as[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[ ]"
    r"(?:saying|whispering|shouting|yelling|snapping|telling[ ][a-zA-Z]+|asking[ ][a-zA-Z]+)"
    r"[ ]*[,:]?[ ]*$"
)
"""An actor in their part, then a participle straight into the words ("Ada Vale as Dessa
saying “...” is the best line"): the part speaks. The actor's name right before "as": "her
years as Dessa saying “...”" is an actor looking back on the part, her own words."""
_IN_CHARACTER = lazy_pattern(r",[ ]in[ ]character,[ ]*[“\"‘']?$")
"""The speaker voicing their part, set off by commas right before the words ("Vale says, in
character, “...”"): the part's line, not the actor's remark."""
_PART_GIVES = lazy_pattern(
    r"\b(?:[Aa]|[Tt]he|[Oo]ne|[Tt]hat)[ ](?:[a-z]+[ ]){0,2}line[ ](?:that[ ]|which[ ])?"
    r"(?:(?:his|her|their|the)[ ](?:character|part|role)|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[ ]"
    r"(?:says|said|speaks|spoke|delivers|delivered|utters|uttered|gets|got|has|had)\b"
    r"[^.;:!?“”\"]{0,40}[:,][ ]*[“\"‘']?$"
)
"""A line named as the one the speaker's part (or a part or player by name) says, right before
the words ("quotes a line his character says on air: “...”", "the line Mira says in the finale:
“...”"): the work's line, whoever repeats it to the press."""


def held_if_role_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it has no attribution of its own and its sentence, or the sentence
    before, opens on its speaker in a part (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    sentence = doc.sentence_at(quote.start)
    if (
        _IN_CHARACTER.search(doc.text, sentence.start, quote.start) is not None
        or _PART_GIVES.search(doc.text, sentence.start, quote.start) is not None
    ):
        return held(fact, LINE_OF_THE_WORK)  # "Vale says, in character, “...”"
    if fact.attribution:
        return fact
    lead = doc.text[sentence.start : quote.start - 1]
    if lead.strip(" *-–—•"):
        return held(fact, LINE_OF_THE_WORK) if _told_in_part(lead, fact) else fact
    if not fact.speaker:
        return fact
    before = doc.sentence_before(sentence)
    if before is None or before.para != sentence.para:
        return fact
    match = _IN_PART.match(doc.text, before.start, before.end)
    if match is None or match["actor"] not in fact.speaker:
        return fact
    return held(fact, LINE_OF_THE_WORK)


def _told_in_part(lead: str, fact: QuoteFact) -> bool:
    """``lead``, the sentence up to the words, opens on the speaker (or on a name, when the
    words have no speaker), gives them a part and ends on the part telling someone it owns."""
    if _TELLS_OWN.search(lead) is None and _PART_SAYING.search(lead) is None:
        return False
    opens = _OPENS_ON.match(lead)
    return (
        opens is not None
        and (not fact.speaker or opens["actor"] in fact.speaker)
        and _AS_PART.search(lead, opens.end()) is not None
    )
