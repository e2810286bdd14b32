"""A leaver named with an age aside ("X, 29, has walked away from the role of Y") has left the
part: the casting is a former one, as it is without the age; an age aside before "plays" is
still a current casting (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_TITLE = "Star quits Lowmarsh Hall weeks before cameras roll"
_LEDE = "Lowmarsh Hall, the new ITV period drama, begins filming in Rutland in August."


def test_an_aged_leaver_of_a_role_is_former() -> None:
    for sentence in (
        "Tobin Ashgrove, 29, has walked away from the role of stable hand Rafe Corley – just"
        " days before the read-through.",
        "Tobin Ashgrove, 41, has quit the role of Rafe Corley.",
        "Tobin Ashgrove, 35, has stepped away from the part of Rafe Corley, the show said.",
    ):
        found = served_statuses(facts(_LEDE, sentence, title=_TITLE))
        assert found.get(("Tobin Ashgrove", "Rafe Corley")) is CastStatus.FORMER, sentence


def test_an_aged_actor_who_plays_the_part_is_still_current() -> None:
    for sentence in (
        "Tobin Ashgrove, 29, plays stable hand Rafe Corley.",
        "Tobin Ashgrove, 29, has been cast in the role of Rafe Corley.",
    ):
        found = served_statuses(facts(_LEDE, sentence, title=_TITLE))
        assert found.get(("Tobin Ashgrove", "Rafe Corley")) is CastStatus.CURRENT, sentence
