"""A surname used alone after the article gives the full name is that person, never a company,
even when it "reveals" or "announces" something as a company would."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_surname_that_reveals_is_the_person_for_a_later_pronoun() -> None:
    found = facts(
        "Mara Quill and Teodor Vance have spoken about the end of their series on a podcast.",
        "The episode covers their friendship with co-stars Pia Roth and Leo Dunne. Vance revealed"
        " that the four still share a rowing boat named “Late Birds”, a habit he described as"
        " “mostly jokes and some tears.”",
    )
    assert ("mostly jokes", "Teodor Vance") in served_quotes(found)


def test_surname_that_announces_then_speaks_is_the_person() -> None:
    found = facts(
        "Odile Farrant and Bram Okafor sat down with a radio show to talk about their last season.",
        "Okafor announced that he is writing a novel. “Nobody has offered us a sequel,” Okafor"
        " said.",
    )
    assert ("Nobody has o", "Bram Okafor") in served_quotes(found)


def test_company_named_alone_still_reveals() -> None:
    found = facts(
        "Harrowgate revealed the first trailer for Salt Meadow on Tuesday.",
        "“We are thrilled,” Harrowgate said in a statement.",
    )
    assert [(q.speaker, q.source.value) for q in found.quotes if q.served] == [
        ("Harrowgate", "organisation")
    ]
