"""Words in marks that nobody the article quotes said to anyone: what a sign or a banner reads
("one sign simply reads “...”") or a title card shows, a casting call's wording, the words of a
rhyme or a song ("reciting the nursery rhyme “...”", "the crowd sang Ada Vale's “...”"), the
reports a spokesperson would not discuss ("declined to comment on “...”") and the stock reason
given for a departure ("quit the series over “...”", "the official line is “...”"). Whoever the
sentence is about did not say them, so they are held, whatever speaker the sentence seems to
give."""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.scare_quotes import SCARE_DOUBT, SCARE_WORDS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_OWNER = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat|[Ss]ome|[Oo]ur|"
    r"[Tt]wo|[Tt]hree|[\w-]+[’']s)"
)
_SIGN_READS = lazy_pattern(
    rf"\b{_OWNER}[ ](?:[a-z-]+[ ])?(?:signs?|banners?|placards?|billboards?|t-shirts?)"
    r"(?:[ ][a-z][\w’'-]*){0,4}?(?:,[ ][a-z][a-z ]{1,30},)?[ ](?:reads?|reading|says|said|saying)"
    r"[ ]*[:,]?[ ]*$"
)
"""A sign, a banner or a placard, then what it says ("One sign near us simply reads", "Her
placard, held high, said": lowercase words or a short clause between, no name)."""
_CARD_SHOWS = lazy_pattern(
    r"\b(?:title|end|closing|opening|final)[ ]cards?(?:[ ](?:that[ ]|which[ ])?(?:reads?|reading|"
    r"says|saying|follows|appears|comes[ ]up|flashes[ ]up))?[ ]*[:,–—]?[ ]*$"
)
"""A title card or an end card, then its text ("ends on the title card “...”", "an end card
reading “...”", "The title card follows: “...”"): shown on screen, not said."""
_CALL_FOR = lazy_pattern(
    r"\b(?:casting[ ]calls?|call-?outs?|open[ ]calls?|adverts?|advertisements?|job[ ]ads?|"
    r"listings?)[ ](?:for|asking[ ]for|looking[ ]for|seeking)[ ][^.;:!?“”\"]{1,40}?"
    r"[ ](?:with|who[ ]have|who[ ]had)[ ]$"
)
"""A call or an advert for people of a kind, then the kind in its own words ("a casting call for
extras with “...”"): the notice's wording, not anyone's remark."""
# The lookahead first: a place no such word starts at fails before the look-behinds are tried.
_SUNG = lazy_pattern(
    r"(?=[TtAaIiHho])(?<!\bafter[ ])(?<!\bbefore[ ])(?<!\bduring[ ])(?<!\bbetween[ ])(?<!\bover[ ])"
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|[Tt]hat|[Tt]his|old)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:rhyme|song|poem|hymn|lullaby|ballad|carol|skipping[ ]chant)[ ]*[,:–—]?[ ]*$"
)
"""A rhyme, a song or a poem named right before its words: sung or recited, not said; not one
that only times the words ("told the crowd after the song, “...”": said between songs)."""
_SINGS = lazy_pattern(
    r"\b(?:sang|sings|sing|singing|sung|belt(?:ed|s|ing)?[ ]out|hummed|hums|humming)[ ]"
    r"(?:along[ ](?:to|with)[ ])?"
    r"(?:(?:the|a|an|her|his|their|its|[\w-]+(?:[ ][\w-]+){0,3}[’']s)[ ])?"
    r"(?:(?:song|single|track|anthem|ballad|hit|tune|chorus)[ ]*,?[ ]*)?$"
)
"""A song sung, perhaps its singer's possessive, right before its title or words: "the crowd
sang Ada Vale's “...”", "singing along to “...”": a song's words, not anyone's remark."""
_TOPIC = lazy_pattern(
    r"\b(?:comment(?:s|ed|ing)?[ ]on|respond(?:s|ed|ing)?[ ]to|react(?:s|ed|ing)?[ ]to|"
    r"address(?:es|ed|ing)?)[ ]"
    r"(?:the[ ]|those[ ]|these[ ]|(?:reports|claims|rumours|talk)[ ]of[ ])?$"
)
"""The subject of a comment declined or given, a phrase of a word or two: others' label, quoted
as the question was ("declined to comment on “matters still in negotiation”" is the
spokesperson's own wording)."""
_REASON = lazy_pattern(
    r"\b(?:quit|quits|quitting|left|leaves|leaving|exit(?:s|ed|ing)?|depart(?:s|ed|ing)?|axed|"
    r"(?:dropped|pulled|walked)[ ]out|walked[ ]away|stepped[ ](?:down|away|back)|parted[ ]ways)\b"
    r"[^.;:!?“”\"]{0,60}?[ ](?:over|due[ ]to|because[ ]of|amid)[ ]$"
)
"""A departure, then the reason in marks ("has quit the six-part series over “...”"); "citing
“...”" gives the leaver's own words and stays theirs."""
_STATED_REASON = lazy_pattern(
    r"\b(?:official|stated|given|usual|stock|public)[ ](?:line|reason|explanation|excuse)"
    r"(?:[ ]given)?[ ](?:is|was|remains|has[ ]been)[ ]$"
)
"""The reason on record named as such ("The official line is “...”", "the stated reason was
“...”"): a stock phrase the writer marks, credited to no one."""
_REACH = 90
_REASON_WORDS = 3


def held_if_unsaid(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks hold a sign's words, a song's, a declined comment's topic or
    a departure's stock reason (see the module's docstring)."""
    if not fact.served:
        return fact
    opens = max(quote.start - 1, 0)
    start = max(opens - _REACH, 0)
    if _SIGN_READS.search(text, start, opens) or _SUNG.search(text, start, opens):
        return held(fact, NAME_IN_MARKS)
    if _SINGS.search(text, start, opens):
        return held(fact, NAME_IN_MARKS)
    if _CARD_SHOWS.search(text, start, opens):
        return held(fact, NAME_IN_MARKS)
    if fact.fragment and _CALL_FOR.search(text, start, opens):
        return held(fact, NAME_IN_MARKS)
    if not fact.fragment:
        return fact
    if len(fact.text.split()) <= SCARE_WORDS and _TOPIC.search(text, start, opens):
        return held(fact, "words the comment is about, not its own")
    few = len(fact.text.split()) <= _REASON_WORDS and fact.text.islower()
    if few and not fact.attribution and _REASON.search(text, start, opens):
        return held(fact, SCARE_DOUBT)
    if few and not fact.speaker and _STATED_REASON.search(text, start, opens):
        return held(fact, SCARE_DOUBT)
    return fact
