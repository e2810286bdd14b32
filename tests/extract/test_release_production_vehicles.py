"""A production's vehicles or crew arriving on a day ("Location lorries arrived on Sunday",
"Catering vans rolled in on Tuesday", "the film crews arrived on Monday morning") is the shoot
coming to town, not the work's release. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "The drama Copper Bay has spent the week filming on the quay at Porthwenna."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2025-06-11", title="Copper Bay comes to town")


def test_vehicles_arriving_on_a_day_are_no_premiere() -> None:
    assert _kinds("Location lorries arrived on Sunday and the slipway was shut.") == set()
    assert _kinds("Production vans arrived on Monday, blocking half of Fore Street.") == set()
    assert _kinds("The catering trucks arrived on Tuesday morning before dawn.") == set()


def test_crews_arriving_on_a_day_are_no_premiere() -> None:
    assert _kinds("Film crews arrived on Monday and put up barriers along the quay.") == set()
    assert _kinds("The camera crew arrived on Sunday evening to scout the harbour.") == set()


def test_the_work_arriving_on_a_day_is_still_read() -> None:
    assert _kinds("Copper Bay arrives on BBC One on Friday, June 20.") == {
        ("premiere_date", "2025-06-20", False)
    }
