"""A bracketed pair on a bulleted line takes the order the plain lines around it state."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_bracketed_line_among_played_by_lines_puts_the_part_first() -> None:
    found = facts(
        "Copper Bay season 3 adds three faces.",
        "Joining the show:\n"
        "- Harbour master Ottilie Brenn, played by Casimir Dahl-Oyelowo: a widow with a boat\n"
        "- Fenwick Ashgrove (Marisa Tuyet-Collins), a lifeguard with a secret\n"
        "- Rosalind Pyke, played by Jurek Anand-Maas: the new vet",
    )
    assert ("Marisa Tuyet-Collins", "Fenwick Ashgrove") in pairs(found)
    assert ("Fenwick Ashgrove", "Marisa Tuyet-Collins") not in pairs(found)


def test_a_bracketed_line_among_actor_first_lines_puts_the_actor_first() -> None:
    found = facts(
        "Copper Bay season 3 adds three faces.",
        "New this season:\n"
        "* Casimir Dahl-Oyelowo as Ottilie Brenn, a widow with a boat\n"
        "* Marisa Tuyet-Collins (Fenwick Ashgrove), a lifeguard with a secret\n"
        "* Jurek Anand-Maas as Rosalind Pyke, the new vet",
    )
    assert ("Marisa Tuyet-Collins", "Fenwick Ashgrove") in pairs(found)


def test_lines_that_disagree_settle_nothing() -> None:
    found = facts(
        "Copper Bay season 3 adds three faces.",
        "New this season:\n"
        "- Casimir Dahl-Oyelowo as Ottilie Brenn, a widow with a boat\n"
        "- Fenwick Ashgrove (Marisa Tuyet-Collins), a lifeguard with a secret\n"
        "- Rosalind Pyke, played by Jurek Anand-Maas: the new vet",
    )
    bracketed = [c for c in found.cast if "Tuyet-Collins" in c.actor + c.character]
    assert all(not c.served for c in bracketed)
