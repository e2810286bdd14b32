"""A thread's note that a listed player is not in the film after all ("the trailer listed Ada
Vale as Mira, but she does not appear in the final cut") tells no part; a cut scene that featured
a player still tells the part they played."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Copper Bay is finally streaming."
_TITLE = "Copper Bay release day megathread"


def test_a_player_not_in_the_final_cut_is_no_casting() -> None:
    for text in (
        "Note: the trailer listed Ada Vale as Mira, but she does NOT appear in the final cut.",
        "The poster credits Ada Vale as Mira, but she doesn't appear in the film.",
    ):
        found = facts(_LEDE, text, title=_TITLE)
        assert ("Ada Vale", "Mira") not in served_pairs(found), text


def test_a_cut_scene_still_tells_the_part() -> None:
    found = facts(
        _LEDE,
        "Tom Reed revealed that a whole sequence, featuring Ada Vale as Mira, did not make the "
        "final edit.",
        title=_TITLE,
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)
