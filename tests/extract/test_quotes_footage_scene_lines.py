"""A trailer's scene retold: a line a part speaks there is the work's, not a quote to serve."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_part_owned_by_its_actor_speaks_in_the_trailer() -> None:
    served = _served(
        "Streamly has released the first trailer for Quillon Bay, the drama's second series.",
        "The trailer opens at a ferry port, with Tamsin Quarrendell’s Odile Farrant waving her "
        "brother off. “It’s only one crossing,” Odile says. “That’s nothing.”",
        "Tamsin Quarrendell said at the launch: “I loved every day on that boat.”",
    )
    assert "It’s only one crossing" not in served
    assert "That’s nothing." not in served
    assert served.get("I loved every day on that boat.") == "Tamsin Quarrendell"
