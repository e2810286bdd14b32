"""A list after "the cast ..., including" names cast members, so each name outside a bracket is
the actor and the bracket holds the part: "the whole cast will be there, including Ada Vale
(Mira Holt), Tom Reed (Gus Penn)"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_cast_expected_at_the_gala_including() -> None:
    found = facts(
        "Marigold Lane, the new film from Fernhill Pictures, opens in cinemas next spring.",
        "The whole cast is expected at the gala, including Tobias Wren (Ollie Baxter), Priya "
        "Sandhu (Mabel Ford), Idris Kane and newcomer Lola Fitch.",
        title="Marigold Lane gets a gala",
    )
    served = served_pairs(found)
    assert ("Tobias Wren", "Ollie Baxter") in served
    assert ("Priya Sandhu", "Mabel Ford") in served
    assert ("Ollie Baxter", "Tobias Wren") not in served


def test_most_of_the_cast_will_attend_including() -> None:
    found = facts(
        "Quarry Lane returns to BBC One in the autumn.",
        "Most of the returning cast met fans in Leeds on Saturday, including Dara Quill (Hetty "
        "Marsh) and Soren Pike (Abel Crane).",
    )
    served = served_pairs(found)
    assert ("Dara Quill", "Hetty Marsh") in served
    assert ("Soren Pike", "Abel Crane") in served
    assert ("Hetty Marsh", "Dara Quill") not in served
