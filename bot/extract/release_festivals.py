"""Festivals the article names as festivals, for :mod:`bot.extract.release_parts`.

A festival named in the headline beside the film ("Larkfest 2027: Saltmarrow brings the house
down") is no work of ours: its next edition ("Larkfest returns in May 2028.") dates the festival,
not the film. The body tells it as a festival, by a gloss after its name ("Larkfest, Tarrow's
queer film festival, closed ...") or by the word in its name ("the Larkfest Film Festival").
Invented examples.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FESTIVAL = lazy_pattern(
    r"(?P<name>[A-Z][\w+’'-]*(?:[ ][A-Z][\w+’'-]*){0,4})"
    r"(?:,[ ](?:the[ ]|an?[ ]|[A-Z][\w’'-]*[’']s[ ])"
    r"(?:(?!(?:the|a|an|its|their|his|her)\b)[\w+’'-]+[ ]){0,3}?(?:film[ ])?festival"
    r"(?=[,.;)]|[ ](?:that|which|where|in|on|at|held|run|closed|opened)\b)"
    r"|[ ](?:Film[ ])?Festival\b)"
    r"|\b(?:of|at|in|to|from|for)[ ](?:the[ ])?"
    r"(?P<led>[A-Z][\w+’'-]*(?:[ ][A-Z][\w+’'-]*){0,4}):[ ](?:[A-Z][\w+’'-]*[ ]){1,4}"
    r"(?:Film[ ])?Festival\b"
)
"""A name glossed as a festival ("Larkfest, Tarrow's queer film festival,"; not "Saltmarrow, a
festival favourite" nor "Saltmarrow, the film closing the festival"), one with the word in it,
or one its full name follows after a colon, where a place's word leads it ("the gala of
Larkfest: Tarrow Queer Film Festival"): a headline's "Osier Kites: Berlin Film Festival premiere
confirmed" names the film, then the festival."""


def festival_named(name: str, text: str) -> bool:
    """Every word of ``name`` belongs to a festival's name in ``text``. Most articles name no
    festival: the substring test spares them a scan of the pattern from every capital."""
    if "estival" not in text:
        return False
    words = {w for m in _FESTIVAL.finditer(text) for w in (m["name"] or m["led"]).split()}
    return all(word in words for word in name.split())
