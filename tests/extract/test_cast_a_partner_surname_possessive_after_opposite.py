"""After "plays <part> opposite", a surname's possessive is the partner's part ("plays Ilse again
opposite Vark's Wren"): served as the article's one person of that surname, never otherwise."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

TITLE = "Everything we know about Harrowgate Deep"
LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def test_a_surname_possessive_after_a_part_and_opposite_is_the_partners_part() -> None:
    found = facts(
        LEDE,
        "Tobin Vark has signed on for the whole run.",
        "Nerys Paltrey plays Ilse once more opposite Vark's Wren.",
        title=TITLE,
    )
    served = served_pairs(found)
    assert ("Tobin Vark", "Wren") in served
    assert ("Nerys Paltrey", "Ilse") in served


def test_a_surname_possessive_no_one_in_the_article_bears_is_not_served() -> None:
    found = facts(LEDE, "Nerys Paltrey plays Ilse opposite Vark's Wren.", title=TITLE)
    assert not any(part == "Wren" for _, part in served_pairs(found))


def test_a_past_part_opposite_a_surname_possessive_is_not_ours() -> None:
    found = facts(
        LEDE,
        "Tobin Vark has signed on for the whole run.",
        "Nerys Paltrey once played Ilse opposite Vark's Wren in the stage version of Lowfield.",
        title=TITLE,
    )
    assert ("Tobin Vark", "Wren") not in served_pairs(found)
