"""A capital after an ampersand ends a word ("Q&A", "R&B"), never opens a name: "At the Q&A Vale
said" is Vale's, not an unnamed "A Vale"'s."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_the_name_after_a_q_and_a_speaks() -> None:
    found = facts(
        "Ada Vale's Low Tide premiered at Venice on Friday.",
        "At the Q&A Vale said she had “fought with myself for months” about the ending.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("fought wit", "Ada Vale")], speakers


def test_a_name_after_an_ampersand_and_a_space_still_speaks() -> None:
    found = facts(
        "Ada Vale's Low Tide, from Vale & Reed Films, premiered at Venice on Friday.",
        "“It sold out twice,” Ada Vale said at the Q&A.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("It sold ou", "Ada Vale")], speakers
