"""A post set in apposition "behind" or "of" the article's own work, with where its holder comes
from ("X, the Leeds-born editor behind a streamer's T,"), credits X; the same post behind a work
the article does not know credits nobody (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "The quiet hands behind Marrowgate Forever"
_LEDE = "Marrowgate Forever reaches the streamer in May."


def _crew(sentence: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role) for c in found if c.served}


def test_a_post_behind_our_work_is_credited() -> None:
    cases = (
        (
            "Odile Varenne, the Nantes-born editor behind Vela’s Marrowgate Forever, works late.",
            CrewRole.EDITOR,
        ),
        (
            "Odile Varenne, the director of photography behind Marrowgate Forever, hates drones.",
            CrewRole.CINEMATOGRAPHER,
        ),
        (
            "Odile Varenne, the producer of Marrowgate Forever, took the call in Leeds.",
            CrewRole.PRODUCER,
        ),
    )
    for sentence, role in cases:
        assert ("Odile Varenne", role) in _crew(sentence), sentence


def test_a_post_behind_another_work_is_not() -> None:
    for sentence in (
        "Odile Varenne, the Nantes-born editor behind Vela’s Copper Sands, works at night.",
        "Odile Varenne, the director of photography behind Copper Sands, hates drones.",
    ):
        assert not {n for n, _ in _crew(sentence)} & {"Odile Varenne"}, sentence
