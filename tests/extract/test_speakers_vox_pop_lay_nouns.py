"""A local in a report's vox pops, named after what they are ("Sixth-former Ada Vale, 17, had
come over"), is the "she said" after it, never the film's director named the paragraph before.
Invented text, names in no corpus file."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "Camera trucks lined the harbour road on Tuesday as the Quillmarsh shoot began."
_DIRECTOR = "Pendry Vesk, whose last feature was a prison drama, is directing from his own script."


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "Sixth-former Ysella Quorrin, 16, and two classmates had skipped a free period.",
            "Ysella Quorrin",
        ),
        ("Mother-of-two Hazel Prior had brought a flask and a folding chair.", "Hazel Prior"),
        ("Local student Merrin Sennet had walked over from her flat.", "Merrin Sennet"),
        ("Self-confessed superfan Hazel Prior had queued since six.", "Hazel Prior"),
        ("Lifelong fan Hazel Prior waved a scarf at the barrier.", "Hazel Prior"),
        ("Part-time nurse Hazel Prior had come straight from a night shift.", "Hazel Prior"),
        ("Fellow fan Merrin Sennet, 68, watched from a bench by the clock tower.", "Merrin Sennet"),
    ],
)
def test_a_local_named_after_what_she_is_says_her_words(opening: str, name: str) -> None:
    found = facts(_LEDE, _DIRECTOR, f"{opening} “We’ve been stood here for hours,” she said.")
    speakers = {q.text: q.speaker for q in found.quotes if q.served}
    assert speakers == {"We’ve been stood here for hours": name}
