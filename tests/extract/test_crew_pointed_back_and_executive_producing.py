"""A crew member told as having worked on "that show" or "that film" (a demonstrative pointing
back to an earlier work the article named) is that work's, not ours; "with X also executive
producing" makes X an executive producer, never a plain producer. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_casting_director_who_cast_that_show_is_the_earlier_works() -> None:
    found = served_crew(
        "Tamsin Orrell stars in Brine Hollow, out this spring.",
        "Her first part came at 14, in the soap “Gull Street” (2016). Casting director Wendel "
        "Pryce, who cast that show, remembers a girl who “never stopped asking questions.”",
    )
    assert ("casting_director", "Wendel Pryce") not in found


def test_a_director_who_made_that_film_is_the_earlier_works() -> None:
    found = served_crew(
        "Jory Penhallow leads the cast of Slate Harbour.",
        "He was spotted in the short “Kettle Rock” (2019). Director Anouk Verhaegen, who made "
        "that film, says he was the calmest person on set.",
    )
    assert ("director", "Anouk Verhaegen") not in found


def test_an_editor_who_had_cut_that_series_is_the_earlier_works() -> None:
    found = served_crew(
        "Mirela Dunstan joins Slate Harbour.",
        "Her breakthrough was the thriller series “Cold Lantern”. Editor Piet Hallworth, who "
        "had cut that series, recommended her.",
    )
    assert ("editor", "Piet Hallworth") not in found


def test_a_casting_director_on_our_own_work_stays() -> None:
    found = served_crew(
        "Tamsin Orrell stars in Brine Hollow, out this spring.",
        "Casting director Wendel Pryce, who cast the film, remembers a girl who “never stopped "
        "asking questions.”",
    )
    assert ("casting_director", "Wendel Pryce") in found


def test_also_executive_producing_is_an_executive_producer_only() -> None:
    found = served_crew(
        "Brine Hollow is heading to the big screen.",
        "Series creator Mo Tennant has written the screenplay, and Ada Vale directs. Ken Roe "
        "produces for Lumen Films, with Tennant also executive producing.",
    )
    assert ("executive_producer", "Mo Tennant") in found
    assert ("producer", "Mo Tennant") not in found
    assert ("producer", "Ken Roe") in found


def test_also_exec_producing_after_a_company_is_an_executive_producer_only() -> None:
    found = served_crew(
        "Slate Harbour has wrapped.",
        "Ines Moor produces for Gullwing Pictures, with Petra Lund also exec producing.",
    )
    assert ("producer", "Petra Lund") not in found
    assert ("producer", "Ines Moor") in found
