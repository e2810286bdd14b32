"""A maker who asks, wants or hires someone *else* to do a job: the verb after "him to" or "her
to" is the other person's, never the asker's (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_the_asker_is_not_the_director() -> None:
    found = served_crew(
        "Mara Quill had never made a western before Tobin Hale, who wrote the screenplay, "
        "asked her to direct Dust Road, the film that lands on Netflix on 5 June."
    )
    assert ("director", "Tobin Hale") not in found
    assert ("writer", "Tobin Hale") in found


def test_a_maker_who_wanted_him_to_direct() -> None:
    found = served_crew("Wilma Tessaro wanted him to direct Lantern Row from the start.")
    assert ("director", "Wilma Tessaro") not in found


def test_a_showrunner_who_persuaded_them_to_produce() -> None:
    found = served_crew("Colm Dray persuaded them to produce the series in a single winter.")
    assert ("producer", "Colm Dray") not in found


def test_a_creator_who_asked_her_to_helm() -> None:
    found = served_crew("Colm Dray, who created the show, asked her to helm the finale.")
    assert ("director", "Colm Dray") not in found
    assert ("creator", "Colm Dray") in found


def test_the_subject_who_agreed_to_direct_keeps_the_credit() -> None:
    found = served_crew("Petra Lund agreed to direct Harrow Moor after a year of talks.")
    assert ("director", "Petra Lund") in found
