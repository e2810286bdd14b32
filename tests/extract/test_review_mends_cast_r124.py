"""Cast on invented text (review 124): a language's word before a maker or a work ("voices
Tamsin in Korean director Yoon's Brackwater") is the work's country, not a dub's tongue, while
"voices Tamsin in Portuguese" is still a dub's voice; and one word owned before "and X, who
plays Y" ("Ines Garrow's Tamsin and Pell Arno, who plays Jory") is a part, while a full name
owned ("Saltings' Ines Garrow and ...") is an actor listed by another work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_ANIMATED = "Brackwater, the animated film, opens on Friday."
_LEDE = "Brackwater, the second film in the Saltings saga, opens on Friday."


def test_a_language_word_before_a_maker_is_no_dub() -> None:
    for line in (
        "Ines Garrow voices Tamsin in Korean director Min Yoon's Brackwater.",
        "Ines Garrow voices Tamsin in Danish studio Fjordlys’s Brackwater.",
    ):
        assert ("Ines Garrow", "Tamsin") in served_pairs(facts(_ANIMATED, line)), line


def test_a_voice_in_another_language_is_still_a_dub() -> None:
    for line in (
        "Ines Garrow voices Tamsin in Portuguese, opposite Pell Arno.",
        "Ines Garrow will voice Tamsin in the Brazilian Portuguese dub.",
    ):
        assert ("Ines Garrow", "Tamsin") not in served_pairs(facts(_ANIMATED, line)), line


def test_one_word_owned_before_an_actor_told_by_part_is_a_part() -> None:
    found = facts(_LEDE, "Ines Garrow's Tamsin and Pell Arno, who plays Jory, return for it.")
    assert {("Ines Garrow", "Tamsin"), ("Pell Arno", "Jory")} <= served_pairs(found)


def test_a_full_name_owned_before_an_actor_told_by_part_is_no_part() -> None:
    found = facts(
        _LEDE, "Spotted at the party were Saltings' Ines Garrow and Pell Arno, who plays Jory."
    )
    assert not {a for a, _ in served_pairs(found)} & {"Saltings"}
    assert ("Pell Arno", "Jory") in served_pairs(found)
