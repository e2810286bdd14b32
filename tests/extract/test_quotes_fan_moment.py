"""A fan's comment recalling a moment of the work, "X saying “...” to Y", with no verb of its own:
an actor's line in the part, not the actor's quote."""

from tests.extract.helpers import facts

_LEDE = "The Fenmouth finale thread: what did you think?"


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_an_actor_saying_a_line_to_a_part_is_the_work_s_line() -> None:
    assert "it is fine to be tired, pet" not in _served(
        "u/harbour_wren · 210 points",
        "Tamsin Rudd saying “it is fine to be tired, pet” to Jory and me crying into my tea",
    )


def test_a_star_saying_a_line_to_a_part_in_a_reply_is_the_work_s_line() -> None:
    assert "you were always enough" not in _served(
        "u/pier_lights · 98 points",
        "Emrys Vane saying “you were always enough” to Cass. I am not okay",
    )
