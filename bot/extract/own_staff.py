"""The publication's own staff as a speaker: "our critic", "our own critic", "our film reviewer".

They write for the article's outlet and speak unnamed ("Our critic, who saw it on Monday, called
it “...”"); never the person the sentences before named, as a descriptor would find. "Our
director" in an actor's answer is the production's, not the outlet's, and is left alone.
"""

from __future__ import annotations

_STAFF = frozenset({"critic", "reviewer", "correspondent", "reporter", "critics", "reviewers"})
_BEATS = frozenset({"own", "chief", "film", "tv", "television", "theatre", "arts"})
"""Words between "our" and the staff noun ("our own critic", "our chief film critic")."""
_MOST_WORDS = 4  # "our", two words between, the noun


def own_staff(words: list[str]) -> bool:
    """``words`` (a descriptor, its determiner first) are "our", perhaps a beat or "own", and an
    outlet's staff noun."""
    middle = {word.lower() for word in words[1:-1]}
    return (
        1 < len(words) <= _MOST_WORDS
        and words[0].lower() == "our"
        and words[-1].lower() in _STAFF
        and middle <= _BEATS
    )
