"""Two kinds of sentence that date no release of ours. On invented text.

A shoot's kit and hands arriving on a day, listed before the verb or with a time of day between
("Catering trucks, generators and a dozen runners arrived before dawn on Tuesday"): the
production coming to town. And another work, named as the subject, released by a distributor
("Salt Harbour is released by Peverell Pictures on 3 June"): that work's date, not ours.
"""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "The crew of the drama Copper Bay spent the week filming on the quay at Porthwenna."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2025-06-11", title="Copper Bay comes to town")


def test_kit_listed_before_arriving_at_dawn_is_no_premiere() -> None:
    assert (
        _kinds(
            "Catering trucks, generators and a dozen runners in tabards arrived before dawn on "
            "Tuesday, with filming running late into Wednesday."
        )
        == set()
    )
    assert _kinds("Lighting rigs and two camera cranes arrived at first light on Monday.") == set()
    assert _kinds("Trailers and a fleet of unit vans had arrived early on Sunday morning.") == set()


def test_the_work_arriving_on_a_day_is_still_read() -> None:
    assert _kinds("Copper Bay arrives on BBC One on Monday, June 16.") == {
        ("premiere_date", "2025-06-16", False)
    }


def _festival(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(
        "Copper Bay closed the Tidemark festival on Sunday with its world premiere.",
        "Copper Bay premieres on BBC One on 20 July.",
        sentence,
        date="2025-06-11",
        title="Copper Bay closes Tidemark festival",
    )


def test_another_work_released_by_a_distributor_is_not_ours() -> None:
    ours = {("premiere_date", "2025-07-20", False)}
    assert _festival("Salt Harbour is released by Peverell Pictures on 3 June.") == ours
    assert _festival("Gannet Year will be released in cinemas by Hobart Films on 5 May.") == ours
    assert _festival("The Quiet Ferry is distributed by Lantern Releasing from 12 August.") == ours


def test_our_work_released_by_a_distributor_is_still_read() -> None:
    assert _festival("Copper Bay is released by Peverell Pictures on 3 June.") == {
        ("premiere_date", "2025-07-20", False),
        ("premiere_date", "2025-06-03", False),
    }
