"""A fan's "X really said “...”" puts a joke voice in someone's mouth: a
summary of what the person or the work did, in words no one said. It is held; "X said" with no
"really", or "she literally went “...”", is still a report of words said."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Fans have been reacting to the first trailer for The Lantern Row, out on Tuesday."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs))


def test_a_composer_really_said_is_a_joke_not_a_quote() -> None:
    assert (
        _served(
            "u/ferrylights: the music in this is unreal. Hana Velde really said “cry now, ask "
            "questions later”"
        )
        == []
    )


def test_a_director_really_says_is_a_joke_not_a_quote() -> None:
    assert (
        _served(
            "One reply summed it up: Jonas Whitcombe really says 'no happy endings here' and "
            "meant it."
        )
        == []
    )


def test_plain_said_is_still_a_quote() -> None:
    assert _served("Director Hana Velde said: “I wanted the village to feel like a trap.”") == [
        ("I wanted the", "Hana Velde")
    ]
