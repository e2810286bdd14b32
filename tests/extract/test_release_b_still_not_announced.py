""" "Has still not announced when ..." says the release date is unknown, as "has not announced"
does; a date the streamer "has still not" given for something else (a trailer named before it,
with no word of the release) is no such statement. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _unannounced(*paragraphs: str) -> bool:
    found = facts(*paragraphs, date="2026-02-20")
    return any(r.served and r.kind.value == "not_announced" for r in found.release)


def test_has_still_not_announced_is_no_date_yet() -> None:
    assert _unannounced(
        "Filming on Marlpit Green wrapped in Yorkshire last month.",
        "Lumen has still not announced when the drama will arrive on the service.",
    )


def test_a_trailers_date_still_unset_is_not_the_release() -> None:
    assert not _unannounced(
        "Filming on Marlpit Green wrapped in Yorkshire last month.",
        "The first trailer is finished, but Lumen has still not set a date for it.",
    )
