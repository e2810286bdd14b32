"""A quoted title not ours, its director brought in with "from": "Competition title ‘T’ from
director X" at a festival report makes X another film's maker, not ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Festival diary: ‘Pale Orchard’ unsettles the main hall"
_LEDE = (
    "Greek director Ilona Varnaby’s folk horror Pale Orchard drew a long ovation at its "
    "festival premiere on Monday."
)


def test_a_quoted_competition_title_from_a_director_credits_nobody() -> None:
    found = served_crew(
        _LEDE,
        "Earlier in the day, Competition title ‘The Iron Tide’ from Chilean director Tomás "
        "Oyarzún-Reyes, starring Lidia Marrow, had its own premiere in the main hall.",
        title=_TITLE,
    )
    assert ("director", "Ilona Varnaby") in found
    assert ("director", "Tomás Oyarzún-Reyes") not in found


def test_a_double_quoted_title_by_a_director_credits_nobody() -> None:
    found = served_crew(
        _LEDE,
        "The sidebar also showed “Night Ferries”, by director Aurel Minchev, to a half-empty room.",
        title=_TITLE,
    )
    assert ("director", "Aurel Minchev") not in found


def test_our_own_quoted_title_by_its_director_still_credits() -> None:
    found = served_crew(
        "A folk horror about a cursed orchard opened the festival on Monday.",
        "The audience rose for ‘Pale Orchard’, directed by Ilona Varnaby.",
        title=_TITLE,
    )
    assert ("director", "Ilona Varnaby") in found
