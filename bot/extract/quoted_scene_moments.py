"""A fan's moment of a work, told as a bare phrase: one name saying the words to another.

A comment thread on a release gives the scene it loved in a phrase with no verb of its own: "Ada
Vale saying “...” to Tom Reyes. That's the comment." The two names are the actors, the words
their parts' line in the work, not something either said to anyone reporting. Held only when
nothing credits the words and the phrase is all its sentence holds ("Ada Vale saying “...” to
Tom Reyes at the premiere" is an event, and stays), or a dash and the commenter's own reaction
("Ada Vale saying “...” — I was not ready."). The phrase may open on "And" and close on
the place in the story instead of the other name ("And Ada Vale saying “...” at the bus
stop??"); a place that is an event off screen ("at the panel") keeps the words someone's. A
thread on a trailer also opens a comment on the words and where the footage has them: "“...” at
the end. Chills." is the trailer's line, not the commenter's. So is one a comment
names a line of the work ("“...” Best line of the episode."). A review's "When Cal says
“...”, it lands" gives a scene by a lone first name the page credits with nothing: held too, when
no one could be found to say the words (a name the page knows as a person would speak, unless
the name is only that person's first). "There's
a scene where Cal tells Mira, “...”" names a moment of the work, the name saying the words in
the story's present: held whoever the name was taken for.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.footage_present_lines import given_name_only
from bot.extract.names import FULL_NAME, NAME
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_NAME_SAYING = lazy_pattern(
    rf"(?:^|(?<=\n)|[.!?][ ]+)[ *•-]*(?:(?:And|But|Plus|Also|Then)[ ])?{NAME}[ ]"
    r"(?:saying|telling[ ]\w+|whispering|shouting|yelling|screaming|sobbing)[ ]*[,:]?[ ]*$"
)
"""A sentence opening on a name, full or the surname a fan calls an actor by, perhaps after
"And", and a participle straight into the marks: "Ada Vale saying “", "Vale saying “"."""
_TO_NAME = lazy_pattern(rf"[ ]to[ ]{FULL_NAME}[.!]*(?:[ ]|$)")
"""Right after the closing mark, whom the words are said to, closing the sentence: " to Tom
Reyes."."""
_AT_PLACE = lazy_pattern(
    r"[ ](?:at|in|on|outside|by)[ ]the[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?!(?:premiere|panel|screening|festival|interview|launch|party|event|awards?|ceremony|"
    r"photocall|press|conference|podcast|convention|signing|stage|gala|wrap|table|Q&A)\b)"
    r"[a-z-]+[.!?]+(?:[ ]|$)"
)
"""Right after the closing mark, the place in the story where the words come, closing the
sentence: " at the bus stop??" (not an event off screen: " at the premiere.")."""
_DASHED_REACTION = lazy_pattern(r"[.!?]*[ ]+[—–][ ]+(?:I|I[’']m|I[’']ve|my|me)\b")
"""Right after the closing mark, a dash and the commenter's own reaction: " — I was not ready"
(the phrase is all the scene the comment names; the words are the work's)."""


_BARE_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
"""One capitalised given name, accented or hyphened ("Maddox", "Zoë", "Jean-Luc")."""
_WHEN_NAME_SAYS = lazy_pattern(
    r"[ *•-]*(?:(?:And|But)[ ])?(?:[Ww]hen|[Ww]henever|[Tt]he[ ]moment|[Aa]s)[ ]"
    rf"{_BARE_NAME}(?:[ ](?:finally|quietly|simply|eventually))?[ ]"
    r"(?:(?:says|said|tells|told|asks|asked|whispers|whispered|shouts|shouted|admits|admitted)"
    rf"(?:[ ](?:to[ ])?(?:{_BARE_NAME}|him|her|them|us|me))?)[ ]*[,:]?[ ]*$"
)
"""A clause opening its sentence on "when" (or "as"), one bare capitalised name and a verb of
saying, maybe to someone, straight into the marks: "When Cal says “", "The moment Mira tells
him “", "As Zoë admits to Jean-Luc “"."""
_WHEN_PRONOUN_SAYS = lazy_pattern(
    r"[ *•-]*(?:(?:And|But)[ ])?(?:[Ww]hen|[Ww]henever|[Tt]he[ ]moment)[ ](?:he|she|they)"
    r"(?:[ ](?:finally|quietly|simply|eventually))?[ ](?:says|tells|asks|whispers|shouts)"
    rf"(?:[ ](?:to[ ])?(?:{_BARE_NAME}|him|her|them))?[ ]*[,:]?[ ]*$"
)
"""A clause opening its sentence on "when", a pronoun and a verb of saying in the present,
maybe to someone in the story, straight into the marks: "When she says “", "The moment he tells
her “" (not "tells me": the writer being told; not the past a remark is told in)."""
_SCENE_WHERE_SAYS = lazy_pattern(
    r"\b(?:moment|scene|beat|sequence)[ ](?:where|when|in[ ]which)[ ]"
    r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?(?:[ ](?:finally|quietly|simply|just))?[ ]"
    r"(?:says|tells[ ](?:[A-Z][\w’'-]+|him|her|them)|asks|whispers|shouts|admits)[ ]*[,:]?[ ]*$"
)
"""A moment of the work, then a name saying the words in the story's present, straight into the
marks: "there’s a scene where Cal tells Mira, “", "... tells him, “" (a remark someone made
is told in the past: "a moment when Ada told me"; "tells me" is the writer being told)."""
_TOLD_AT_LENGTH = (
    r"(?:[ ](?:in|on|at|from|of|near|towards?|during)[ ][^,.;:!?“”\"\n]{1,50}?)?"
    r"(?:,[ ][^,.;:!?“”\"\n]{1,40},|,)?[ ](?:where|when|in[ ]which)[ ]"
    r"(?:[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?|he|she|they)"
    r"(?:,[ ][^,.;:!?“”\"\n]{1,50},)?(?:[ ](?:finally|quietly|simply|just|then))?[ ]"
    r"(?:says|goes|tells[ ](?:[A-Z][\w’'-]+|him|her|them)|asks|whispers|shouts|snaps|mutters)"
    r"(?:[ ](?:simply|quietly|softly|flatly|only))?[ ]*[,:]?[ ]*$"
)
"""A moment told at more length, up to the marks: a place, a time in the story or an aside after
it ("in the kitchen where", "near the end, when", ", never aired, in which"), a pronoun or an
aside after the one speaking ("where she, soaked, just goes", "says simply:"), still in the
story's present."""
_SCENE_TOLD_AT_LENGTH = lazy_pattern(rf"\b(?:scene|beat|sequence|bits?){_TOLD_AT_LENGTH}")
"""A moment of the work told at length (see :data:`_TOLD_AT_LENGTH`): "the bit in the interview
room where she just goes “": the work's line, whoever the name or pronoun was taken for. Not a
bare "moment": "a moment in our conversation when she says" is the interview's own."""
_FOOTAGE_TOLD_AT_LENGTH = lazy_pattern(
    rf"\b(?:clip|teaser|trailer|montage|first[ ]look){_TOLD_AT_LENGTH}"
)
"""Footage told the same way ("a first look, never shown before, in which Ada tells Tom, “"):
the work's line only when no speech tag credits anyone (a clip of an actor talking as
themselves is theirs)."""
_SCENE_WITH_SAYING = lazy_pattern(
    r"\b(?:scene|sequence)[ ](?:with|of)[ ][A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}"
    r"(?:,[ ]as[ ][^,.;:!?“”\"]{1,40},)?[ ](?:just[ ]|finally[ ]|quietly[ ])?"
    r"(?:saying|telling[ ](?:[A-Z][\w’'-]+|him|her|them)|asking[ ](?:[A-Z][\w’'-]+|him|her|them)|"
    r"whispering|shouting|yelling)[ ]*[,:]?[ ]*$"
)
"""A scene of the work named by who is in it, then a participle straight into the marks: "the
scene with Ada Vale, as his aunt, telling him “", "the sequence of Cal whispering “" (the
part's line, whoever the name was taken for)."""
_OPENS_PARA = lazy_pattern(r"[ ]*(?:[-–•*][ ]+)?")
"""Nothing before the marks in their paragraph but a bullet."""
_AT_MOMENT = lazy_pattern(
    r"[,.!?]?[ ]+(?:at|in|near|during|towards?)[ ](?:the[ ])?(?:very[ ])?"
    r"(?:end|start|beginning|finale|climax|(?:last|final|closing|opening)[ ]"
    r"(?:shot|scene|seconds?|moments?|frame))\b(?![ ]of[ ](?:the|an?|our|my)[ ]"
    r"(?:interview|call|chat|panel|conversation|statement|post|speech|Q&A|press))"
)
"""Right after the closing mark, where in the footage the words come: " at the end", " in the
final scene" (not the end of an interview or a statement, which someone gave)."""
_LINE_OF_THE_WORK = lazy_pattern(
    r"[,.!?]?[ ]+(?:(?:Easily|Honestly|Genuinely|Surely|Just)[ ])?(?:(?:The|the|My|my)[ ])?"
    r"(?:(?:[A-Za-z]+est|[Ff]avou?rite|[Tt]op)[ ])?(?:[Ll]ine|[Qq]uote)[ ](?:of|in|from)[ ]"
    r"(?:the|this)[ ](?:whole[ ]|entire[ ])?"
    r"(?:episode|series|season|show|film|movie|finale|trailer|teaser)\b"
)
"""Right after the closing mark, a comment naming the words a line of the work: " Best line of
the episode", " The funniest line in the whole series", " My favourite quote from the finale" (a
fan thread quoting the show; not "line of the year", which a remark to the press may be called
too)."""


def held_if_footage_moment(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words open their paragraph and are placed at a moment of the
    footage a trailer piece is about: "“...” at the end.", or are named a line of the work
    right after: "“...” Best line of the episode." (see above)."""
    if not fact.served or not quote.closed or fact.continues_previous:
        return fact
    para = doc.paras[quote.para]
    if _OPENS_PARA.fullmatch(doc.text, para.start, max(quote.start - 1, para.start)) is None:
        return fact
    if _LINE_OF_THE_WORK.match(doc.text, quote.end + 1, para.end) is not None:
        return held_line(fact)  # "“...” Best line of the episode."
    if _AT_MOMENT.match(doc.text, quote.end + 1, para.end) is None:
        return fact
    return held_line(fact) if in_footage_piece(doc, quote) else fact


def held_if_scene_when(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when, credited to no one or to a full name the bare name only begins,
    its words follow "When <Name> says" opening the sentence (see above): a moment of the work,
    the name a part's (the press calls a person by the surname, a fan a part by the first)."""
    if not fact.served or fact.continues_previous:
        return fact
    if fact.source is not SourceKind.UNATTRIBUTED and not given_name_only(fact):
        return fact
    sentence = doc.sentence_at(quote.start)
    if _WHEN_NAME_SAYS.fullmatch(doc.text, sentence.start, max(quote.start - 1, 0)) is None:
        return fact
    return held_line(fact)


def held_if_actor_scene_when(
    doc: Doc, actors: frozenset[str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when its words follow "When she says" opening the sentence and the pronoun
    was taken for an actor of the article's cast, or for no one: a fan retelling a moment of the
    work, whose words the actor speaks in a part (an actor's remark to the press is told in the
    past)."""
    if not fact.served or fact.continues_previous:
        return fact
    if fact.speaker not in actors and not faceless(fact):
        return fact
    sentence = doc.sentence_at(quote.start)
    if _WHEN_PRONOUN_SAYS.fullmatch(doc.text, sentence.start, max(quote.start - 1, 0)) is None:
        return fact
    return held_line(fact)


def held_if_scene_where(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words follow "a scene where <Name> says" or "the scene with <Name>
    saying" in its sentence (see above): the line of a part, whoever the name was taken for; or,
    the moment told at more length (:data:`_SCENE_TOLD_AT_LENGTH`), or footage so told with no
    speech tag (:data:`_FOOTAGE_TOLD_AT_LENGTH`)."""
    if not fact.served or fact.continues_previous:
        return fact
    sentence = doc.sentence_at(quote.start)
    opens = max(quote.start - 1, sentence.start)  # the opening mark
    told = (
        _SCENE_WHERE_SAYS.search(doc.text, sentence.start, opens)
        or _SCENE_WITH_SAYING.search(doc.text, sentence.start, opens)
        or _SCENE_TOLD_AT_LENGTH.search(doc.text, sentence.start, opens)
    )
    if told is None and (
        fact.attribution or _FOOTAGE_TOLD_AT_LENGTH.search(doc.text, sentence.start, opens) is None
    ):
        return fact
    return held_line(fact)


def held_if_scene_moment(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when, credited to no one, its words sit in a verbless "A saying “...” to
    B." (see above)."""
    if not fact.served or fact.source is not SourceKind.UNATTRIBUTED or not quote.closed:
        return fact
    para = doc.paras[quote.para]
    opens = quote.start - 1  # the opening mark
    if _NAME_SAYING.search(doc.text, para.start, opens) is None:
        return fact
    after = quote.end + 1
    if (
        _TO_NAME.match(doc.text, after, para.end) is None
        and _AT_PLACE.match(doc.text, after, para.end) is None
        and _DASHED_REACTION.match(doc.text, after, para.end) is None
    ):
        return fact
    return held_line(fact)
