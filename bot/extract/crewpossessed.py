"""A director named by the film they made, for :mod:`bot.extract.crewlisted`: "Orla Dunmere’s film
is a series of small rooms", "Orla Dunmere's gentle, unhurried film runs long", "Orla Dunmere's
film, which opens on Friday, ..." (a review's or profile's idiom). A full name is needed, and the
film must be the article's: a title after the noun is another work ("X's film Y"), and so is an
earlier, later or other one ("X's last film", "X's next film"); a film that is only a word of a
post or a description ("X's film officer", "X's film finale") is no film of X's, and "drama" is
left out (rivals on a nominations tally are told so; invented examples). A film the sentence
gives a director ("X's film, directed by Y") is X's in another way: no credit for X."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_NOT_THIS = (
    r"(?!(?:last|latest|previous|next|new|upcoming|earlier|first|second|third|debut|other|own|"
    r"breakout|forthcoming|recent|early|later|short|student|rival|the|a|an|for|of|in|on|to|"
    r"with|and|from|at|by|as|is|was|has|had|this|that|his|her|their|its)\b)"
)
_POSSESSED = lazy_pattern(
    rf"(?<![Ll]ike[ ])(?<![Tt]han[ ])(?<![Oo]f[ ])(?P<name>{FULL_NAME})[’']s[ ]"
    rf"(?:{_NOT_THIS}[a-z]+,?[ ]){{0,3}}?(?:film|movie)"
    r"(?=[,.;]|[ ](?:is|was|has|had|does|gives|follows|runs|opens|ends|sometimes|also|never|"
    r"often|feels|spends|arrives|lands|will|which|that)\b)"
)
"""The film after the possessive, then a comma or a verb: "X's film officer" is a post and
"X's film finale" a description."""
_TITLE_BEFORE = lazy_pattern(r"(?<=[\w’'])[ ](?:[A-Z][\w’'-]*|[”\"’]|\((?:19|20)\d{2}\))?,[ ]$")
"""A capitalised word (not the sentence's first), a closing quote or a bracketed year before a
comma: "... with Y, X's film, ..." and "point to Y (2019), X's film, as proof" name another work
in apposition ("Instead, X's film ..." does not)."""
_LEADING_PHRASE = lazy_pattern(
    r"^(?:On|In|At|By|From|After|Before|Since|This|Last|Next)(?:[ ][\w’'-]+){1,2},[ ]$"
)
"""A short time or place opening the sentence is no title: "On Friday, X's film opens wide"."""
_DIRECTED_AFTER = lazy_pattern(r"[^.;]{0,60}?\b(?:directed|co-directed|helmed)[ ]by[ ]")
"""A director the sentence names for the film: "X's film, directed by Y, is ..." (X wrote it or
made the show it ends; Y directed)."""

_OURS_AFTER = lazy_pattern(
    r"[^.;!?]{0,120}?(?:(?:;|,?[ ](?:but|while|whereas|and))[ ](?:ours|mine|(?:our|my)[ ]"
    r"(?:film|movie|one))|(?:;|,?[ ](?:but|while|whereas))[ ]this(?:[ ](?:one|film|movie))?"
    r"|,[ ](?:and[ ])?not[ ](?:ours|mine|(?:our|my)[ ](?:film|movie|one)))"
    r"(?=[ ](?:is|was|has|tells|goes)\b|[ ]*[,.;!?]|$)"
)
"""The film set against the speaker's own later in the sentence: "X's film is a fable about two
sisters; ours is about a town" (a film maker's answer: X's is another work), or against the
reviewed one: "X's film is a fable; this one is a procedural" (a review's comparison); "our
film" as the subject of a verb of its own, not "and our film critic calls it superb", and
"this" only after a contrast ("X's film is lovely, and this is why": no other film); or told not
the speaker's in so many words: "That was X's film, not mine" (an answer setting the record
straight)."""

_POINTED_BACK = lazy_pattern(r"(?<![\w-])(?:[Ii]t|[Tt]hat)[ ]was[ ]$")
"""The film named only as what "it" or "that" was: "That was X's film, and he was superb in it"
(invented) answers for a work spoken of before, often another one in a conversation, so the
credit is not the article's."""


def possessed_credits(chunk: str) -> Iterator[tuple[str, CrewRole | None]]:
    """The full name whose film the sentence describes as the article's own; a film pointed
    back to names its maker with no role."""
    if " film" not in chunk and " movie" not in chunk:
        return
    if "’s " not in chunk and "'s " not in chunk:
        return  # no possessive: the name the pattern starts with is not tried at every character
    for match in _POSSESSED.finditer(chunk):
        before = chunk[: match.start()]
        if _DIRECTED_AFTER.match(chunk, match.end()):
            continue
        if _OURS_AFTER.match(chunk, match.end()):
            yield match["name"], None  # another maker's film, set against ours: still a person
            continue
        if _POINTED_BACK.search(before, max(0, len(before) - 12)):
            yield match["name"], None  # a person still named, with no credit
            continue
        if _TITLE_BEFORE.search(before) is None or _LEADING_PHRASE.match(before):
            yield match["name"], CrewRole.DIRECTOR
