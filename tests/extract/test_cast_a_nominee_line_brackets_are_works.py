"""An awards page's category line, on invented text: "Supporting actor: Tom Reed (Lumen); Kai
Lund (Brine)" gives each nominee's work in the brackets, not a part, so no casting either way;
a bracket the article casts elsewhere as a part is still read, and a plain cast line is not a
category's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Screen Awards 2027: the full list of nominees"
_LEDE = "The Screen Awards nominations were announced on Tuesday morning."


def test_a_category_lines_brackets_are_works() -> None:
    found = facts(
        _LEDE,
        "Supporting actress: Wenna Laity (Harrow Tide); Hedda Quiller (Gorse); Jory Kellow"
        " (Tin Salt)",
        "Drama series: Harrow Tide; Gorse; Tin Salt",
        date="2027-01-12",
        title=_TITLE,
    )
    assert not any("Gorse" in pair for pair in pairs(found)), pairs(found)
    assert "Hedda Quiller" in found.people, found.people


def test_a_bracket_cast_elsewhere_is_still_a_part() -> None:
    found = facts(
        _LEDE,
        "Best actress: Hedda Quiller (Mags Orrin); Wenna Laity (Harrow Tide)",
        "Quiller, who plays Mags Orrin in Gorse, is the favourite.",
        date="2027-01-12",
        title=_TITLE,
    )
    assert ("Hedda Quiller", "Mags Orrin") in served_pairs(found), pairs(found)


def test_a_cast_line_is_no_category() -> None:
    found = facts(
        "Gorse, the new moorland drama, has found its leads.",
        "Cast: Hedda Quiller (Mags Orrin); Perran Voss (Tam Orrin)",
        title="Gorse casts its leads",
    )
    assert ("Hedda Quiller", "Mags Orrin") in served_pairs(found), pairs(found)
