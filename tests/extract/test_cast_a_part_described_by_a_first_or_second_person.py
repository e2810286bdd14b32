"""A part described from the speaker's or listener's side ("who plays your brother-in-law,
Tadhg", "plays my mother, Mira"), as a radio or podcast transcript writes it, on invented text:
the description is the part's like "his" or "her" is, and the name after it is the part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Orla Penhallow stars in Streamly's island drama The Pale Harbour."


def test_a_second_persons_relation_describes_the_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "HOST: And opposite you is Dorian Kell, who plays your cousin, Fintan Roe.",
        )
    )
    assert ("Dorian Kell", "Fintan Roe") in found, found


def test_a_relation_with_no_name_after_it_is_no_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "HOST: And opposite you is Dorian Kell, who plays your cousin, and who sings.",
        )
    )
    assert not any(actor == "Dorian Kell" for actor, _ in found), found
