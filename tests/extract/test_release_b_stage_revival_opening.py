"""An actor "due to open in" a venue's revival of a quoted play, then a time: the time is the
play's run, not the film's window. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_opening_in_a_revival_is_the_plays_time() -> None:
    assert (
        release_dates(
            "Tansy Rook has left Pellbury. Rook is due to open in the Elmhurst Playhouse’s"
            " revival of ‘Ashby Mill’ in the autumn.",
            title="Pellbury recasts a lead",
            date="2025-08-06",
        )
        == set()
    )
