"""A stage version's cast told in a relative clause on the play's run: "it began life as Ada
Vale's play Tin Rooms, which ran at the Lyric in 2021 with A as P" is the theatre's cast, not
the screen work's; a screen casting next to a play with no run clause stays (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copperwell Street: the new sitcom from Nell Arbrowe"


def test_a_plays_cast_told_with_its_run_is_not_ours() -> None:
    found = facts(
        "Copperwell Street, a six-part sitcom, starts on Thursday.",
        "It began life as Nell Arbrowe's play Upstairs at the Forge, which ran at the Corn"
        " Hall Theatre in 2022 with Bea Tolland as Maura and Cian Rudd as Festus.",
        title=_TITLE,
    )
    assert ("Cian Rudd", "Festus") not in served_pairs(found)
    assert ("Bea Tolland", "Maura") not in served_pairs(found)


def test_a_stage_shows_cast_told_with_its_tour_is_not_ours() -> None:
    found = facts(
        "Copperwell Street, a six-part sitcom, starts on Thursday.",
        "It started as a stage show, Forge Lights, which played at the Quay Playhouse in 2020"
        " with Idris Moyle as Denny and Orla Penn as Kit.",
        "Before that came the stage version, which toured in 2019 with Ros Kettlewold as Wren.",
        title=_TITLE,
    )
    assert ("Orla Penn", "Kit") not in served_pairs(found)
    assert ("Ros Kettlewold", "Wren") not in served_pairs(found)


def test_a_screen_casting_beside_a_play_stays() -> None:
    found = facts(
        "Copperwell Street, a six-part sitcom, starts on Thursday.",
        "Nell Arbrowe adapted her own play, and the series stars Cian Rudd as Festus.",
        title=_TITLE,
    )
    assert ("Cian Rudd", "Festus") in served_pairs(found)
