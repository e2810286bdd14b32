"""A leaver named in a dashed list line's own note ("(taking over from X, who left)") is no
evidence of which side of the dash is the part: the list's order is settled without it, the
leaver then takes the settled part, and when nothing settles the list, every line is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_unsettled_list_with_a_takeover_note_is_held() -> None:
    found = facts(
        "Here is everyone confirmed for Lantern Hill so far:",
        "Oskar Brandt – Leona Fitch",
        "Greta Holm – Ivo Marsh",
        "Petra Lind – Jules Okafor (taking over from Dana Wren, who left in the spring)",
        "Milo Stratton – Hana Ruiz",
    )
    served = served_pairs(found)
    assert not served, served


def test_an_unsettled_list_with_a_replacing_note_is_held() -> None:
    found = facts(
        "Who's back for the second series of Saltwater Lane?",
        "Rosa Kemp – Tobias Lund",
        "Ines Farrow – Caleb Moyo (replacing Nora Vask)",
        "Alba Quint – Sefa Durand",
    )
    assert not served_pairs(found)


def test_a_settled_part_first_list_gives_its_leaver_the_part() -> None:
    found = facts(
        "The trailer for Lantern Hill is here. The confirmed cast:",
        "- Dr Oskar Brandt – Leona Fitch",
        "- Greta Holm – Ivo Marsh (taking over from Dana Wren, who left in the spring)",
        "Ivo Marsh said the role was a dream.",
    )
    served = served_pairs(found)
    assert ("Leona Fitch", "Dr Oskar Brandt") in served
    assert ("Ivo Marsh", "Greta Holm") in served
    assert ("Dana Wren", "Greta Holm") in served
    assert ("Dana Wren", "Ivo Marsh") not in served


def test_an_actor_first_list_keeps_its_leaver() -> None:
    found = facts(
        "Cast:",
        "1. Caleb Moyo – Ines Farrow, Tom's flatmate (took over from Nora Vask in July)",
        "2. Sefa Durand – Alba Quint",
    )
    served = served_pairs(found)
    assert ("Nora Vask", "Ines Farrow") in served
    assert ("Caleb Moyo", "Ines Farrow") in served
