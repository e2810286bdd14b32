"""A part played in a named work at a named venue is a stage run, not a screen casting; a part
in our work told with a time after "at the" stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Ada Vell: ‘Copper Bay taught me to wait’"
_LEDE = "Ada Vell plays Mira Holt in Netflix’s Copper Bay."


def test_a_part_in_a_play_at_a_theatre() -> None:
    found = facts(
        _LEDE,
        "Next comes the theatre: Vell will play Rosalind in As You Like It at the Old Vic in May.",
        title=_TITLE,
    )
    assert ("Ada Vell", "Rosalind") not in served_pairs(found)


def test_a_screen_part_at_the_start_of_a_season() -> None:
    found = facts(
        "Ada Vell will play Mira Holt in Copper Bay at the start of its second season.",
        title=_TITLE,
    )
    assert ("Ada Vell", "Mira Holt") in served_pairs(found)
