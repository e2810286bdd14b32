"""A promotion's relative clause that reports the date ("The trailer, which confirmed that the
film arrives on ...") dates the release; one that tells the promotion's own day does not. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Fans react to the Marsh Lantern trailer"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds("The first trailer for Marsh Lantern is out.", *paragraphs,
                         date="2026-01-28", title=_TITLE)  # fmt: skip


def test_a_trailer_that_confirmed_the_date_dates_the_release() -> None:
    for sentence in (
        "The two-minute trailer, which confirmed that the film arrives on Channel 5 on 22 May, "
        "had passed two million views by Monday.",
        "The teaser, which revealed that Marsh Lantern lands on 22 May, is already a hit.",
    ):
        assert ("premiere_date", "2026-05-22", False) in _kinds(sentence), sentence


def test_a_trailer_s_own_day_is_still_not_the_release() -> None:
    kinds = _kinds("The trailer, which dropped on 26 January, has two million views.")
    assert not any(value == "2026-01-26" for _, value, _ in kinds)
