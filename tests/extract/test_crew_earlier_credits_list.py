"""A profile's "X's earlier credits include the film T, directed by Y": Y directed T, not ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_earlier_credits_include_a_directed_film() -> None:
    served = served_crew(
        "Cinematographer Mara Feld on shooting ITV's Salt Flats by lamplight.",
        "Created and written by Odile Saxe, Salt Flats is set in a fishing town. All six "
        "episodes were directed by Rhys Banerjee.",
        "Feld's earlier credits include the festival favourite Paper Moths, directed by Tomas "
        "Ilunga, for which she won a prize in 2021.",
    )
    assert ("director", "Rhys Banerjee") in served
    assert ("director", "Tomas Ilunga") not in served


def test_her_earlier_credits_include_a_written_short() -> None:
    served = served_crew(
        "Juno Pratt is the editor of the BBC thriller Night Ferry.",
        "Night Ferry was directed by Cal Moreno and stars Ivo Lund.",
        "Her earlier credits include the short Blue Hour, written by Fen Adeyemi, and a string "
        "of music videos.",
    )
    assert ("director", "Cal Moreno") in served
    assert ("writer", "Fen Adeyemi") not in served
