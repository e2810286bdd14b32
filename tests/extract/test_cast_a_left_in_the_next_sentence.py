"""A casting the next sentence says, by a pronoun, its actor left ("Early listings had Tom Reyes
as Pip. He left the project before the shoot"), on invented text: the casting is former. A part's
own story told the same way ("She left the village after the war") and a pronoun beside two
actors leave the castings current."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_LEDE = "Filming on Brackwater, the six-part coastal thriller, wrapped in Cornwall last week."


def test_a_pronoun_leaving_the_project_makes_the_casting_former() -> None:
    found = served_statuses(
        facts(
            _LEDE,
            "Early listings had Tobin Arkwright as Pip Lennard. He left the project before"
            " filming and the part went to a newcomer.",
        )
    )
    assert found.get(("Tobin Arkwright", "Pip Lennard")) is CastStatus.FORMER, found


def test_a_pronoun_leaving_over_a_scheduling_clash_makes_the_casting_former() -> None:
    found = served_statuses(
        facts(
            _LEDE,
            "Ysolde Marrick had been cast in March as Dr Hester Quail, the village doctor. She"
            " withdrew due to a scheduling clash with a stage run.",
        )
    )
    assert found.get(("Ysolde Marrick", "Dr Hester Quail")) is CastStatus.FORMER, found


def test_a_parts_own_leaving_keeps_the_casting_current() -> None:
    found = served_statuses(
        facts(
            _LEDE,
            "Ysolde Marrick plays Hester Quail, a nurse from Truro. She left the village after"
            " the war and never wrote home.",
        )
    )
    assert found.get(("Ysolde Marrick", "Hester Quail")) is CastStatus.CURRENT, found


def test_a_pronoun_beside_two_actors_keeps_both_current() -> None:
    found = served_statuses(
        facts(
            _LEDE,
            "Tobin Arkwright plays Pip Lennard and Ysolde Marrick plays Hester Quail. She left"
            " the production in May.",
        )
    )
    assert found.get(("Tobin Arkwright", "Pip Lennard")) is CastStatus.CURRENT, found
    assert found.get(("Ysolde Marrick", "Hester Quail")) is CastStatus.CURRENT, found
