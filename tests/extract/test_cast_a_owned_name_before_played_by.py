"""A "played by" after a description that ends on a name told by a possessive and its noun
("a widower raising his teenage son Tom, played by X") is that nearer name's, never the part the
description began on; a place after a preposition ("her flat in Leeds") hands it nothing
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at Sky's Ferryman's Rest"
_LEDE = "Sky has released the first images from Ferryman's Rest, its new coastal thriller."


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_the_possessed_name_nearest_played_by_is_the_part() -> None:
    for sentence in (
        "Dorian Quayle leads as Silas Penhallow, a ferryman marooned with his younger brother"
        " Kit, played by Ruaridh Tolland, after the crossing sinks.",
        "Dorian Quayle leads as Silas Penhallow, a widower who still minds Agnes's son Kit,"
        " played by Ruaridh Tolland, through the winter.",
    ):
        cast = _cast(sentence)
        assert ("Ruaridh Tolland", "Silas Penhallow") not in cast, sentence
        assert ("Ruaridh Tolland", "Kit") in cast, sentence
        assert ("Dorian Quayle", "Silas Penhallow") in cast, sentence


def test_a_description_ending_on_a_place_keeps_its_part() -> None:
    cast = _cast(
        "The story follows Silas Penhallow, a ferryman minding her old cottage near Penzance,"
        " played by Ruaridh Tolland."
    )
    assert ("Ruaridh Tolland", "Silas Penhallow") in cast
    assert ("Ruaridh Tolland", "Penzance") not in cast
