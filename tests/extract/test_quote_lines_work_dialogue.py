"""Words a part speaks in the work, told by a trailer breakdown, a fan post or a column: the
trailer's moment "shouting" them, a "teaser line", an actor "saying" them to someone in a scene
that broke the fan, and a part's owned line "in the first season". None is anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Glimmerdown, the flooded-town drama, dropped its first trailer on Tuesday."


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_trailer_moment_shouting_the_line() -> None:
    found = _served(
        "Wrenna Dorrimund, as Tibbet, gets the trailer’s biggest moment, shouting “You never"
        " once asked me!” across a flooded car park."
    )
    assert "You never once asked me!" not in found


def test_a_teaser_line_remembered() -> None:
    found = _served("Remember that teaser line, “Not yet. Soon.”? It plays differently now.")
    assert "Not yet. Soon." not in found


def test_an_actor_saying_a_line_to_parts_that_broke_a_fan() -> None:
    found = _served(
        "Honestly the best part is Tibbet. Wrenna Dorrimund saying “You did well, both of you”"
        " to the twins at the sink broke me."
    )
    assert "You did well, both of you" not in found


def test_an_owned_line_in_a_season() -> None:
    found = _served(
        "Give Wrenna Dorrimund one more scene. Her gentle “Come home when you can” in the first"
        " season meant more to some viewers than any speech."
    )
    assert "Come home when you can" not in found


def test_an_actors_own_words_stay_served() -> None:
    found = facts(
        _LEDE, "Wrenna Dorrimund loved the shoot. “It was freezing, every single day,” she said."
    )
    assert {(q.text, q.speaker) for q in found.quotes if q.served} == {
        ("It was freezing, every single day", "Wrenna Dorrimund")
    }
