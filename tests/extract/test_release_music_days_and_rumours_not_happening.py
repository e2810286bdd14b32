"""Times that are not the work's release: a score or soundtrack album's day ("the original
music for the film will be released as Copper Bay (Original Score) on 14 July", "the soundtrack
album arrives on 3 August") and a rumoured run the sentence says is not happening ("a cinema run
in April, which fans talked up last winter, is not happening")."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_score_or_soundtrack_album_day_is_not_the_works() -> None:
    for sentence in (
        "Odile Farrant's original music for director Ben Sorrell's film will be released as "
        "Copper Bay (Original Score) on 14 July, two weeks after the film.",
        "The soundtrack album will be out on 14 July, a fortnight after the film.",
        "The score album from the film arrives on vinyl on 14 July.",
    ):
        found = release_kinds("Copper Bay is coming to Lumen.", sentence, date="2029-05-02")
        assert not any(day == "2029-07-14" for _, day, _ in found), sentence


def test_a_rumoured_run_that_is_not_happening_is_no_window() -> None:
    for sentence in (
        "One thing we can rule out: a cinema run in April, which fans talked up last winter, "
        "is not happening.",
        "A festival screening in April isn't happening, the streamer told us.",
    ):
        found = release_kinds("Copper Bay is coming to Lumen.", sentence, date="2029-01-02")
        assert not any(kind == "window" for kind, _, _ in found), sentence


def test_a_plain_window_still_counts() -> None:
    found = release_kinds(
        "Copper Bay is coming to Lumen.", "The film arrives on Lumen in April.", date="2029-01-02"
    )
    assert ("window", "2029-04", False) in found
