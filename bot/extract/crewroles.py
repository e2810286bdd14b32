"""Crew role words as a credit names them ("director", "executive producer", "Dir"), the role each
gives, and the pattern of one or two joined ("writer-director"), for :mod:`bot.extract.crew`."""

from __future__ import annotations

from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

ROLE_WORDS: dict[str, CrewRole] = {
    "casting director": CrewRole.CASTING_DIRECTOR,
    "director of photography": CrewRole.CINEMATOGRAPHER,
    "co-executive producer": CrewRole.EXECUTIVE_PRODUCER,
    "executive producer": CrewRole.EXECUTIVE_PRODUCER,
    "exec producer": CrewRole.EXECUTIVE_PRODUCER,
    "graphic novelist": CrewRole.AUTHOR,
    "co-creator": CrewRole.CREATOR,
    "creator": CrewRole.CREATOR,
    "director": CrewRole.DIRECTOR,
    "screenwriter": CrewRole.WRITER,
    "writer": CrewRole.WRITER,
    "author": CrewRole.AUTHOR,
    "novelist": CrewRole.AUTHOR,
    "producer": CrewRole.PRODUCER,
    "composer": CrewRole.COMPOSER,
    "cinematographer": CrewRole.CINEMATOGRAPHER,
    "dop": CrewRole.CINEMATOGRAPHER,
    "dp": CrewRole.CINEMATOGRAPHER,
    "editor": CrewRole.EDITOR,
    "dir": CrewRole.DIRECTOR,  # a review's credit box: "Dir: X. Cast: ..."
}
_LABEL_ONLY = {"dir": "dir(?=:)"}
"""Role words that are a label's abbreviation only ("Dir: X"): in prose "the dir X" is no credit."""
_ROLE_WORD = (
    "(?:"
    + "|".join([*(_LABEL_ONLY.get(w, w.replace(" ", "[ ]")) for w in ROLE_WORDS), "showrunner"])
    + ")"
)
ROLE = rf"(?:{_ROLE_WORD}(?:[-/]{_ROLE_WORD})?)"
"""A role word, or two joined ("writer-director")."""
_COMPOUND_SPLIT = lazy_pattern(r"[-/]")
OWN = r"(?:(?:film|movie|show|production)[’']s[ ]|series[’'](?:s)?[ ])"
"""A work's possessive before a role: "the film's writer"."""
_OWNED_ROLE = lazy_pattern(
    rf"^(?:(?:the|its|their)[ ]{OWN}?|(?:lead|head)[ ]|series[ ](?=creator$))"
)


def roles(role_word: str) -> list[CrewRole]:
    """ "Executive producer" is one role, "writer-director" two."""
    word = _OWNED_ROLE.sub("", " ".join(role_word.lower().split()))  # "the film's writer"
    role = ROLE_WORDS.get(word)
    if role is not None:
        return [role]
    return [ROLE_WORDS[part] for part in _COMPOUND_SPLIT.split(word) if part in ROLE_WORDS]
