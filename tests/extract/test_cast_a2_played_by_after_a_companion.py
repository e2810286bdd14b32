"""A "played by" after a description that ends on another's named companion is not the part's,
on invented text; a plain description before "played by" still pairs the part."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_pairs


def test_played_by_after_a_named_companion_is_not_the_parts() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_LEDE,
            "Last year she turned up in Harbour Lights as Tamsyn Rowe, the niece of the"
            " Admiral’s loyal companion Jago, played by Loveday Pascoe, a part that won her fans.",
        )
    )
    assert ("Loveday Pascoe", "Tamsyn Rowe") not in found, found


def test_played_by_after_a_plain_description_pairs_the_part() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_LEDE,
            "The heart of it is Tamsyn Rowe, the mine's first woman engineer, played by"
            " Loveday Pascoe.",
        )
    )
    assert ("Loveday Pascoe", "Tamsyn Rowe") in found, found
