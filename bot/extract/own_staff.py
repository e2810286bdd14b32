"""The publication's own staff as a speaker: "our critic", "our reviewer", "our correspondent".

They write for the article's outlet and speak unnamed ("Our critic, who saw it on Monday, called
it “...”"); never the person the sentences before named, as a descriptor would find. "Our
director" in an actor's answer is the production's, not the outlet's, and is left alone.
"""

from __future__ import annotations

_STAFF = frozenset({"critic", "reviewer", "correspondent", "reporter", "critics", "reviewers"})


def own_staff(words: list[str]) -> bool:
    """``words`` (a descriptor, its determiner first) are "our" and an outlet's staff noun."""
    return len(words) == 2 and words[0].lower() == "our" and words[1].lower() in _STAFF
