"""A part's kin or friend saying words is someone in the story: the line is the work's, held;
a real person's mother quoted is still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_parts_mum_saying_a_line() -> None:
    found = facts(
        "Dunmore Bay stars Hal Pryce as Rook Dunmore and Ines Vey as Cass.",
        'Best bit: Rook\'s mum saying "Dunmores do not cry at bus stops" and then crying at a bus '
        "stop.",
    )
    assert served_quotes(found) == []


def test_an_actors_own_mother_is_still_served() -> None:
    found = facts(
        "Dunmore Bay stars Hal Pryce as Rook Dunmore and Ines Vey as Cass.",
        "Hal Pryce said his mother rang him after the first episode. “She told me I was "
        "brilliant and then asked about the weather,” Pryce said.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Hal Pryce"]
