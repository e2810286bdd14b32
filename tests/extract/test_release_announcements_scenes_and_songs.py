"""Times that are not the work's release or shoot: the month an announcement was made ("was
announced by Lumen in May as the last chapter"), some scenes planned for later in a shoot begun
("began on 3 October, with the harbour scenes set to shoot in Cardiff later in the winter") and
a song's release day ("the full track will be released on streaming platforms on 12 June")."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_the_month_an_announcement_was_made_is_not_a_window() -> None:
    found = release_kinds(
        "Copper Bay is coming to Lumen.",
        "The sequel follows the second series, which arrived in March 2029, and was announced by "
        "Lumen in May as the last chapter of the saga.",
        date="2029-11-02",
    )
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_day_an_announcement_was_made_by_the_streamer_is_not_a_date() -> None:
    found = release_kinds(
        "Copper Bay is coming to Lumen.",
        "The finale, which dropped in March 2029, was confirmed by the streamer on 4 May as its "
        "last.",
        date="2029-11-02",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_plain_month_release_still_counts() -> None:
    found = release_kinds(
        "Copper Bay is coming to Lumen.", "The sequel arrives on Lumen in May.", date="2029-01-02"
    )
    assert ("window", "2029-05", False) in found


def test_scenes_set_to_shoot_later_in_a_shoot_begun_are_no_plan() -> None:
    for later in (
        "with harbour scenes set to shoot in Cardiff later in the winter",
        "while the school sequences are due to film in Leeds in December",
        "with the studio scenes scheduled to be shot at a studio in November",
    ):
        found = release_kinds(
            "Copper Bay is coming to Lumen.",
            f"Filming began on 3 October in Dorset, {later}.",
            date="2029-10-20",
        )
        assert ("filming_started", "2029-10-03", False) in found
        assert not any(kind == "filming_planned" for kind, _, _ in found), later


def test_a_shoot_set_to_begin_is_still_a_plan() -> None:
    found = release_kinds(
        "Copper Bay is coming to Lumen.",
        "Filming is set to begin in December in Leeds.",
        date="2029-10-20",
    )
    assert ("filming_planned", "2029-12", False) in found


def test_a_songs_release_day_is_not_the_premiere() -> None:
    for said in (
        "Lumen confirmed the full track will be released on streaming platforms on June 12.",
        "The theme tune, sung by Mira Tell, will be released on 12 June.",
        "The new song drops on 12 June, Lumen said.",
    ):
        found = release_kinds(
            "The full trailer for Copper Bay is here.",
            "The trailer is set to a new song written for the film by composer Ada Rusk.",
            said,
            date="2029-05-20",
            title="The Copper Bay trailer is here",
        )
        assert not any(kind == "premiere_date" for kind, _, _ in found), said


def test_a_work_named_after_a_song_still_premieres() -> None:
    found = release_kinds(
        "The full trailer for Copper Bay is here.",
        "Copper Bay, named after a folk song, will be released on 4 June.",
        date="2029-05-01",
    )
    assert ("premiere_date", "2029-06-04", False) in found
