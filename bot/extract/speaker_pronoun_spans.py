"""A speaker's span that ends in the pronoun doing the saying: "In a note to fans on Sunday she
wrote:", "After the screening he told us". The words before the pronoun set the scene; the
pronoun is the subject, so the span is read as the pronoun alone, never as an unnamed source
called "a note to fans on Sunday she"."""

from __future__ import annotations

SAYER_PRONOUNS = frozenset({"he", "she", "they"})
"""The pronouns that stand for a speaker in "she says"."""

_JOINERS = frozenset({"and", "or", "nor", "&"})


def pronoun_subject(words: list[str]) -> list[str]:
    """The closing pronoun alone when a span leads up to it; the span as it is for "Ada and
    she" (two people at once) or a span with no pronoun at its end."""
    if len(words) > 1 and words[-1] in SAYER_PRONOUNS and words[-2].lower() not in _JOINERS:
        return words[-1:]
    return words
