"""A part told only by what it is, then what it has in marks ("plays a lodger with “a key to
every room”"), is the writer's gloss of the part, not the actor's words; the actor's own words
after a saying verb stay theirs."""

from __future__ import annotations

from tests.extract.helpers import quote_readings


def test_a_part_with_marked_words_is_held() -> None:
    found = quote_readings(
        "Channel 5 has cast its winter mystery Gullhaven.",
        "Petra Lindgren stars as a ferry pilot, and Owen Marsh plays a lodger with "
        "“a key to every room”.",
    )
    assert "a key to eve" not in found or not found["a key to eve"][2]


def test_an_actor_who_says_words_of_the_part_keeps_them() -> None:
    found = quote_readings(
        "Channel 5 has cast its winter mystery Gullhaven.",
        "Owen Marsh plays a lodger in the series. Marsh said the part was “a gift from start "
        "to finish”.",
    )
    assert found["a gift from "][0] == "Owen Marsh"
    assert found["a gift from "][2]
