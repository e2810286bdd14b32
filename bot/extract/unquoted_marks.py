"""Words in marks that are no one's quote, told by the shape around them: a song a clip is set
to, a title whose last words are a bracketed version ("Gull Wire (Reprise)"), the writer's
reading of a sign ("we're reading that as “soon”"), a still's caption, a line said "in one
scene", and a part's line someone is said to be quoting ("quoting Nell from the pilot: “”").
Each is held for review, never served as anyone's words."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

TITLE_DOUBT = "a title in marks, no one's words"
READING_DOUBT = "the writer's reading in marks, no one's words"
_MARK_REACH = 80
_SET_TO = lazy_pattern(r"\b(?:set|scored|soundtracked)[ ]to[ ][“\"‘']$")
"""A song a clip is set to, right before the opening mark: "The trailer is set to “"."""
_SMALL = r"(?:a|an|the|of|by|in|on|to|for|and|or|at)"
_TITLED = lazy_pattern(
    rf"[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|{_SMALL}))*"
    rf"[ ]\([A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|{_SMALL}))*\)"
)
"""Capitalised words closed by a capitalised bracket ("Gull Wire (Lantern Version)"): a
title and its version, in nobody's voice."""
_READ_AS = lazy_pattern(
    r"\b(?:reading|read|taking|take|took|interpreting|interpret)[ ](?:that|this|it|them)[ ]as[ ]"
    r"[“\"‘']$"
)
"""The writer's own gloss of a sign, right before the marks: "We're reading that as “"."""
_STILL_CAPTION = lazy_pattern(r"\bstill\b(?![ ](?:is|was|are|were|has|have|had)\b)[^.!?“”\"]*"
                              r"\bwith[ ](?:the|a)[ ]caption[ ,:]*[“\"‘']$")  # fmt: skip
"""A still, then its caption, right before the marks: "A single still shows ... with the
caption “"."""
_POSTED_STILL = lazy_pattern(
    r"\b(?:posted|posts|shared|shares|uploaded|tweeted)[ ](?:a|the|one|this|its)[ ]"
    r"(?:\w+[ ])?still\b"
)
"""A still someone posted ("the account shared the still with the caption: “"): the caption is
the poster's words."""
_QUOTING_PART = lazy_pattern(
    rf"\b[Qq]uoting[ ]{NAME}[ ](?:from|in)[ ][^:;“”\"]{{0,30}}\b(?:season|series|episode|"
    r"trailer|teaser|pilot|finale|film|show)s?\b[^:;“”\"]{0,20}:[ ]*[“\"‘']$"
)
"""Someone quoting a named one from a work's season, episode or trailer: "quoting Nell from the
first season: “": the part's line, not the speaker's own words; not a person quoted from a
panel or an interview ("Quoting Ada Vale from the panel: “...”")."""
_IN_SCENE = lazy_pattern(
    r"[”\"’'],?[ ][^.;“”\"]{0,40}\b(?:says|tells|asks|shouts|whispers|snaps|admits)\b"
    r"(?:(?!\bof\b)[^.;“”\"]){0,20}\bin[ ](?:one|a|another|the[ ]\w+|an?[ ]\w+)[ ]scene\b"
)
"""A sayer told speaking "in one scene" after the marks ("“...,” Nell tells him in one
scene"): a line of the work, whoever the sayer resolved to; not one told "of" a scene ("she says
of shooting in the kitchen scene": her own words)."""


def held_if_unquoted_marks(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the shape around its marks makes them a title, a reading, a caption
    or a quoted line of the work (see above)."""
    if not fact.served:
        return fact
    lead = doc.text[max(0, quote.start - _MARK_REACH) : quote.start]
    if _QUOTING_PART.search(lead) is not None:
        return held_line(fact)
    if _IN_SCENE.match(doc.text, quote.end) is not None:
        return held_line(fact)
    if _READ_AS.search(lead) is not None:
        return held(fact, READING_DOUBT)
    if _SET_TO.search(lead) is not None or _TITLED.fullmatch(fact.text) is not None:
        return held(fact, TITLE_DOUBT)
    if (
        faceless(fact)
        and _STILL_CAPTION.search(lead) is not None
        and _POSTED_STILL.search(lead) is None
    ):
        return held_line(fact)
    return fact
