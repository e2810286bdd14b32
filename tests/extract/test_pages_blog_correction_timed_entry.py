"""A live blog's correction that names the earlier entry by its time in brackets ("An earlier
entry in this blog (10:05) gave the date as 4 March. The correct date is 11 March.") replaces
the entry's date, wherever the blog states it."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Streamwell Showcase live: Tallow Creek date revealed"


def test_an_earlier_entry_named_by_its_time_gave_the_wrong_date() -> None:
    found = release_kinds(
        "Follow along as Streamwell unveils its slate.",
        "13:10 CORRECTION: An earlier entry in this blog (10:05) gave the Tallow Creek film's "
        "release date as 4 March. The correct date is 11 March 2033. We apologise for the error.",
        "10:05 UPDATE: Tallow Creek is coming to Streamwell on 4 March.",
        date="2032-11-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2033-03-11", False) in found
    assert not any(date == "2033-03-04" for _, date, _ in found)


def test_a_previous_post_named_by_its_time_gave_the_wrong_date() -> None:
    found = release_kinds(
        "Follow along as Streamwell unveils its slate.",
        "Correction: A previous post (9:40am) gave Tallow Creek's launch as 2 June. Streamwell "
        "has since told us the film arrives on 9 June. Apologies for the error.",
        "9:40am Tallow Creek lands on Streamwell on 2 June, the streamer says.",
        date="2032-11-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2033-06-09", False) in found
    assert not any(date == "2033-06-02" for _, date, _ in found)


def test_the_right_date_stands_beside_a_held_reckoning_of_it() -> None:
    found = release_kinds(
        "Follow along as Streamwell unveils its slate.",
        "13:10 CORRECTION: An earlier entry in this blog (10:05) gave the Tallow Creek film's "
        "release date as 4 March. The correct date is 11 March 2033. We apologise for the error.",
        "10:20 The world premiere of Tallow Creek takes place in Leeds on 8 March, three days "
        "before it hits Streamwell.",
        "10:05 UPDATE: Tallow Creek is coming to Streamwell on 4 March.",
        date="2032-11-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2033-03-11", False) in found
    assert not any(date == "2033-03-04" for _, date, _ in found)
