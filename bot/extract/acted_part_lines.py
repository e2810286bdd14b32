"""Words an actor says in a part, told as the part's: "as Dessa, she says to Tom, “...”".

An actor named in a part ("as Dessa", "as Tom's mum Dessa") and then speaking, in the present a
scene is told in, gives the part's line, not the actor's remark to anyone reporting: "In one
take, as Dessa, she says to Tom, “...”". So too a piece about footage that opens a scene on an
actor in a part ("Ada Vale, as Tom's mum Dessa, gets a doorstep scene.") and gives the next
sentence's words to no one, to a pronoun ("“...,” she tells him.") or to what the viewer hears
("We only hear “...”"). So too, in a review, words a pronoun says at a moment of the story
("“...,” he says at one point"): the critic quotes the film. Such words are held as a line of
the work.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.lexicon import OFFICE_TITLES, RELATION
from bot.extract.part_lines import PRONOUN_FIRST, held_line
from bot.extract.part_names import is_review
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_PART = r"(?:[A-Z][\w’'-]*[’']s[ ](?:[a-z]+[ ]){1,2})?[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?"
"""A part's name, perhaps after whose kin it is: "Dessa", "Tom's mum Dessa Moor"."""
_AS_PART_SPEAKS = lazy_pattern(
    rf"\bas[ ](?P<part>{_PART}),[ ](?:he|she|they)[ ](?:says|tells|asks|whispers|shouts)\b"
    r"[^.;“”\"‘’]{0,30}?[,:]?[ ]*$"
)
"""In a part, a pronoun speaking straight into the words: "as Dessa, she says to Tom, “". Not
in an office ("Now, as Controller, she says, “...”": the executive's own remark)."""
_AS_PART_TELLS = lazy_pattern(
    rf"\bas[ ](?P<part>{_PART})[ ]and[ ](?:tells|asks|warns|reminds|begs)[ ]"
    r"(?:him|her|them|(?:both|the|his|her|their)[ ][a-z]+)[,:]?[ ]*$"
)
"""In a part, then speaking to someone in the story straight into the words: "returns as Dessa
and tells both boys “", "as Dessa and warns her son: “" (a scene's line; "tells us" or "tells
Variety" is the actor's talk)."""
_AS_PART_SAYING = lazy_pattern(
    rf"\bas[ ](?P<part>[A-Z][\w’'-]*[’']s[ ](?:[a-z]+[ ])?{RELATION}|{_PART}),[ ]"
    r"(?:saying|asking|whispering|shouting|yelling|screaming|crying|pleading|begging|sobbing|"
    r"warning|muttering|murmuring|snapping|hissing|growling|insisting|vowing|declaring|"
    r"telling[ ](?:him|her|them|(?:his|her|their)[ ][a-z]+))[ ]*[,:]?[ ]*$"
)
"""In a part, a comma, then a participle of speech straight into the words: "appears as Tom's
mum, saying “", "as Dessa, warning: “", "as Dessa, telling him: “". Held only in a piece about
footage or a review, where the writer tells a scene; a news piece's "returns as Dessa, saying"
may give the actor's own remark."""
_LINE_WHERE = lazy_pattern(
    r"\b(?:line|lines|scene|scenes)[ ](?:where|in[ ]which|when)[ ](?:[A-Z][\w’'-]*[ ]){1,3}"
    r"(?:says|tells|asks|whispers|shouts|admits|finally[ ]says)\b[^.;“”\"‘’]{0,30}?[,:]?[ ]*$"
)
"""A line or a scene of the script, a name speaking in it in the present straight into the
words: "There’s a line where Dessa says, ‘" (the part's line, quoted inside someone's answer)."""
_ACTOR_AS_PART = lazy_pattern(
    rf"[ “”\"‘’']*[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{0,2}},?[ ]as[ ]{_PART},?[ ]"
    r"(?:[a-z]+ly[ ])?[a-z]{2,}s\b"
)
"""A sentence opening on an actor in a part doing something in the present: "Ada Vale, as
Tom's mum Dessa, gets", "Ada Vale as Dessa gives"."""
_ACTOR_BACK_AS = lazy_pattern(
    rf"[ “”\"‘’']*[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{0,2}}[ ]"
    rf"(?:returns|is[ ]back|appears|comes[ ]back|(?:turns|shows|pops)[ ]up|steps[ ]in|"
    rf"reprises[ ](?:her|his|their)[ ](?:role|part))[ ]as[ ]"
    rf"(?:[A-Z][\w’'-]*[’']s[ ](?:[a-z]+[ ])?{RELATION}\b|{_PART})"
)
"""A sentence opening on an actor back or seen in a part: "Ada Vale returns as Tom's mum", "Ada
Vale appears as Dessa", "turns up as", "reprises her role as". Also how news tells a casting,
so only the words the viewer hears after it ("We only hear “...”") are the part's; "“...,” she
says" may be the actor's remark."""
_PRESENT = lazy_pattern(r"(?:he|she|they|He|She|They)[ ][a-z]+s\b")
_HEARD = lazy_pattern(
    r"\b(?:(?:[Ww]e|[Yy]ou)[ ](?:only[ ]|just[ ]|then[ ])?(?:hear|get)"
    r"(?:[ ](?:her|him|them)[ ](?:say|ask|shout|whisper|mutter))?|[Aa]ll[ ](?:we|you)[ ]"
    r"(?:hear|get)[ ]is)[ ]*$"
)
"""What the viewer hears, straight before the words: "We only hear “", "We hear her say “",
"All we hear is “"."""
_SAID_AT_MOMENT = lazy_pattern(
    r"[”\"’'],?[ ]+(?:he|she|they)[ ](?:says|asks|tells[ ]\w+)[ ](?:at[ ]one[ ]point|early[ ]on|"
    r"late[ ]on|later[ ]on|in[ ]one[ ]scene|at[ ]the[ ](?:end|start)|in[ ]the[ ](?:final|opening|"
    r"last|closing|first)[ ](?:scene|act|minutes|moments|shot|reel))\b"
    r"(?![ ](?:in|during|of)[ ](?:our|the|an|a|this|their|his|her)[ ](?:[a-z]+[ ])?"
    r"(?:chat|interview|conversation|call|talk|lunch|meeting|Q&A))"
)
"""After the closing mark, a pronoun speaking at a moment of the story: "” he says at one
point". Not at a moment of a talk with the critic ("” she says at one point in our chat"):
that is an interview's quote."""


def script_line_lead(text: str, start: int, opens: int) -> bool:
    """``text[start:opens]`` ends on a line or a scene of the script with a name speaking in it,
    the words next: "There’s a line where Dessa says, " (see ``_LINE_WHERE``)."""
    return _LINE_WHERE.search(text, start, opens) is not None


def held_if_acted_part(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are said by an actor in a part (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    frame = doc.sentence_at(quote.start)
    opens = quote.start - 1  # the opening mark
    acted = _AS_PART_SPEAKS.search(doc.masked, frame.start, opens) or _AS_PART_TELLS.search(
        doc.masked, frame.start, opens
    )
    if acted is not None and acted["part"].split()[-1] not in OFFICE_TITLES:
        return held_line(fact)
    saying = _AS_PART_SAYING.search(doc.masked, frame.start, opens)
    if (
        saying is not None
        and saying["part"].split()[-1] not in OFFICE_TITLES
        and (in_footage_piece(doc, quote) or is_review(doc))
    ):
        return held_line(fact)  # "appears as Tom's mum, saying “...”" in a trailer round-up
    if script_line_lead(doc.text, frame.start, opens):
        return held_line(fact)  # "There’s a line where Dessa says, ‘...’"
    if quote.closed and _SAID_AT_MOMENT.match(doc.text, quote.end) and is_review(doc):
        return held_line(fact)
    before = doc.sentence_before(frame)
    if before is None or before.para != frame.para or not in_footage_piece(doc, quote):
        return fact
    if _ACTOR_AS_PART.match(doc.masked, before.start, before.end) is None:
        heard = _HEARD.search(doc.masked, frame.start, opens) is not None
        if heard and _ACTOR_BACK_AS.match(doc.masked, before.start, before.end) is not None:
            return held_line(fact)  # "Ada Vale returns as Tom's mum. We only hear “...”"
        return fact
    told = fact.attribution
    if (
        not told
        or (PRONOUN_FIRST.match(told) and _PRESENT.match(told))
        or _HEARD.search(doc.masked, frame.start, opens)
    ):
        return held_line(fact)
    return fact
