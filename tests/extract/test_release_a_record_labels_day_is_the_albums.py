"""A day a record label puts something out ("Yes, Lakemoor Records are putting it out digitally
on 5 June, two days before the first episode.") is the album's, never the work's; the work's own
day in the same interview still is. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Odile Vantreece on scoring Wyrmholt"
_LEDE = "Wyrmholt, Elspin's six-part drama, begins on Sunday 7 June at 9pm."


def test_a_labels_day_answering_an_album_question_is_no_premiere() -> None:
    found = release_dates(
        _LEDE,
        "Is there a soundtrack album?",
        "Yes, Lakemoor Records are putting it out digitally on 5 June, two days before the first "
        "episode.",
        date="2026-05-28",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-05", False) not in found
    assert ("premiere_date", "2026-06-07", False) in found
