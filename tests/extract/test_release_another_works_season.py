"""A season or part of another named work, dated in a round-up ("Season three part one of
Larkhill arrives next Thursday, 4 June"), is that work's release, not ours; a season of our own
work keeps its date."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_another_works_season_gives_no_date() -> None:
    for sentence in (
        "Season three part one of Larkhill arrives next Thursday, 4 June, with Ada Obi back.",
        "The second series of Tarn Moss Road lands on 11 June, a week after the first.",
    ):
        found = served_days(
            "Netflix confirmed today that Copper Bay will arrive on Friday 19 June.",
            sentence,
            title="The Weekly Screen: Copper Bay dated for June",
            date="2026-05-28",
        )
        assert found == {("premiere_date", "2026-06-19")}, (sentence, found)


def test_our_own_season_keeps_its_date() -> None:
    found = served_days(
        "Season two of Copper Bay arrives on 4 June, the streamer said.",
        title="Copper Bay season two gets a date",
        date="2026-05-12",
    )
    assert ("premiere_date", "2026-06-04") in found


def test_a_part_of_a_persons_story_keeps_its_date() -> None:
    found = served_days(
        "Netflix said the last part of Ada Vale’s love story will stream from 4 June.",
        title="Copper Bay gets its date",
        date="2026-05-12",
    )
    assert ("premiere_date", "2026-06-04") in found
