"""A stage version's cast led by the staging itself ("the musical's touring cast, in which X
plays P", "the stage reading last spring had X as P", "In its first run at the Playhouse, P was
played by X"), on invented text: the theatre's part, never the screen work's. The musical's
star cast in the film, and a broadcast run's part, stay."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

LEDE = "Streamly has unveiled the full cast of Tin Vein, its six-part drama set in a Cornish mine."
CAST = "Cadoc Vell plays Tom Penrose, and Ffion Dray plays his sister Nell."


def test_the_musicals_cast_is_no_casting() -> None:
    found = served_pairs(
        facts(
            LEDE,
            CAST,
            "Fans also cheered a video of the Tin Vein Musical’s touring cast, in which Hal Brook"
            " plays Tom, belting the finale.",
        )
    )
    assert ("Hal Brook", "Tom Penrose") not in found, found
    assert ("Cadoc Vell", "Tom Penrose") in found, found


def test_a_stage_readings_actor_is_no_casting() -> None:
    found = served_pairs(
        facts(LEDE, CAST, "The stage reading in Falmouth last spring had Hal Brook as Tom.")
    )
    assert ("Hal Brook", "Tom Penrose") not in found, found


def test_a_theatre_runs_part_is_no_casting() -> None:
    found = served_pairs(
        facts(LEDE, CAST, "In its first run at the Playhouse, Nell was played by Hal Brook.")
    )
    assert ("Hal Brook", "Nell") not in found, found
    assert ("Ffion Dray", "Nell") in found, found


def test_the_musicals_star_cast_in_the_film_stays() -> None:
    found = served_pairs(
        facts(LEDE, "The musical’s star Hal Brook has been cast as Tom Penrose in the series.")
    )
    assert ("Hal Brook", "Tom Penrose") in found, found


def test_a_broadcast_runs_part_stays() -> None:
    found = served_pairs(
        facts(LEDE, "In its original run on BBC Two, Nell was played by Hal Brook.")
    )
    assert ("Hal Brook", "Nell") in found, found
