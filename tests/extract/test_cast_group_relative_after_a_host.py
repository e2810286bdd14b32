"""A "who play" clause whose subject is a group ("the pair", "the duo", "the two stars") belongs
to the actors named before, never to the single person named just before the group: "the show
hosted by X, the pair – who play P and Q – ..." gives X no part."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Dana Whitcombe and Rufus Penhale have spoken about their last days on Brackwell Road."


@pytest.mark.parametrize(
    "sentence",
    [
        "Appearing on Loose Ends, the comedy podcast hosted by Marta Quilliam-Hoyle, the pair – "
        "who play Bella Stone and Ivo Rank – looked back on three years with the show.",
        "Speaking on Late Lamp, the radio programme presented by Osric Vandermeer, the duo, who "
        "play Bella Stone and Ivo Rank, recalled their first read-through.",
        "On the Long Table, the cookery series fronted by Hester Lindqvist-Amos, the two stars – "
        "who portray Bella Stone and Ivo Rank – baked a cake for the crew.",
    ],
)
def test_a_group_who_play_is_not_the_host(sentence: str) -> None:
    served = served_pairs(facts(_LEDE, sentence, title="Brackwell Road stars say goodbye"))
    hosts = {"Marta Quilliam-Hoyle", "Osric Vandermeer", "Hester Lindqvist-Amos"}
    assert not any(actor in hosts for actor, _ in served)


def test_a_described_single_actor_who_plays_is_still_read() -> None:
    found = facts(
        "Brackwell Road returns for a second series in June.",
        "Joining the cast is Perrin Oyelaran-Hythe, the former stage actor who plays Ivo Rank.",
        title="Brackwell Road adds a face",
    )
    assert ("Perrin Oyelaran-Hythe", "Ivo Rank") in served_pairs(found)


def test_a_podcast_host_is_still_a_person() -> None:
    found = facts(_LEDE, "The pair spoke on Loose Ends, a podcast hosted by Marta Quilliam-Hoyle.")
    assert "Marta Quilliam-Hoyle" in found.people
