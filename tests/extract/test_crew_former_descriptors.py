"""A passive credit whose name follows what the person used to be: "written by former BBC
journalist X", "directed by ex-Navy pilot X" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_created_and_written_by_a_former_official_credits_both() -> None:
    found = facts(
        "The thriller, created and written by former Treasury economist Maren Holt and directed "
        "by Tobias Quill, stars Lena Frost as a customs officer.",
        title="Border Lines gets a date",
    )
    assert {("creator", "Maren Holt"), ("writer", "Maren Holt"), ("director", "Tobias Quill")} <= (
        credits(found)
    )


def test_directed_by_an_ex_soldier_credits_the_director() -> None:
    found = facts(
        "Border Lines is directed by ex-army medic Petra Lindqvist and shot in Kent.",
        title="Border Lines gets a date",
    )
    assert ("director", "Petra Lindqvist") in credits(found)


def test_a_plain_list_of_writers_keeps_both_names() -> None:
    found = facts(
        "Border Lines is written by Maren Holt and Tobias Quill.",
        title="Border Lines gets a date",
    )
    assert {("writer", "Maren Holt"), ("writer", "Tobias Quill")} <= credits(found)
