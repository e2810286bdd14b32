"""A maker described by the quoted works they are behind or known for, set off by commas before
their own verb: "X, the filmmaker behind “A” and “B”, directs" credits X."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_an_apposition_naming_quoted_works_hands_the_verb_back() -> None:
    for sentence, role in (
        (
            "Odile Pemberton-Rask, the filmmaker behind “Salt Harbour” and “Grey Lanterns”, "
            "directs, with Ivo Brandt producing.",
            "director",
        ),
        (
            "Odile Pemberton-Rask, the writer of “Grey Lanterns”, is writing the screenplay.",
            "writer",
        ),
        (
            "Odile Pemberton-Rask, best known for “Salt Harbour”, is directing.",
            "director",
        ),
    ):
        found = facts("The Kettle Beacon adds three to its cast.", sentence)
        assert (role, "Odile Pemberton-Rask") in served_credits(found), sentence
