"""A writer named by their place in the writers' room: "is back as lead writer", "returns as
head writer" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_back_as_lead_writer_is_a_writer() -> None:
    found = facts("Series creator Morag Eze is back as lead writer, and filming starts in June.")
    assert ("writer", "Morag Eze") in credits(found)


def test_returns_as_head_writer_is_a_writer() -> None:
    found = facts("Showrunner Dara Quigley returns as head writer, with Ines Mota directing.")
    assert {("writer", "Dara Quigley"), ("director", "Ines Mota")} <= credits(found)


def test_head_writer_of_another_show_is_no_credit() -> None:
    found = facts("Tomas Arvidsson, who was head writer of the soap Harbour Lights, spoke first.")
    assert ("writer", "Tomas Arvidsson") not in credits(found)
