"""A past shoot whose subject is another thing the same people made ("The music video was shot
between ...", "His advert for the ferry line was filmed from ..."), or a work set in apposition
that is not ours, dates that thing's shoot, never the production's. The production's own shoot,
told by "it" or a plain word for it, still dates filming. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_a_music_videos_day_span_is_not_our_shoot() -> None:
    found = release_kinds(
        _LEAD,
        "The band's music video was shot between 4 March and 11 March on a pier in Fife.",
        date="2026-05-02",
        title=_TITLE,
    )
    assert not {kind for kind, _, _ in found} & {"filming_started", "filming_wrapped"}


def test_an_adverts_start_after_from_is_not_our_shoot() -> None:
    found = release_kinds(
        _LEAD,
        "His advert for the ferry line was filmed in Oban from 6 April.",
        date="2026-05-02",
        title=_TITLE,
    )
    assert ("filming_started", "2026-04-06", False) not in found


def test_an_apposed_other_works_day_span_is_not_our_shoot() -> None:
    found = release_kinds(
        _LEAD,
        "Her previous film, Saltmarsh Lane, was shot between 2 February and 30 March.",
        date="2026-05-02",
        title=_TITLE,
    )
    assert ("filming_started", "2026-02-02", False) not in found


def test_our_own_day_span_still_dates_the_shoot() -> None:
    found = release_kinds(
        _LEAD,
        "The feature was shot between 4 March and 11 April on a pier in Fife.",
        date="2026-05-02",
        title=_TITLE,
    )
    assert ("filming_started", "2026-03-04", False) in found
    assert ("filming_wrapped", "2026-04-11", False) in found


def test_our_own_start_after_from_still_dates_the_shoot() -> None:
    found = release_kinds(
        _LEAD, "It was filmed in Oban from 6 April.", date="2026-05-02", title=_TITLE
    )
    assert ("filming_started", "2026-04-06", False) in found
