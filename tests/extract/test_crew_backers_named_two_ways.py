"""A backer named two ways after a producer's "with": "X is producing, with Screen Fund/Fondo
Film and Lowmoor backing the project" names financiers, not producers; a producer added with
"with" and no act of its own stays (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Exclusive: Copper Lane sets its director"


def test_a_backer_named_two_ways_in_a_list_is_no_producer() -> None:
    found = served_crew(
        "Tarn Pictures has set Ilse Varga to direct Copper Lane.",
        "Tarn's Morag Keddie is producing, with Fondo Nordeste/Northeast Screen and Lowmoor"
        " Film backing the project.",
        title=_TITLE,
    )
    assert ("producer", "Morag Keddie") in found
    assert ("producer", "Fondo Nordeste") not in found


def test_a_backer_named_two_ways_alone_is_no_producer() -> None:
    found = served_crew(
        "Tarn Pictures has set Ilse Varga to direct Copper Lane.",
        "Morag Keddie produces, with Skjerm Vest/Screen West financing.",
        title=_TITLE,
    )
    assert ("producer", "Skjerm Vest") not in found


def test_a_producer_added_with_with_stays() -> None:
    found = served_crew(
        "Tarn Pictures has set Ilse Varga to direct Copper Lane.",
        "Morag Keddie is producing, with Anselm Tröger.",
        title=_TITLE,
    )
    assert ("producer", "Anselm Tröger") in found
