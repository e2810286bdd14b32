"""After an aside on the film's trailer ("The full trailer dropped at 2pm."), a sentence that
opens on the work the headline names ("Gannet Reach releases on ...") dates that work, though no
phrasing marked the name as the article's own; another work opening the sentence does not."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "[Official Trailer] Gannet Reach | Skyreel | Megathread"


def test_the_headlines_work_is_dated_after_a_trailer_aside() -> None:
    found = release_dates(
        "The official trailer for Gannet Reach is here, and with it the release date.",
        "The full trailer dropped at 2pm UK time. Gannet Reach releases on Skyreel on Friday"
        " 17 April 2026. Yes, it is confirmed.",
        date="2026-03-03",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-04-17", False) in found, found


def test_another_work_after_a_trailer_aside_is_not_dated() -> None:
    found = release_dates(
        "The official trailer for Gannet Reach is here.",
        "The full trailer dropped at 2pm UK time. Marlow Pike releases on Skyreel on Friday"
        " 17 April 2026.",
        date="2026-03-03",
        title=_TITLE,
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found), found
