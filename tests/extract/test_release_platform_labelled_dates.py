"""A fact sheet's line labelled by the platform ("On Netflix: Friday 15 May 2026, worldwide, 8am
UK time") gives the premiere date as a "Release date:" label does; a line that goes on with more
than the platform, "worldwide" and the hour is left to the ordinary rules."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "MEGATHREAD: Brindlecombe screening reactions and confirmed info"


def test_a_platform_label_dates_the_premiere() -> None:
    for line in (
        "- On Netflix: Friday 15 May 2026, worldwide, 8am UK time",
        "On Prime Video: 15 May 2026",
    ):
        kinds = release_kinds(
            "Here is the megathread for last night's screening of Brindlecombe.",
            "CONFIRMED INFO",
            "- Title: Brindlecombe",
            line,
            date="2026-04-02",
            title=_TITLE,
        )
        assert ("premiere_date", "2026-05-15", False) in kinds, line


def test_a_platform_label_with_more_after_the_date_is_not_read_as_one() -> None:
    kinds = release_kinds(
        "Here is the megathread for last night's screening of Brindlecombe.",
        "- On Netflix: Friday 15 May 2026 according to one fan account, which nobody trusts",
        date="2026-04-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-15", False) not in kinds
