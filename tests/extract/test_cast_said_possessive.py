""" "said Mira Holt's line": a possessive after the verb names whose line was said, not who said
it, so it makes no person of a part and turns no dashed list part-first."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_said_part_line_turns_no_dashed_list() -> None:
    found = facts(
        "Dunmore Reach is out today on Netflix. Quick facts for lurkers:",
        "Halvard Quist - Oskar Brenlow\nMireille Tandy - Perpetua Lisk\n"
        "Runner Vosk - Bettany Crole",
        "Watched it with my dad, who said Perpetua Lisk's line about the tide out loud with her.",
        title="[MEGATHREAD] Dunmore Reach release day discussion",
        date="2026-04-17",
    )
    assert ("Perpetua Lisk", "Mireille Tandy") not in served_pairs(found)
    assert ("Oskar Brenlow", "Halvard Quist") not in served_pairs(found)
    assert ("Mireille Tandy", "Perpetua Lisk") in pairs(found)


def test_said_by_name_still_a_person() -> None:
    found = facts(
        "Halvard Quist plays Oskar Brenlow in Dunmore Reach.",
        "“It was a joy,” said Mireille Tandy, the producer.",
        title="Dunmore Reach begins filming",
    )
    assert ("Halvard Quist", "Oskar Brenlow") in served_pairs(found)
