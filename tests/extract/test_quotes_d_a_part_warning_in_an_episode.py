"""A part's surname, then a speaking verb such as "warns", after the words: the part's line in the
work, not a person's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Our pick of the week is ITV's new coastal thriller Low Water."


def test_a_part_warning_in_an_episode_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Petra Villanueva-Hart is superb as DS Ruth Carrow, back in the fishing town she left."
        " “This harbour keeps its secrets,” Carrow warns in the opening episode.",
    )
    assert not any(q.served and q.text.startswith("This harbour keeps") for q in found.quotes)


def test_an_actor_warning_in_an_interview_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Petra Villanueva-Hart is superb as DS Ruth Carrow, back in the fishing town she left."
        " “The cold got into everything,” Villanueva-Hart warned when we spoke last week.",
    )
    assert any(q.served and q.text.startswith("The cold got into") for q in found.quotes)
