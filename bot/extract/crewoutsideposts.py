"""People the article names by a post outside the production, for :mod:`bot.extract.crew`.

A podcast's or an event's host or guest brought in by a trade ("the podcast Inkwell Hour,
hosted by novelist X", "in conversation with author Y about adapting his memoir") is who they
are, not a credit on the film; a festival's own head ("Larkfest's director, Z, called the
evening ...") runs the festival, not the film screening there. A company's executive named by
a post in title case with its department after a comma ("said X, Director, Original Drama at
Streamly", "Y, Executive Producer, Factual for Channel Nine") holds a post at the company, not a
credit on the film; so is one whose company follows the department after a second comma, in a
statement's lead-in ("X, Director, Original Drama, Streamly, said", "said Y, Head, Factual,
Channel Nine."). Invented examples.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_HOST_BEFORE = lazy_pattern(
    r"\b(?:(?:hosted|chaired|moderated)[ ]by|(?:in[ ])?conversation[ ]with|"
    r"interviewed[ ]by)[ ](?:the[ ])?(?:[A-Z][\w-]*[ ])?$"
)
_REACH = 60
_DEPARTMENT = lazy_pattern(
    r",[ ](?:[A-Z][\w&’'-]*|and|of|&)(?:[ ](?:[A-Z][\w&’'-]*|and|of|&)){0,5}[ ](?:at|for)[ ]"
    r"(?:the[ ])?[A-Z]"
)
"""A department, capitalised, after the post and its comma, then the company: ", Original Drama
at S", ", UK Scripted Series for C"."""

_COMMA_COMPANY = lazy_pattern(
    r",[ ][A-Z][\w&’'-]*(?:[ ](?:[A-Z][\w&’'-]*|and|of|&)){0,4},[ ](?:the[ ])?[A-Z][\w&’'+-]*"
    r"(?:[ ][A-Z][\w&’'+-]*){0,3}(?P<end>,?[ ](?:said|says|added|adds)\b|[.:]?[ ]*$)"
)
"""A department and then its company, each after a comma, ending the statement's lead-in:
", Original Drama, Streamly, said" (or the sentence, when "said" came before the name)."""
_SAID = lazy_pattern(r"\b(?:said|says|added|adds)[ ]")


def hosted_by_trade(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` is a host's or guest's trade: "hosted by novelist "."""
    return _HOST_BEFORE.search(chunk, max(0, start - _REACH), start) is not None


def company_post(chunk: str, end: int) -> bool:
    """Whether the post ending at ``end`` after a name ("X, Director") goes on with a department
    and its company (", Original Drama at Streamly"): a post at the company, not a credit."""
    if _DEPARTMENT.match(chunk, end) is not None:
        return True
    listed = _COMMA_COMPANY.match(chunk, end)
    if listed is None:
        return False
    return listed["end"].strip(" .:") != "" or _SAID.search(chunk, 0, end) is not None


_FESTIVAL_NAME = lazy_pattern(
    r"(?P<name>(?:[A-Z][\w+’'-]*:?[ ]){1,6})(?:[Ff]ilm[ ])?[Ff]estival\b"
    r"|\bthe[ ]\d{1,3}(?:st|nd|rd|th)[ ](?P<edition>[A-Z][\w+’'-]*(?:[ ][A-Z][\w+’'-]*){0,3})"
)
"""A festival's name: "the Larkfest Film Festival", or by its edition in a body that speaks of a
festival: "the 12th Larkfest" (an event counted by its editions)."""


def festivals_unknown(body: str, context: Context) -> Context:
    """The context with a festival's name words dropped from the headline's: "Larkfest’s
    director, X," is then no credit on our film (the festival is named in the body as "the
    Larkfest Film Festival" or "the 12th Larkfest"), where a headline's work would be. Most
    bodies name no festival: the substring test spares them a scan of the pattern from every
    capital."""
    if "estival" not in body:
        return context
    words = {
        w.strip(":")
        for m in _FESTIVAL_NAME.finditer(body)
        for w in (m["name"] or m["edition"]).split()
    }
    dropped = frozenset(w for w in words if w in context.headline and w not in context.ours)
    return replace(context, headline=context.headline - dropped) if dropped else context
