"""A crew credit whose lone "surname" is the production's own title: "Moonwick started as a
webcomic" in a review headed "Moonwick: After Hours review" reads the title as the source's
maker. A credit names a person; a single word the article names no one by in full, that its
headline names and that the article uses as a title ("Moonwick: After Hours", "the
Copperwick films", invented examples), is dropped. So is a lone word of the article's own title,
however the headline set its capitals: a fronted credit's list runs on into the title that is
the sentence's subject ("Directed by Ada Vale and written by Tom Reed, Moth and Kettle is adapted
from ...", Moth and Kettle ours)."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.facts import CrewFact

_TITLE_NOUNS = (
    r"(?:films?|movies?|series|shows?|franchise|saga|books?|novels?|comics?|webcomic|fandom|"
    r"fans|cast|universe|story|world|finale|sequel|season)"
)


def _title_uses(word: str) -> re.Pattern[str]:
    """The word as a title: before a subtitle ("X: Second Winter") or a work's noun ("the X
    films", "X fans"), never glued to a name's prefix or after a two-letter name word ("O’X",
    "Al X: ...")."""
    word = re.escape(word)
    return re.compile(
        rf"(?<![A-Z][\w’'-])(?<![A-Z][\w’'-][ ])(?<!\w)(?:{word}:[ ][A-Z“\"‘']|"
        rf"(?:the|The)[ ](?:[a-z]+[ ])?{word}[ ]{_TITLE_NOUNS}\b|{word}[ ]{_TITLE_NOUNS}\b)"
    )


def titles_dropped(crew: list[CrewFact], text: str, context: Context) -> list[CrewFact]:
    """``crew`` without the credits whose lone name is the article's own title (``text`` is the
    whole article, headline included)."""
    ours_upper = frozenset(word.upper() for word in context.ours)
    return [fact for fact in crew if not _own_title(fact.name, text, context, ours_upper)]


def _own_title(name: str, text: str, context: Context, ours_upper: frozenset[str]) -> bool:
    """Whether the lone ``name`` is a word of the article's own title (``ours_upper``: its words
    in capitals, built once per article) or the headline's title as the text uses it."""
    if " " in name:
        return False
    if name.upper() in ours_upper:
        return True  # "written by Ada Vale, Moth and Kettle is adapted" (ours: Moth and Kettle)
    if name not in context.headline:
        return False
    return _title_uses(name).search(text) is not None
