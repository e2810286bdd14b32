"""An awards piece whose film is named only in its headline still dates the film's past cinema
opening ("Tern Pictures released A Lamp for Oda in UK cinemas on 7 November"), however far back;
and beside that past cinema date, "a streaming date has not been announced" speaks of the next
window and stands. Beside a cinema date still to come it is held, as before. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Awards season: how ‘A Lamp for Oda’ went from festival curio to six nominations"


def test_a_past_cinema_opening_named_by_the_headline_and_a_later_window() -> None:
    kinds = release_kinds(
        "The small chamber drama nobody tipped is now the film to beat.",
        "Tern Pictures released A Lamp for Oda in UK and Irish cinemas on 7 November, and it ran "
        "for ten weeks. Brightline picked up streaming rights last month; a streaming date has "
        "not been announced.",
        date="2026-01-29",
        title=_TITLE,
    )
    assert ("premiere_date", "2025-11-07", False) in kinds
    assert ("not_announced", "", False) in kinds


def test_a_cinema_date_to_come_still_holds_the_streaming_no_date() -> None:
    kinds = release_kinds(
        "A Lamp for Oda opens in UK cinemas on Friday 6 March, though no streaming date has "
        "been set.",
        date="2026-01-29",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-06", False) in kinds
    assert ("not_announced", "", False) not in kinds
