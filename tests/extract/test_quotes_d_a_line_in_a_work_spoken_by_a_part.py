"""A line in a work, told with the part who speaks it, then the words after a colon: a line
spoken in the work, not anyone's remark."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Gannet Row, the BBC drama starring Kestle Trewin, ends its run on Sunday."


def test_a_line_spoken_by_a_part_is_not_served() -> None:
    found = facts(
        _LEDE,
        "My favourite is a line in the third episode, spoken by Morwen (Kestle Trewin) to her"
        " sister, that I keep coming back to: “The tide always gives something back.”",
    )
    assert not any(q.served and q.text.startswith("The tide always") for q in found.quotes)


def test_a_line_the_actor_says_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin told us about the last week of the shoot: “It was the hardest and"
        " happiest week I have had.”",
    )
    assert any(q.served and q.text.startswith("It was the hardest") for q in found.quotes)
