"""A fact-box line that labels the release date and then says where before the platform
("Release: Thursday 14 January 2027, worldwide on Prime Video", "Release date: 3 April 2026,
globally on Apple TV") gives the premiere date, as the platform-first order already did;
invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Thistlecombe: trailer discussion thread"


def _dates(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-07-02", title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_a_bulleted_release_label_with_worldwide_before_the_platform() -> None:
    dates = _dates(
        "Thistlecombe: first teaser out now.",
        "* Release: Thursday 14 January 2027, worldwide on Prime Video.",
    )
    assert dates == {"2027-01-14"}


def test_a_release_date_label_with_globally_before_the_platform() -> None:
    dates = _dates("It wrapped in May.", "Release date: 3 April 2027, globally on Apple TV.")
    assert dates == {"2027-04-03"}


def test_the_platform_first_order_still_reads() -> None:
    dates = _dates("It wrapped in May.", "Release date: 3 April 2027, on Netflix worldwide.")
    assert dates == {"2027-04-03"}


def test_a_label_with_more_after_the_date_is_left_to_other_rules() -> None:
    dates = _dates(
        "Thistlecombe wrapped in May.",
        "Release date: 3 April 2027, worldwide on Netflix, though some outlets doubt it.",
    )
    assert "2027-04-03" not in dates
