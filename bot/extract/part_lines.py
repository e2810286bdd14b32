"""Lines a part speaks in the work, told in a review or a trailer: not anyone's quote.

"“You never ring first,” Marlo says", "“...,” says Dessa.", "Dessa, on the pier: “...”" and
"the last line is Dessa's: “...”" quote a character; "“...,” she tells Orvo" speaks to one,
and only a part speaks to a part. Such words are held for review, never served as a person's
quote. A part named as someone's role ("Kai Moss, who plays Dessa, says") is not who speaks. In
a review (its headline says so, or stars rate it), the critic quotes the film far more than
anyone who made it: a quote there that no name introduces (none at all, "she snaps", "she
tells her sister", or "she tells Orvo", to someone never named as a person) is held.
"""

from __future__ import annotations

import re

from bot.extract.actor_owned_parts import actor_owned_part, person_named
from bot.extract.bracketed_actor_lines import bracketed_actor_line
from bot.extract.bracketed_lines import bracketed_part_line
from bot.extract.figure_lines import figure_line
from bot.extract.footage_bare_lines import bare_footage_line
from bot.extract.footage_lines import PLACED_SPEAKING, in_footage_piece, told_in_footage
from bot.extract.footage_moments import moment_line
from bot.extract.footage_present_lines import spoken_in_footage
from bot.extract.footage_scenes import scene_line
from bot.extract.held_continuations import held_with_head
from bot.extract.honorific_names import given_name
from bot.extract.lexicon import RELATION, STOP_TOKENS, honorific
from bot.extract.names import NAME, NAME_RE
from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from bot.extract.people import People
from bot.extract.snarled_lines import snarled_line
from bot.extract.text import Doc, Quote, Span
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_SPEAKS = (
    r"(?:says|said|tells|told|asks|asked|replies|replied|snaps|snapped|whispers|whispered|"
    r"shouts|shouted|mutters|muttered|sighs|sighed|yells|yelled|cries|cried|insists|insisted|"
    r"jokes|joked|quips|quipped|deadpans|deadpanned|warns|warned|pleads|pleaded|hisses|hissed|"
    r"murmurs|murmured|begs|begged|growls|growled|screams|screamed|teases|teased|declares|"
    r"declared|answers|answered|promises|promised|vows|vowed|threatens|threatened)"
)
"""What a part does as it speaks a line: says it, or warns, pleads, begs, vows, threatens ("“...,”
Dessa warns in the first episode")."""
_VERB_AFTER = lazy_pattern(
    r"(?:,[ ](?:who[ ]is[ ])?(?:played|voiced|portrayed)[ ](?:[a-z]+[ ]){0,2}?by[ ]"
    r"[A-Z][^,.;:“”\"]{1,40},)?"
    rf"[ ](?:{_SPEAKS}|say|saying|telling|asking)\b"
)
"""A part, then its speaking: "Marlo says", "Dessa saying “...”", "to hear Dessa say “...”" (a
fan's or a critic's retelling of a scene), past who plays it ("Marlo, played again by Vale,
tells him")."""
_TO_PART = lazy_pattern(
    r"\b(?:tells|told|telling|asks|asked|asking|says[ ]to|said[ ]to|snaps[ ]at|snapped[ ]at|"
    r"whispers[ ]to|replies[ ]to|replied[ ]to|warns|warned|warning|reminds|reminded)[ ]$"
)
"""Speaking to a part, which only a part does: "she tells Orvo", "who warns Orvo that"."""
_SAYS_BEFORE = lazy_pattern(rf"\b{_SPEAKS}[ ]$")
_TAIL = lazy_pattern(r"[ ][^.!?;,“”\"\n–—]{1,40}?(?:[.!?;,]|[ ][–—-][ ])")
"""A short clause after a quotation's closing mark, up to its own end, a comma or a dash ("“...?”
Marlo asks.", "“...?” Marlo asks in one scene, to which ...", "“...?” Marlo asks – a line ...")."""
_CLAUSE_END = lazy_pattern(r"[ ]*(?:[,.;!?]|$)")
"""Said-verb then the part, then the clause ends: "“...,” says Marlo." (in "said Marlo had been
“...”" the writer reports what someone said about the part)."""
_ROLE_BEFORE = lazy_pattern(
    r"(?:\bplays|\bplayed|\bplaying|\bas|\brole[ ]of|\bvoices|\bvoicing|[’']s)[ ]$"
)
"""A part named as an actor's role or possession ("who plays Dessa", "Kai Moss's Dessa")."""
_THEN_SAYS = lazy_pattern(
    r"[ ](?:[a-z][a-z’'-]*[ ]){1,12}(?:[a-z][a-z’'-]*,[ ][“\"][^“”\"]{1,60}[”\"],[ ])?"
    rf"and[ ]{_SPEAKS}(?:,[ ][a-z]+ly)?,?[ ]"
)
"""The part does something, then speaks: "when Marlo stands on the platform and says “...”",
"... and says, flatly, “...”" (a scene told in a trailer or a review; lowercase words only, so no
one else comes between, but an episode's title in marks after them: "in episode two, “...”, and
says")."""
_VERBS_INTO_WORDS = lazy_pattern(r"[ ](?:[a-z]+ly[ ])?[a-z]{3,}s,?[ ]*")
"""The part, a verb in the present, then the words at once: "Corisande hisses “...”" (a line a
trailer round-up or a review gives its part, whatever the verb)."""
_CLAUSE_OPEN = lazy_pattern(r"(?:^|[.!?;][ ]+)[ “”\"‘’']*(?:[-–•*][ ]+)?$")
_COLON_TO_WORDS = lazy_pattern(
    r"(?:,[ ][^,.:;“”\"]{1,40}|[ ]to[ ](?P<to>[A-Z][^,.:;“”\"]{1,40}))?:[ ]*$"
)
"""A part that opens a clause or a bulleted line, perhaps a scene after a comma or the part it
speaks to, then a colon before the words: "Dessa, on the pier: “...”", "- Dessa: “...”", "Dessa
to Orvo at the gate: “...”" (a trailer round-up or a thread listing the lines and who has them).
Told to someone who is no part, it is a press line ("Dessa to Variety: “...”")."""
_TO_PART_COLON = lazy_pattern(r",[ ]to[ ]$")
"""Words said to a part, then a colon: "- Orvo, to Dessa: “...”" (only a part speaks to one)."""
_LINE_FROM = lazy_pattern(r"\b(?:line|lines)\b[^.;:“”\"]{0,80}?[ ](?:comes|came|come)[ ]from[ ]$")
"""A line of the work said to come from a part, then a colon before the words ("The line
everyone will repeat comes from Tamsa: “...”"): the part's line, not a person's quote."""
_LINE_IS = lazy_pattern(
    r"\b(?:line|lines|word|words)\b[^.;:“”\"]{0,80}?[ ](?:is|are|was|were|belongs[ ]to|belong[ ]to|"
    r"goes[ ]to|go[ ]to|went[ ]to)[ ]$"
)
_OWNS_WORDS = lazy_pattern(r"(?:[’']s)?(?:,[ ][^,.;:“”\"]{1,40})?(?::|[ ]—)[ ]*")
"""A line of the work said to be a part's, perhaps a shot after a comma, then a colon or a dash
before the words ("The last line, over the platform shot, is Dessa’s: “...”", "the final line is
Dessa’s, over the pier: “...”", "the last word goes to Tamsa — “...”")."""
PRONOUN_FIRST = lazy_pattern(r"(?:he|she|they|He|She|They)\b")
"""An attribution that opens on a pronoun ("she snaps", "he whispers"), not on a name."""
_NARRATES = lazy_pattern(
    r"(?:he|she|they|He|She|They)[ ](?:snaps|whispers|mutters|shouts|yells|sighs|cries|pleads|"
    r"murmurs|deadpans|quips|retorts|sobs|screams|hisses|teases|warns)\b"
)
_TELLS = lazy_pattern(
    rf"[,.!?]?[ ]*(?:he|she|they)[ ](?:tells|told|asks|asked|says[ ]to|said[ ]to|snaps[ ]at|"
    rf"replies[ ]to|teases|warns|reminds)[ ](?:(?P<name>{NAME})|(?:him|her|them)\b)"
    r"|[,.!?]?[ ]*(?:he|she|they)[ ](?:says|said|shouts|shouted),?[ ]to[ ]"
    r"(?:a|an|the|his|her|their)[ ]"
)
"""Who a pronoun's words are spoken to: a name, or someone in the story ("he tells him",
"she says, to a roomful of relatives")."""
_TELLS_KIN = lazy_pattern(
    r"\b(?:he|she|they)[ ](?:[a-z]+ly[ ])?(?:tells|asks|snaps[ ]at|says[ ]to|whispers[ ]to|"
    r"shouts[ ]at|begs|warns|reminds)[ ](?:(?:his|her|their)[ ][a-z-]+|him|her|them),?[ ]"
    r"(?:that[ ])?$"
)
"""A pronoun that speaks, in the present a review tells its story in, to someone it owns or to
another pronoun, right before the words ("when she finally tells her sister “...”", "When she
tells him, “...”", "she tells her son that “...”"): a part speaking to a part (a maker's
remarks are told in the past: "she told her audience")."""
_TELLS_NAME_BEFORE = lazy_pattern(
    rf"\b(?:he|she|they)[ ](?:[a-z]+ly[ ])?(?:tells|asks|warns|reminds|begs)[ ]"
    rf"(?P<name>{NAME}),?[ ]*$"
)
"""A pronoun telling a name, in a review's present, right before the words ("When he tells
Orvo, “...”"): spoken to someone in the story unless the name is a person's."""
_NAME_TELLS_KIN = lazy_pattern(
    rf"\b(?:tells|asks|warns|reminds|begs)[ ](?:his|her|their)[ ]{RELATION},?[ ]*$"
)
"""A name speaking, in a review's present, to its kin or friend right before the words
("where Dessa, soaked to the skin, tells her brother “...”"): the story's people, not a maker
(whose remarks a review tells in the past)."""
_STORY_FIGURE = lazy_pattern(
    r"(?:the|a|an|his|her|their)[ ][a-z][^.;:“”\"]{0,80}?[ ]"
    r"(?:tells|says|asks|snaps|warns|informs|reminds|offers)$"
)
"""Someone in the story, described and never named, speaking in the present a review tells its
story in ("the bank manager (a nicely oily Ada Vale) tells")."""
_KIN_REACH = 60
_KIN_SAYS = lazy_pattern(
    rf"[’']s[ ]{RELATION}[ ](?:saying|says|said|telling|tells|told|asking|asks|asked)"
    r"(?:[ ](?:him|her|them|[A-Z][\w’'-]*))?[ ]*[,:]?[ ]*"
)
"""A part's kin or friend speaking, the words next ("Rook's mum saying “...”"): someone in the
story, never a person the press speaks to, is the one tied to a part."""
_PARTS_LINE = lazy_pattern(
    r"[’']s[ ](?:(?:first|last|final|opening|closing|big)[ ])?"
    r"(?:line,?[ ]?|(?:reply|answer|response|retort|comeback)[ ]?[:–—][ ]*)"
)
"""A part's line, or its reply set off by a colon or a dash, then its words: "closes on Dessa’s
line “...”", "Ivo’s line, “...”,", "Dessa’s reply: “...”"."""
_OWNED_PART_TELLS = lazy_pattern(
    rf"(?P<owner>[A-Z][\w’'-]*)[’']s[ ]{NAME}[ ](?:[a-z]+ly[ ])?(?:tells|told|asks|asked|warns|"
    r"warned|reminds|reminded|begs|begged)[ ](?:him|her|them)\b[^.;“”\"]{0,40}?[:,]?[ ]*$"
    rf"|(?P<sayer>[A-Z][\w’'-]*)[’']s[ ]{NAME}(?:,[ ](?P<aside>[^,.;:!?“”\"]{{1,40}}),)?[ ]"
    r"(?:says|said|asks|asked|whispers|whispered|saying|asking|whispering|"
    r"(?:delivers|delivered)[ ](?:a|an|the)[ ](?:[a-z-]+[ ])?),?[ ]*$"
)
"""An actor's part telling someone in the story, straight before the words ("Ada Vale’s Dessa
Moor tells him: “...”"): the part speaks, whether or not the cast names it. The owner must be a
person's surname (:func:`surnamed`): "Kestrel’s Tom Reed told her" is a company's man. So
too an actor's part that says the words straight ("Ada Vale’s Dessa Moor said “...”", "...
delivers a deadpan “...”", "Ada Vale’s Dessa, late on, saying “...”")."""
_PRESS_ASIDE = lazy_pattern(
    r"\b(?:statement|interview|speaking|spoke|talking|press|panel|podcast|reporters|asked[ ]about|"
    r"yesterday|last[ ]week|this[ ]week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
"""An aside that sets the words in the press, not the story ("Ada Vale’s Tidewater, in a statement
on Tuesday, said “...”"): the company or the person owned speaks for real, no line of the work."""
_NAME_GOES_ON = lazy_pattern(r"[\w-]")
_CLIP_OF_TELLING = lazy_pattern(
    rf"\b(?:clips?|scenes?|trailer|teaser|footage)[ ]of[ ]{NAME}(?:[ ]\({NAME}\))?[ ]"
    r"(?:telling|asking|warning|"
    rf"reminding|begging)[ ](?:(?:his|her|their)[ ]{RELATION}s?|him|her|them),?[ ]*$"
)
"""Footage of someone telling kin or a "him" something, straight before the words ("a clip of
Dessa Moor telling her son “...”"): someone in the story speaking, whether or not the cast
names the part, perhaps with its actor in brackets ("a clip of Dessa (Ada Vale) telling her
son, “...”"); not a star telling her fans or followers (her own words)."""
_LINE_FROM_PART = lazy_pattern(r"\b(?:line|lines|words)[ ](?:from|of)[ ]$")
"""A line named as a part's, the part next: "The closing line from Dessa, “...”"."""
_STRAIGHT_TO_WORDS = lazy_pattern(r"[,:]?[ ]*")


def held_if_part_speaks(
    doc: Doc,
    parts: frozenset[str],
    frame: Span,
    quote: Quote,
    fact: QuoteFact,
    *,
    reviewed: People | None,
) -> QuoteFact:
    """``fact`` held when the words around its quote have a part speak them or be spoken to."""
    if not fact.served:
        return fact
    if scene_line(doc, quote):
        return held_line(fact)  # "the trailer ... as Orla tells her brother, “...”"
    if figure_line(doc, quote):
        return held_line(fact)  # "“...,” a woman warns her" in a trailer
    if snarled_line(doc, quote):
        return held_line(fact)  # "“...,” she snarls" in a trailer
    if spoken_in_footage(doc, quote, fact):
        return held_line(fact)  # "“...,” she tells him" in a paragraph about a trailer
    if moment_line(doc, quote):
        return held_line(fact)  # "“...,” he says over the final shot" in a trailer
    if not (fact.attribution or fact.continues_previous) and told_in_footage(doc, quote, parts):
        return held_line(fact)  # "He hides a lantern, then tells Wren, “...”" in a trailer
    if reviewed is not None and _unnamed(doc, quote, fact, reviewed):
        return held_line(fact)
    if bracketed_actor_line(doc, quote):
        return held_line(fact)  # "Dessa (Ada Vale) deadpanning “...”" in a trailer round-up
    if bare_footage_line(doc, quote, fact):
        return held_line(fact)  # "... owns the whole teaser. “Close the door.”" in a trailer
    before = max(frame.start, quote.start - 1)
    owned = _OWNED_PART_TELLS.search(doc.masked, frame.start, before)
    if owned and owned["aside"] and _PRESS_ASIDE.search(owned["aside"]):
        owned = None  # "Ada Vale’s Tidewater, in a statement, said “...”": a real statement
    if (owned and surnamed(doc.text, owned["owner"] or owned["sayer"])) or _CLIP_OF_TELLING.search(
        doc.masked, frame.start, before
    ):
        return held_line(fact)  # "Ada Vale’s Dessa Moor tells him: “...”", "a clip of X telling"
    if not parts:
        return fact
    if bracketed_part_line(doc, quote, parts):
        return held_line(fact)  # "“...” (Rue, on the jetty.)" in a thread of a trailer's lines
    chunk = doc.masked[frame.start : _frame_end(doc, frame, quote)]
    if not any(part in chunk for part in parts):
        return fact
    opens = quote.start - 1 - frame.start  # the opening mark
    for match in NAME_RE.finditer(chunk):
        start, end = _part_span(chunk, match, parts)
        if start < 0 or _ROLE_BEFORE.search(chunk, 0, start):
            continue
        if end < opens and _PARTS_LINE.fullmatch(chunk, end, opens):
            return held_line(fact)  # "the trailer closes on Dessa’s line “...”"
        if (
            end < opens
            and _LINE_FROM_PART.search(chunk, 0, start)
            and _STRAIGHT_TO_WORDS.fullmatch(chunk, end, opens)
        ):
            return held_line(fact)  # "the closing line from Dessa, “...”"
        if (
            end < opens
            and _LINE_IS.search(chunk, 0, start)
            and _OWNS_WORDS.fullmatch(chunk, end, opens)
        ):
            return held_line(fact)  # "the last line is Dessa’s: “...”"
        if end < opens and _KIN_SAYS.fullmatch(chunk, end, opens):
            return held_line(fact)  # "Dessa's dad saying “...”"
        if chunk.startswith(("’s", "'s"), end):
            continue  # "Kai Moss tells Dessa's fans": the part owns, it does not hear
        if (
            end < opens
            and (_LINE_FROM.search(chunk, 0, start) or _CLAUSE_OPEN.search(chunk, 0, start))
            and (colon := _COLON_TO_WORDS.fullmatch(chunk, end, opens))
            and (
                colon["to"] is None
                or any(part in colon["to"] for part in parts)
                or _to_first_name_in_footage(doc, quote, colon["to"])
            )
        ):
            # "the line ... comes from Tamsa: “...”", "Marlo, on the platform: “...”"
            return held_line(fact)
        if end < opens and _TO_PART_COLON.search(chunk, 0, start) and chunk[end] == ":":
            return held_line(fact)  # "- Orvo, to Dessa: “...”"
        if _VERB_AFTER.match(chunk, end) or _TO_PART.search(chunk, 0, start):
            return held_line(fact)  # "Marlo says", "she tells Orvo"
        if _SAYS_BEFORE.search(chunk, 0, start) and _CLAUSE_END.match(chunk, end):
            return held_line(fact)  # "says Marlo."
        if end < opens and _VERBS_INTO_WORDS.fullmatch(chunk, end, opens):
            return held_line(fact)  # "Corisande hisses “...”"
        if end < opens and _THEN_SAYS.fullmatch(chunk, end, opens):
            return held_line(fact)  # "Marlo stands on the platform and says “...”"
        if end < opens and PLACED_SPEAKING.fullmatch(chunk, end, opens):
            return held_line(fact)  # "Ysa in a lift, hissing “...”"
    return fact


def _to_first_name_in_footage(doc: Doc, quote: Quote, told: str) -> bool:
    """A part speaking to a first name alone, in a piece about footage ("Dessa to Orvo: “...”"
    in a trailer breakdown, though the cast never names Orvo): only a part speaks to a part
    there; an outlet the part's name could tell ("to Variety") stays a press line elsewhere."""
    return told.isalpha() and told.istitle() and in_footage_piece(doc, quote)


def surnamed(text: str, owner: str) -> bool:
    """``owner`` is a person's surname: the article gives it whole after a first name ("Ada
    Vale", never "The Kestrel", "At Kestrel" or "Ada Kestrelford")."""
    at = text.find(f" {owner}")
    while at > 0:
        first = text[max(at - 30, 0) : at].split()[-1:]
        if (
            first
            and first[0][:1].isupper()
            and first[0].isalpha()
            and first[0] not in STOP_TOKENS
            and not _NAME_GOES_ON.match(text, at + 1 + len(owner))
        ):
            return True
        at = text.find(f" {owner}", at + 1)
    return False


def _part_span(chunk: str, match: re.Match[str], parts: frozenset[str]) -> tuple[int, int]:
    """Where a part is named in ``match`` ((-1, -1) if not): the whole name, or, for a name that
    opens the sentence, what follows its first word ("Also Mira saying ...": a capital an opening
    word takes, not a name's); so too after a capitalised function word that opens a clause
    anywhere ("u/someone: When Mira said “...”")."""
    name, (start, end) = match.group(), match.span()
    if name in parts:
        return start, end
    first, _, rest = name.partition(" ")
    opens = not chunk[:start].strip(" “”\"‘’'") or first in STOP_TOKENS
    if rest in parts and first not in parts and opens:
        return end - len(rest), end
    if honorific(first) and given_name(name) in parts:
        return start, end  # "Lady Dessa Moor", the cast's "Dessa": a title before the part
    return -1, -1


def _frame_end(doc: Doc, frame: Span, quote: Quote) -> int:
    """Where the sentence of ``quote`` ends, taking in the few words after a quotation that ends
    on its own question or exclamation mark ("“..., then?” Marlo asks."), which the sentence
    split leaves to the next sentence."""
    closing = quote.end + 1
    if not quote.closed or frame.end > closing or doc.text[quote.end - 1 : quote.end] not in "?!":
        return frame.end
    tail = _TAIL.match(doc.masked, closing)
    return frame.end if tail is None else max(frame.end, tail.end())


def _unnamed(doc: Doc, quote: Quote, fact: QuoteFact, people: People) -> bool:
    """No name introduces the words (no attribution at all, only the sentence before), or only a
    pronoun that narrates ("she snaps") or speaks to someone the article never names as a
    person ("“...,” she tells Orvo": a part speaking to a part)."""
    if fact.source is SourceKind.UNATTRIBUTED:
        return True
    if fact.continues_previous:
        return False
    if not fact.attribution:
        # No attribution at all. Not :func:`speaker_guessed`: a review's sentence that names
        # someone before the words still quotes the film as often as that person.
        return True
    if fact.source is SourceKind.UNNAMED and _STORY_FIGURE.match(fact.attribution):
        return True  # "the bank manager tells her she has “options”"
    if _NAME_TELLS_KIN.search(doc.masked, max(quote.start - _KIN_REACH, 0), quote.start - 1):
        return True  # "Dessa, soaked, tells her brother “...”"
    if PRONOUN_FIRST.match(fact.attribution) is None:
        return False
    if _NARRATES.match(fact.attribution) is not None:
        return True  # "“Get out,” she snaps": a review tells its story in the present
    if _TELLS_KIN.search(doc.masked, max(quote.start - _KIN_REACH, 0), quote.start - 1):
        return True  # "she tells her sister “...”"
    told = _TELLS.match(doc.masked, quote.end + 1) if quote.closed else None
    told = told or _TELLS_NAME_BEFORE.search(
        doc.masked, max(quote.start - _KIN_REACH, 0), quote.start - 1
    )
    if told is None:
        return False
    if told["name"] is None:
        return True  # "“...,” he tells him": one part speaking to another in the story
    person = people.resolve(told["name"], first_name=True)
    return (
        person is None
        or not people.knows(person)
        or actor_owned_part(doc.text, person, person_named(people))
    )


def held_as_before(fact: QuoteFact, before: QuoteFact | None) -> QuoteFact:
    """A quotation that goes on from a line held as spoken in the work is held with it
    ("“...,” she tells him. “...”": the second part is the same line)."""
    if before is None or not fact.continues_previous or before.doubt != LINE_OF_THE_WORK:
        return held_with_head(fact, before)  # or with a head held for who posted it
    return held_line(fact)


def speaker_guessed(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """Whether the speaker of words with no attribution was only guessed from elsewhere (the
    sentence before, the piece's subject): the quote's own sentence does not name them (by
    surname) before the words. "X thanks fans and tells them: “...”" names X; "the teaser is
    the pair on a pier. “...”" names no one."""
    if fact.attribution or not fact.speaker:
        return not fact.attribution
    lead = doc.text[doc.sentence_at(quote.start).start : quote.start]
    return fact.speaker.rsplit(" ", 1)[-1] not in lead


def is_work_line(fact: QuoteFact) -> bool:
    """``fact`` was held as a line spoken in the work."""
    return fact.doubt == LINE_OF_THE_WORK


def held_line(fact: QuoteFact) -> QuoteFact:
    """``fact`` held for review as a line spoken in the work, no one's quote."""
    return held(fact, LINE_OF_THE_WORK)
