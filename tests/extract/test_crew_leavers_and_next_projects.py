"""A predecessor who has left for other work ("taking over from A, who has moved on to direct
B") holds no credit on the production, nor does the director of a film someone mentions as
their next project in an interview ("there's a film with X directing"); the successor's credit
stays (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

TITLE = "Brindle Marsh: series two begins filming"


def test_a_predecessor_who_moved_on_to_direct_elsewhere_is_no_director() -> None:
    found = served_crew(
        "Orla Venn directs all six episodes, taking over from series one's Petra Kilbride, who "
        "has moved on to direct Channel 4's The Quay.",
        title=TITLE,
    )
    assert ("director", "Orla Venn") in found
    assert ("director", "Petra Kilbride") not in found


def test_one_who_left_to_direct_or_write_is_no_credit() -> None:
    found = served_crew(
        "Orla Venn directs, replacing Petra Kilbride, who left to direct a thriller for the BBC. "
        "Dunstan Aird, who quit to write a novel, is also gone.",
        title=TITLE,
    )
    assert ("director", "Orla Venn") in found
    assert ("director", "Petra Kilbride") not in found
    assert ("writer", "Dunstan Aird") not in found


def test_the_next_project_in_an_answer_has_no_director() -> None:
    found = served_crew(
        "Brindle Marsh star Tamsin Rell talks to us about series two.",
        "Rell: I have a play in the autumn, and there's a film with Hector Dunmore directing "
        "that I can't talk about yet.",
        title=TITLE,
    )
    assert ("director", "Hector Dunmore") not in found


def test_the_production_with_a_director_still_credits() -> None:
    found = served_crew(
        "Brindle Marsh returns for a second series, with Hector Dunmore directing.",
        title=TITLE,
    )
    assert ("director", "Hector Dunmore") in found
