"""Words in marks that a thing "is called": a name or a title, not something anyone said.

"It's called “Salt on the Stairs (Night Version)”. Go stream it." and "Its last chapter is
called “The Keeper Walks Home Alone”" give what a song or a chapter is called; with no one
credited, the words are held. So is a label with no one said to give it, even where the
sentence's subject is guessed to say it ("the kind of part that used to be called “...”", "a
shed often called “...”"): the passive names no caller. Someone who calls a thing ("Ada called
it “a love letter”") is left to the describer rules: only the passive "is called", "was titled",
"'s named" counts, and a short name no one is credited with after "call it" ("the studio's
schedules just call it “Harbour 4”").
A title's local name, in marks right after the title in marks and said to be where it goes by
("“Lantern Row” – “La rue des lanternes” in France –", "“Lantern Row” (“Il vicolo delle
lanterne” in Italy)"), is a name too, faceless words no one said. So is a listing's label,
faceless words after "listed as", "billed as", "labelled as" ("the slate listed the film as
“due 2027”", "billed as “a winter treat”"), or a credit line after "credited to" ("a video
credited to “director Ada Vale”"): what a page or a poster shows, not speech. Faceless words
right after "the title" or "the name" ("the film will carry the title „...“ in Germany") are
the title itself.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_CALLED = lazy_pattern(
    r"(?:\b(?:is|was|are|were|be|been)|\b(?i:it|that|this|he|she|what)[’']s)[ ]"
    r"(?:now[ ]|simply[ ]|actually[ ]|just[ ]|often[ ]|usually[ ]|sometimes[ ]|commonly[ ])?"
    r"(?:called|titled|entitled|named)[ ]*[:,]?[ ]*$"
)
"""A copula ("'s" only after it, that, this, he, she or what), then "called" or "titled", right
before the marks: "It's called “"; "Let's called" is no copula."""
_TITLE_NOUN = lazy_pattern(
    r"\b(?:carry|carries|carried|carrying|bear|bears|bore|bearing|keep|keeps|kept|keeping|"
    r"under|by)[ ]the[ ](?:[a-z]+[ ]){0,2}(?:title|name)[ ]*[:,]?[ ]*$"
)
"""A title or a name something carries, right before the marks: "will carry the title „",
"goes by the name “": the marks hold the title (not "the title was “...”", a remark about it,
nor "saying the title “...”", words said of it)."""
_CALLS_IT = lazy_pattern(r"\bcall(?:s|ed|ing)?[ ](?:it|them)[ ](?:simply[ ]|just[ ]|only[ ])?$")
"""Someone or something calling the work by a name right before the marks: "the crew sheets call
it just “...”". Only faceless words shaped like a name count (see :data:`_NAME_START`):
a named critic who "called it “a tender goodbye”" speaks."""
_NAME_WORDS = 5
_NAME_START = lazy_pattern(r"(?:the[ ])?[A-Z0-9]")
"""A name in marks is a few words opening on a capital, perhaps after "the": "the Harbour
film", "Harbour 4"; not a verdict ("critics called it “even stranger than before”")."""
_REACH = 48
_LISTED = lazy_pattern(
    r"\b(?:(?:listed|listing|lists|billed|billing|bills|labelled|labeled|labels)"
    r"(?:[ ](?:it|them|the[ ][a-z]+|[a-z]+[ ][a-z]+))?"
    r"|(?:tagged|marked)(?:[ ](?:it|them|the[ ](?:film|series|show|episode|season|album|book)))?)"
    r"[ ]as[ ]*$"
    r"|\b(?:credited|credits|crediting|attributed)(?:[ ](?:it|them))?[ ](?:to|as)[ ]*$"
)
"""A listing, a billing or a label, then "as" right before the marks: "listed the film as “".
"Tagged" and "marked" count only bare or with the work as object ("marked it as “"): "marked her
return as “...”" is a person's description of an event, not a label shown."""
_WHICH_CALL = lazy_pattern(
    r"\b(?:which|that|what)[ ](?:[a-z]+[ ]){1,2}(?:still[ ]|once[ ]|long[ ]|always[ ])?"
    r"(?:called|call|calls|dubbed|nicknamed|knew[ ]as|know[ ]as|(?:have|has|had|are|were|is)[ ]"
    r"(?:(?:started|begun|taken[ ]to)[ ])?(?:calling|dubbing|nicknaming))[ ]$"
)
"""A name a group in a relative clause gives a thing, right before the marks: "the lights,
which locals called “...”", "what fishermen still call “...”", "what viewers have started
calling “...”"; only faceless words of a name's length count, so no one named is cut from a
verdict."""
_GROUP_DUBS = lazy_pattern(
    r"\b(?i:fans|viewers|audiences|readers|users|locals|people|many|some|crew|cast|team|staff)"
    r"[ ](?:(?:online|already|now|all|still|just)[ ])?(?:(?:have|had|are|were)[ ])?"
    r"(?:dubbing|dubbed|dubs?|nicknaming|nicknamed|nicknames?|christening|christened|calling|"
    r"called|calls?)"
    r"[ ](?:it|them|(?:the|this|that|its|their)[ ](?:[a-z-]+[ ]){0,4}?[a-z-]+"
    r"|[A-Z][\w’'-]*(?:[ ](?:and|&)[ ][A-Z][\w’'-]*)?)[ ]$"
)
"""A group naming a thing in the active, right before the marks: "with fans dubbing the montage
near the end “...”", "viewers have nicknamed it “...”", "fans online have called the film
“...”", a crew's habit told in the present, "the crew call the stunt “...”", or parts named
("Fans have called Ada and Tom “...”"): a nickname no one person gives."""
_CALLS_ONE_A = lazy_pattern(
    r"\b(?:anyone|anybody|someone|somebody|everyone|everybody|people|those|whoever)[ ]"
    r"(?:who[ ]|that[ ])?(?:[a-z]+[ ]){0,2}?(?:calls?|called|calling)[ ]"
    r"(?:her|him|them|me|you|us)[ ](?:a|an|the)[ ]$"
)
"""A label anyone at all might put on someone, right before the marks: "anyone who calls her a
“...”", "people still call him the “...”": a label, said by no one named."""
_AFTER_A_TITLE = lazy_pattern(r"[”\"’'][ ]*[-–—(,][ ]*$")
"""A title in marks, then a dash, a bracket or a comma right before the marks."""
_IN_A_PLACE = lazy_pattern(r"[”\"’'][ ]+in[ ](?:the[ ])?[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?[ ]*[-–—),]")
"""The words, then the place they go by in, then a dash, a bracket or a comma."""

NAME_IN_MARKS = "a name or words shown in quotation marks"
"""The doubt on words in marks that name or show something, said by no one."""


def guessed(fact: QuoteFact) -> bool:
    """A fragment with no attribution, credited only to a sentence's subject ("Most readers had
    assumed ..., once a bogus “...” spread online"): no one is said to have said it."""
    return fact.fragment and not fact.attribution and not fact.continues_previous


def held_if_called(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when faceless words in marks, or a fragment credited only by guess,
    follow "is called", "was titled", "the title", "listed as" or a group's "which locals
    called", or give a title's local name."""
    if not fact.served or not (faceless(fact) or guessed(fact)):
        return fact
    before = max(quote.start - 1 - _REACH, 0)
    if (
        _CALLED.search(text, before, quote.start - 1) is not None
        or _TITLE_NOUN.search(text, before, quote.start - 1) is not None
        or _LISTED.search(text, before, quote.start - 1) is not None
        or (
            faceless(fact)
            and len(fact.text.split()) <= _NAME_WORDS
            and _NAME_START.match(fact.text) is not None
            and _CALLS_IT.search(text, before, quote.start - 1) is not None
        )
        or (
            faceless(fact)
            and len(fact.text.split()) <= _NAME_WORDS
            and fact.text[-1:] not in ".!?,"
            and (
                _WHICH_CALL.search(text, before, quote.start - 1) is not None
                or _GROUP_DUBS.search(text, before, quote.start - 1) is not None
            )
        )
        or (
            faceless(fact)
            and len(fact.text.split()) <= _NAME_WORDS
            and fact.text[-1:] not in ".!?,"
            and _CALLS_ONE_A.search(text, before, quote.start - 1) is not None
        )
    ):
        return held(fact, NAME_IN_MARKS)
    if _AFTER_A_TITLE.search(text, before, quote.start - 1) and _IN_A_PLACE.match(text, quote.end):
        return held(fact, NAME_IN_MARKS)  # "“Lantern Row” – “La rue des lanternes” in France –"
    return fact
