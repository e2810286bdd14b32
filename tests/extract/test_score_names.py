"""The scorer compares people's names as names: one typed with a curly apostrophe and one typed
with a straight one are the same person, and a part named by a first name the aliases table leaves
out is the one part it begins, so the extractor keeping an article's own spelling is never scored as
a wrong casting, a wrong speaker or a missed credit."""

from __future__ import annotations

from tests.extract.score import Canon


def test_a_name_is_the_same_whichever_apostrophe_it_is_typed_with() -> None:
    assert Canon({}).person("Orla Ní Vashti-O’Dare") == Canon({}).person("Orla Ní Vashti-O'Dare")


def test_an_alias_typed_with_a_straight_apostrophe_serves_the_curly_spelling() -> None:
    canon = Canon({"people": {"O'Dare": "Orla O'Dare"}})
    assert canon.person("O’Dare") == "Orla O'Dare"


def test_names_that_differ_by_more_than_the_apostrophe_stay_apart() -> None:
    assert Canon({}).person("Orla O’Dare") != Canon({}).person("Orla ODare")


def test_a_bare_first_name_the_aliases_leave_out_is_the_one_part_it_begins() -> None:
    canon = Canon({"characters": {"Nick's mum": "Maud Ferris"}}, ["Rory Ferris"])
    assert canon.character("Maud") == "Maud Ferris"
    assert canon.character("Rory") == "Rory Ferris"


def test_a_first_name_two_parts_begin_stays_as_written() -> None:
    canon = Canon({}, ["Maud Ferris", "Maud Quill"])
    assert canon.character("Maud") == "Maud"
    assert canon.character("Ferris") == "Ferris"
