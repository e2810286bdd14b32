"""A crew noun told by the length of a career ("the veteran producer X said at a dinner",
"seasoned editor X") describes the person, not a post on the article's production; a verb or a
"by" still credits them (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Fenwater: the first trailer is here"
_LEDE = "Fenwater, the lock-keeper drama, has a first trailer."


def _producers(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "producer"}


def test_a_career_noun_alone_is_no_credit() -> None:
    for sentence in (
        "“Radio is the real hearth,” the veteran producer Bertram Okonjo-Vale told a dinner.",
        "Seasoned producer Bertram Okonjo-Vale hosted the quiz night in Leeds.",
    ):
        assert "Bertram Okonjo-Vale" not in _producers(sentence), sentence


def test_a_verb_or_by_still_credits_the_veteran() -> None:
    for sentence in (
        "Fenwater is produced by veteran producer Bertram Okonjo-Vale.",
        "The veteran producer Bertram Okonjo-Vale produces for Sable Lane Films.",
    ):
        assert "Bertram Okonjo-Vale" in _producers(sentence), sentence
