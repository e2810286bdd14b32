"""A part named by kin, its actor between dashes, speaking in the present: the work's line."""

from __future__ import annotations

from tests.extract.helpers import lantern_bay_served


def test_a_kin_part_with_its_actor_in_dashes_is_held() -> None:
    found = lantern_bay_served(
        "The finale is the best thing the show has done.",
        "Then her father – Joss Ebury, quietly superb all series – asks her “what are you"
        " waiting for”, and the room goes silent.",
    )
    assert found.get("what are you waiting for") is not True


def test_an_actor_speaking_in_dashes_of_the_past_stays_theirs() -> None:
    found = lantern_bay_served(
        "The finale is the best thing the show has done.",
        "Joss Ebury – who plays her father – said at the launch: “It was the hardest scene I"
        " have ever shot.”",
    )
    assert found.get("It was the hardest scene I have ever shot.") is True
