"""An earlier run's credit told in a bracket: "(Seasons one to three were directed by X and Y.)"
credits the earlier runs, never the film the article is about (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Netflix today confirmed that cameras are rolling on Brindlecombe: The Last Tide, the film "
    "that closes Orla Vessborne’s story."
)
_TITLE = "Brindlecombe film begins shooting"


def test_a_bracketed_sentence_on_the_earlier_seasons() -> None:
    found = served_crew(
        _LEDE,
        "(Seasons one to three were directed by Ivo Marchetti-Lund and Bryn Ardwick-Sayle – they "
        "are not doing the film.)",
        title=_TITLE,
    )
    assert not {n for _, n in found} & {"Ivo Marchetti-Lund", "Bryn Ardwick-Sayle"}


def test_a_bracket_inside_a_sentence_on_the_earlier_seasons() -> None:
    found = served_crew(
        _LEDE,
        "Filming starts today (seasons one and two were directed by Ivo Marchetti-Lund).",
        title=_TITLE,
    )
    assert ("director", "Ivo Marchetti-Lund") not in found
