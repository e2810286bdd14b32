"""Times that are not the release or the shoot's: a gala the sentence opens on, a location block
wrapped before the shoot moves on, an actor's stage run, a rumoured date the post denies."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: everything we know"


def _kinds(*paragraphs: str, date: str = "2031-03-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_gala_the_sentence_opens_on_is_no_premiere() -> None:
    found = _kinds(
        "Copper Bay arrives on Netflix on Friday 11 April 2031.",
        "There will be a gala premiere in Leeds before then, at the Grand Hall on Tuesday "
        "8 April, but for most viewers 11 April is the day.",
    )
    assert ("premiere_date", "2031-04-11", False) in found
    assert ("premiere_date", "2031-04-08", False) not in found


def test_a_red_carpet_screening_there_is_no_premiere() -> None:
    found = _kinds(
        "Copper Bay arrives on Netflix on Friday 11 April 2031.",
        "There's a red-carpet screening for the cast in Bristol, at the Watershed on 7 April.",
    )
    assert ("premiere_date", "2031-04-07", False) not in found
    assert ("premiere_date", "2031-04-11", False) in found


def test_a_location_block_wrapped_before_moving_on_is_no_wrap() -> None:
    found = _kinds(
        "Filming on Copper Bay continues.",
        "The production wrapped its Whitby block at the end of May and has since moved on to "
        "York, where the leads were seen filming.",
        date="2030-07-10",
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_a_finished_leg_then_headed_elsewhere_is_no_wrap() -> None:
    found = _kinds(
        "Filming on Copper Bay continues.",
        "The crew finished the Scarborough leg in June and then headed to Glasgow.",
        date="2030-07-10",
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_an_actors_stage_run_is_another_works_window() -> None:
    found = _kinds(
        "Marlow Finch has left Copper Bay.",
        "Finch, 61, is due to open at the Almeida in October in “The Salt Ledger”, in which "
        "he plays a ferryman.",
        date="2030-07-10",
    )
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_stage_run_told_as_starring_is_another_works_window() -> None:
    found = _kinds(
        "Marlow Finch has left Copper Bay.",
        "He opens at the Lyric in November in ‘Harbour Lights’ instead.",
        date="2030-07-10",
    )
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_rumoured_special_the_post_denies_is_no_window() -> None:
    found = _kinds(
        "Copper Bay arrives on Netflix on Friday 11 April 2031.",
        "EDIT: No, there is NOT a Copper Bay holiday special coming in December 2031. That "
        "screenshot is fake.",
    )
    assert ("window", "2031-12", False) not in found
    assert ("premiere_date", "2031-04-11", False) in found


def test_there_is_no_sequel_arriving_in_a_month() -> None:
    found = _kinds(
        "Copper Bay arrives on Netflix on Friday 11 April 2031.",
        "And no, there isn't a second film arriving in September 2031, whatever you have read.",
    )
    assert ("window", "2031-09", False) not in found
