"""A window told as the film's arrival on a channel or streamer ("is expected to arrive on Sky
Cinema in the summer"), after its cinema opening day, is its later run there, not its release
window: held. With no earlier cinema opening the same window is the release. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Box office: Copper Bay holds on in its third week"


def test_a_service_window_after_a_cinema_opening_is_held() -> None:
    found = release_kinds(
        "Copper Bay, which opened on Friday 6 March, took £210,000 at the weekend.",
        "Copper Bay is due to land on Netflix in the autumn.",
        date="2026-03-23",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-06", False) in found
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_service_window_with_no_cinema_opening_is_served() -> None:
    found = release_kinds(
        "Copper Bay is due to land on Netflix in the autumn.",
        date="2026-03-23",
        title="Copper Bay: everything we know",
    )
    assert ("window", "2026-09/2026-11", False) in found


def test_a_service_window_after_an_opening_still_to_come_is_served() -> None:
    found = release_kinds(
        "Copper Bay opens in UK cinemas on Friday 20 March.",
        "Copper Bay will stream on Lumen+ from June.",
        date="2026-03-02",
        title="Copper Bay: Lumen sets its dates",
    )
    assert ("premiere_date", "2026-03-20", False) in found
    assert ("window", "2026-06", False) in found
