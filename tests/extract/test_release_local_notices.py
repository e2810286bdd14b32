""" "Due to be lifted", "set to be reopened": a plan for something other than the work (a road
closure, a parking ban, a car park), whose date is a local notice's, not the release's. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "The crew of the drama Copper Bay spent the week filming on the quay at Porthwenna."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2025-06-10", title="Copper bay comes to town")


def test_a_closure_lifted_on_a_day_is_no_premiere() -> None:
    assert (
        _kinds("The closure of Quay Road is due to be lifted at 6pm on Thursday, June 12.") == set()
    )
    assert _kinds("The parking ban on Fore Street is set to be removed on 14 June.") == set()
    assert _kinds("The harbour car park is scheduled to be reopened on Monday, June 16.") == set()


def test_a_release_told_the_same_way_is_still_read() -> None:
    assert _kinds("Copper Bay is due to be released on Friday, June 20.") == {
        ("premiere_date", "2025-06-20", False)
    }
    assert _kinds("Copper Bay is set to be shown on BBC One on 22 June.") != set()


def test_a_player_arriving_on_a_day_is_no_premiere() -> None:
    assert _kinds("Nia Obi, who plays Kit Vale, arrived on Wednesday.") == set()
    assert _kinds("Tom Reed, who stars as the harbourmaster, arrived on Monday, June 9.") == set()
    assert _kinds("Ada Fox, who plays Jo, arrives on Saturday.") == set()
