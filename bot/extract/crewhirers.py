"""A maker who hired someone for another, named work, for :mod:`bot.extract.crewqualified`.

A profile tells how its subject got started: "before the director X hired her for the short
film “Wicker Moths”", "director X recruited him to score “Brackenfold Club”", "the producer X
brought her on for the radio series Quarrymoor Lane". The role noun before X is X's post on
that earlier work, not on the article's production, so when the work named is neither ours nor
the headline's, no credit is taken (invented examples).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_HIRED_FOR = lazy_pattern(
    r",?[ ](?:had[ ]|then[ ]|first[ ])?(?:hired|recruited|cast|signed|chose|picked|tapped|"
    r"brought|asked|invited|approached|enlisted|commissioned|poached|booked)[ ]"
    r"(?:her|him|them|me|us)(?:[ ](?:in|on|aboard))?[ ]"
    r"(?:for|to[ ](?:score|shoot|edit|write|design|compose[ ]for|work[ ]on))[ ]"
    r"(?:(?:the|a|an|his|her|their)[ ])?(?:[a-z][\w-]*[ ]){0,3}"
    r"(?:[“‘\"](?P<quoted>[A-Z][^“”‘’\"]{0,60}?)[,.]?[”’\"]"
    r"|(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and))*)|[ ]*$|[ ]{2})"
)
"""After the name: a hiring verb, its object pronoun, and the work it was for, by title (or
where the sentence was cut or blanked at another work already found)."""


def hired_elsewhere(chunk: str, end: int, context: Context) -> bool:
    """Whether the name ending at ``end`` hired someone for a named work not ours nor the
    headline's ("the director X hired her for the short film “T”")."""
    found = _HIRED_FOR.match(chunk, end)
    if found is None:
        return False
    title = found["quoted"] or found["title"]
    return title is None or not context.is_known(title)
