"""A name set off by a comma and followed by "and <verb> as Y" is no reviewer's aside: "she played
a solicitor opposite Tom Reed, and turned up as Mira" is the subject's own earlier turn, not Tom
Reed's part; an aside of praise with "and" inside it still casts."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Ada Vale: the Copper Bay star on her long road to the lead"


def test_and_after_the_comma_starts_the_subjects_turn() -> None:
    found = facts(
        "Ada Vale is the star of Copper Bay.",
        "She played a junior solicitor in Tin Lid opposite Tom Reed, and turned up as Mira, a "
        "barmaid, in two series of the drama Brine Acre.",
        title=_TITLE,
    )
    assert ("Tom Reed", "Mira") not in served_pairs(found)


def test_an_aside_of_praise_with_and_inside_still_casts() -> None:
    found = facts(
        "Copper Bay is a triumph.",
        "Tom Reed, 85 and magnificent, as Ansel Pike, steals every scene.",
        title="Copper Bay review: a storm worth weathering",
    )
    assert ("Tom Reed", "Ansel Pike") in served_pairs(found)
