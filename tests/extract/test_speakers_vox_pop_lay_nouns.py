"""A local in a report's vox pops, named after what they are ("Sixth-former Ada Vale, 17, had
come over"), is the "she said" after it, never the film's director named the paragraph before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "Film crews took over the high street on Monday for the Heartstopper film."
_DIRECTOR = (
    "Tom Baxter, the filmmaker behind Still Life, is directing from a script by Alice Oseman."
)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "Sixth-former Priya Lund, 17, had come over from the next town with two friends.",
            "Priya Lund",
        ),
        ("Mother-of-two Hazel Prior had brought a flask and a folding chair.", "Hazel Prior"),
        ("Local student Ruth Allen had walked over from her flat.", "Ruth Allen"),
        ("Fellow fan Ruth Allen, 68, watched from a bench by the clock tower.", "Ruth Allen"),
    ],
)
def test_a_local_named_after_what_she_is_says_her_words(opening: str, name: str) -> None:
    found = facts(_LEDE, _DIRECTOR, f"{opening} “We’ve been stood here for hours,” she said.")
    speakers = {q.text: q.speaker for q in found.quotes if q.served}
    assert speakers == {"We’ve been stood here for hours": name}
