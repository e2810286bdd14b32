"""A part, where the scene finds it set off by commas, then a speaking verb ("Varga, on the
roof, says “...”"): the part's line in the work, not a person's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_part_placed_then_speaking_is_a_line_of_the_work() -> None:
    found = facts(
        "Tidewell gets a date and a teaser",
        "Bryn Castellow plays DI Mara Varga, a detective chasing a smuggler along the coast.",
        "The series lands on BBC One on 3 March. The teaser is out now. Varga, on a ferry deck,"
        ' says "Nobody on this boat is who they say they are" and the screen cuts to black.',
    )
    assert not any(text.startswith("Nobody on ") for text, _ in served_quotes(found))


def test_a_person_placed_then_speaking_is_still_quoted() -> None:
    found = facts(
        "Tidewell gets a date and a teaser",
        "Bryn Castellow plays DI Mara Varga, a detective chasing a smuggler along the coast.",
        "The series lands on BBC One on 3 March. Castellow, on a podcast this week, says"
        ' "I have never been so seasick in my whole life" about the shoot.',
    )
    assert any(text.startswith("I have nev") for text, _ in served_quotes(found))
