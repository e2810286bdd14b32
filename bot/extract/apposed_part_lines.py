"""An actor, set "as" their part between commas, speaking in the present: a line of the work.

A trailer round-up or a review tells a scene with the actor standing in for the part: "Ada Vale,
as Dessa, mutters: “...”", "Kai Moss, as Orvo's father, sighs “...”". The words are the part's,
spoken in the work, not the actor's to anyone, so they are held. The part must be one the cast
gives (or, with an acted verb such as "deadpans", someone a first name owns: "as Orvo's
father, sighs"): "Ada Vale, as the show's producer, says: “...”"
is a capacity, and her words stay hers; so do past-tense reports ("Ada Vale, as Dessa, said").
The actor may stand inside the sentence ("And when Ada Vale, as Orvo's aunt Dessa, tells him
that “...”", "a voice that belongs to Ada Vale as Dessa, says: “...”"), the part perhaps a
relation and the cast's name ("Orvo's aunt Dessa"). A part with its actor after "played by",
then a colon ("Dessa, played by Ada Vale, is merciless about it: “...”"), is the part's line too,
as is a part named by kin with its actor between dashes ("his mum – Ada Vale – tells him “...”").
"""

from __future__ import annotations

from bot.extract.honorific_names import given_name
from bot.extract.lexicon import RELATION, SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.part_lines import held_line
from bot.extract.part_pronoun_lines import ACTED_SPEECH
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_APPOSED = lazy_pattern(
    rf"(?<![\w’'-])(?P<actor>{NAME}),?[ ](?:(?P<back>back|again|returning|here)[ ])?as[ ]"
    rf"(?P<part>[A-Z][^,.;:“”\"]{{1,40}}?),[ ]"
    rf"(?:[a-z]+ly[ ])?(?:(?P<acted>{ACTED_SPEECH})|says|asks|replies|insists|warns|"
    r"tells[ ](?:[a-z ]{1,20}?|(?P<told>[A-Z][\w-]+)))"
    r"(?:,[ ][a-z]+ly)?[ ]*[,:]?[ ]*$"
)
"""The actor, "as" (or "back as") a part (set off by commas, or only by the one after it), then a
present-tense speaking verb right before the words, perhaps telling a first name alone ("Kai
Moss, as Orvo, tells Wren, “...”": a part speaking to a part; but an actor "back as" a part who
tells a name the cast lacks, "Kai Moss, back as Orvo, tells Empire: “...”", is the actor
interviewed on the return); the acted ones ("deadpans", "snaps") tell a performance, not a
remark."""
_PLAYED_BY = lazy_pattern(
    rf"(?<![\w’'-])(?P<part>{NAME}),[ ](?:who[ ]is[ ])?played[ ]by[ ](?P<actor>{NAME}),[ ]"
    rf"(?:is|gets|has|goes)\b(?:(?!\b{SPEECH_VERBS}\b)[^.;:!?“”\"]){{0,60}}:[ ]*$"
)
"""A part named with its actor in apposition, then a state or a turn and a colon before the
words: "Dessa, played by Ada Vale, is merciless about it: “...”", "Dessa, played by Ada Vale,
gets the best line: “...”". The words are the part's, spoken in the work, unless a sayer comes
in before the colon ("Dessa, played by Ada Vale, is its heart, says director Tom Reed: “...”")."""
_KIN_DASHED = lazy_pattern(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+[’']s)[ ]{RELATION}[ ]*[–—][ ]*(?P<actor>{NAME})"
    r"(?:[,]?[ ][^–—“”\".;:!?]{1,120}?)?[ ]*[–—][ ]*(?:[a-z]+ly[ ])?"
    rf"(?:{ACTED_SPEECH}|says|asks|replies|insists|warns|tells)(?:[ ](?:him|her|them|[A-Z][\w-]+))?"
    r"(?:,[ ][a-z]+ly)?[ ]*[,:]?[ ]*$"
)
"""A part named by kin ("his mum"), its actor between dashes with perhaps a word on the acting,
then a present-tense speaking verb right before the words: "When his mum – Ada Vale, all
stillness – tells him “...”" (a review's scene; the words are the part's)."""
_NAMED_KIN = lazy_pattern(rf"[A-Z][\w-]+[’']s[ ]{RELATION}[ ](?P<name>[A-Z][\w-]+)")
"""A relation, then the part's own name: "Orvo's aunt Dessa"."""
_OWNED = lazy_pattern(rf"(?P<owner>[A-Z][\w-]+)[’']s[ ]{RELATION}$")
"""Someone a part owns: "Cal's mum"."""


def held_if_apposed_part(
    doc: Doc, parts: frozenset[str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when its sentence opens on its speaker, ", as" a part, speaking it."""
    if not fact.served:
        return fact
    sentence = doc.sentence_at(quote.start)
    played = _PLAYED_BY.search(doc.text, sentence.start, quote.start - 1)
    if played is not None and played["actor"] not in (fact.speaker or "-"):
        return held_line(fact)
    kin = _KIN_DASHED.search(doc.text, sentence.start, quote.start - 1)
    if kin is not None and kin["actor"] in (fact.speaker or kin["actor"]):
        return held_line(fact)  # "his mum – Ada Vale, ... – tells him “...”"
    if not fact.speaker:
        return fact
    match = _APPOSED.search(doc.text, sentence.start, quote.start - 1)
    if match is None or not (match["actor"] in fact.speaker or fact.speaker in match["part"]):
        return fact
    part = match["part"]
    if (kin := _NAMED_KIN.fullmatch(part)) is not None:
        part = kin["name"]  # "Orvo's aunt Dessa": the cast's Dessa
    owned = _OWNED.fullmatch(part)
    named = owned["owner"] if owned else part
    given = {given_name(p) for p in parts}
    if match["told"] and match["back"] and not (match["told"] in parts or match["told"] in given):
        return fact  # "Kai Moss, back as Orvo, tells Empire:": the actor on the return
    cast = named in parts or named in given
    if not cast and (owned is None or match["acted"] is None):
        return fact  # "as Tom's mother, says": perhaps his real mother speaking
    return held_line(fact)
