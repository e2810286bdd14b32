"""A capitalised run after "the" is a place, company or work, never an actor ("the Lyric
Hammersmith play Tin Drum", "Live from the Odeon Leicester Square as the cast arrive"); an age
word opening the sentence before a full name is no part of it ("Young Ida Merrow plays ...").
A run with no article, and a part that opens on an age word, stay (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at The Orchard Letters"
_LEDE = "Vela's The Orchard Letters arrives in March."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_run_after_the_is_no_actor() -> None:
    for sentence in (
        "Pell is best known for the Vossbury Lyric play Tin Drum, in which he was a boxer.",
        "Pell made his name in the Vossbury Theatre play Dry Dock.",
    ):
        cast = _cast(sentence)
        assert not any(
            actor.lower() in {"lyric hammersmith", "almeida theatre"} for actor, _ in cast
        ), (sentence, cast)


def test_an_opening_age_word_is_cut_from_the_name() -> None:
    for sentence, part in (
        ("Young Ida Merrow plays the miner's daughter, Tilly Marsh.", "Tilly Marsh"),
        ("Teenage Ida Merrow stars as Tilly Marsh.", "Tilly Marsh"),
    ):
        cast = _cast(sentence)
        assert ("Ida Merrow", part) in cast, (sentence, cast)
        assert not any(actor.startswith(("Young", "Teenage")) for actor, _ in cast)


def test_a_plain_name_and_an_age_worded_part_stay() -> None:
    assert ("Ida Merrow", "Tilly Marsh") in _cast("Ida Merrow plays Tilly Marsh.")
    assert ("Ida Merrow", "Young Tilly") in _cast("Ida Merrow plays Young Tilly.")
