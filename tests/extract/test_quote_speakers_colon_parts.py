"""Quotes on invented text: a name a profile gives as a part after a colon ("the part that she
says shaped her twenties: Greta Lund, the drowned girl in ...") is a part, never the "she" who
speaks next; the words stay the profile's subject's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_part_named_after_a_colon_is_not_the_next_speaker() -> None:
    for line in (
        "Then, in 2012, came the part that she says shaped her twenties: Greta Lund, the"
        " drowned girl in the first scene of “Salt Marsh”.",
        "Her breakthrough was the role everyone still stops her for: Greta Lund, a nurse on"
        " the night shift in “Salt Marsh”.",
    ):
        found = facts(
            "Selma Trondvik has waited a long time for a lead. “I stopped counting,” she says.",
            line,
            "“I was the corpse,” she says, laughing. “I was very good at being the corpse.”",
            date="2026-03-02",
            title="Selma Trondvik: the long wait",
        )
        served = served_quotes(found)
        assert ("I was the co", "Selma Trondvik") in served, served
        assert all(who == "Selma Trondvik" for _, who in served), served
