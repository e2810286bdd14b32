"""A name after "shooting in" or "set in" is a place: a kind after its comma ("Tarnmouth starts
shooting in Kelso, a new drama for Lumen, and ...") begins the next item of a digest's list, so
the place is never the production's title. A name with its kind in a real aside still is."""

from __future__ import annotations

from tests.extract.helpers import served_titles


def test_a_place_shot_in_before_a_listed_kind_is_no_title() -> None:
    titles = served_titles(
        "Today's roundup: Tarnmouth starts shooting in Kelso, a new Scots comedy for Lumen, and"
        " a quiet box-office record.",
        "Cameras rolled on Tuesday for the story of the last ferry crew to leave Kelso’s harbour.",
        date="2025-06-12",
        title="Morning roundup, 12 June: Tarnmouth rolls",
    )
    assert "Kelso" not in titles


def test_a_name_with_its_kind_in_an_aside_is_the_title() -> None:
    titles = served_titles(
        "Today's roundup: Tarnmouth, a new Scots comedy for Lumen, starts shooting in Kelso.",
        "Cameras rolled on Tuesday on Tarnmouth, the story of the last ferry crew in Kelso.",
        date="2025-06-12",
        title="Morning roundup, 12 June: Tarnmouth rolls",
    )
    assert titles == ["Tarnmouth"]
