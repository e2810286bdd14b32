"""A name in a phrase fronted before a pronoun subject: never the person the pronoun means.

"With The Tall Grass, she went back to the piano ...", "For Pennick Quay, he wanted ...", with a
relative clause on a thing or a time between ("For Pennick Quay, which shot in March, he
wanted ...") or, with no comma, "For The Tall Grass she did something rare": the fronted
phrase's name is what the clause is about (a work, a place, a project), and the pronoun right
after it is someone else, named earlier. A search for who "she says" means skips that name and
goes on to the sentences before.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FRONTING = lazy_pattern(
    r"[ “”\"‘’']*(?:For|With|Without|On|Like|Unlike|Beyond|Besides|During|Throughout)[ ]"
    r"(?:(?:The|A|An)[ ])?"
)
"""A preposition opening the sentence, before the name it governs (a work's "The" taken off)."""
_PRONOUN_NEXT = lazy_pattern(
    r"(?:,[ ](?:which|where|when)[ ][^,.;:!?“”\"]{1,80},)?,?[ ](?:she|he|they)[ ]"
)
"""The pronoun subject after the name, perhaps past a "which", "where" or "when" clause (never
"who": that clause is about a person, so the name may be the subject's own)."""


def fronted_object(chunk: str, at: int, raw: str) -> bool:
    """Whether ``raw`` at ``at`` is a fronted preposition's object with a pronoun subject
    right after it ("For X, she ...", "For The X she ...")."""
    return (
        _PRONOUN_NEXT.match(chunk, at + len(raw)) is not None
        and _FRONTING.fullmatch(chunk, 0, at) is not None
    )
