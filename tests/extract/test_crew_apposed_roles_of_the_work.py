"""Roles in apposition after a name, told "of the series" or joined with a second "the"
("X, the film's writer and the creator of the series, appeared"): X's credits on our work.
"X, the director of Tide," (another title) still credits nobody."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Copper Bay release date confirmed as trailer drops"
_OURS = "The Copper Bay trailer is out, and the film arrives on Netflix on 3 June."


def test_two_roles_each_with_its_article() -> None:
    found = served_crew(
        _OURS,
        "Nell Tarrant, the film’s writer and the series’ creator, appeared in a video.",
        title=_TITLE,
    )
    assert {("writer", "Nell Tarrant"), ("creator", "Nell Tarrant")} <= found


def test_a_role_of_the_series() -> None:
    found = served_crew(
        _OURS, "Idris Penhale, the creator of the series, sent a message.", title=_TITLE
    )
    assert ("creator", "Idris Penhale") in found


def test_a_role_of_the_show_after_another_role() -> None:
    found = served_crew(
        _OURS,
        "Tamsin Orrow, the show’s composer and the producer of the film, took a bow.",
        title=_TITLE,
    )
    assert {("composer", "Tamsin Orrow"), ("producer", "Tamsin Orrow")} <= found


def test_a_role_of_another_title_credits_nobody() -> None:
    found = served_crew(
        _OURS, "Marek Hale, the director of Marl Road, was in the audience.", title=_TITLE
    )
    assert ("director", "Marek Hale") not in found
