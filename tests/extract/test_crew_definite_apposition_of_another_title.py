"""A title not ours described with "the" before its maker ("Ashgrove, the gothic drama from
creator X"): X made that work, not the article's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Live: Copper Bay release date confirmed as trailer drops"
_OURS = "The Copper Bay trailer is out, and the film arrives on Netflix on 3 June."


def test_a_teaser_for_another_title_the_drama_from_its_creator() -> None:
    found = served_crew(
        _OURS,
        "A teaser for Ashgrove, the gothic drama from creator Petra Linnqvale-Oduya, starring "
        "Marek Hale as a sailor.",
        title=_TITLE,
    )
    assert ("creator", "Petra Linnqvale-Oduya") not in found
    ours = served_crew(
        _OURS, "Copper Bay, the new drama from creator Nell Tarrant, is out.", title=_TITLE
    )
    assert ("creator", "Nell Tarrant") in ours


def test_next_up_another_title_the_thriller_by_its_director() -> None:
    found = served_crew(
        _OURS,
        "Next up was Marl Road, the coastal thriller from director Idris Penhale, which "
        "returns in March.",
        title=_TITLE,
    )
    assert ("director", "Idris Penhale") not in found


def test_a_first_look_at_another_title_the_comedy_from_its_writer() -> None:
    found = served_crew(
        _OURS,
        "We also got a first look at “Hollow Fen”, the dark comedy from writer Tamsin Orrow.",
        title=_TITLE,
    )
    assert ("writer", "Tamsin Orrow") not in found
