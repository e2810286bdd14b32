"""In a piece about footage, a part named with its actor in brackets, then where the shot finds
it and a colon, speaks the work's line, held; a person with a bracketed employer is still
served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Trailer breakdown: everything in the first look at Marrowfield"


def test_a_bracketed_part_in_a_place_before_a_colon_is_held() -> None:
    found = facts(
        "Palewick has released the first trailer for Marrowfield.",
        "The trailer opens on Ines (Carys Oduya-Marsh) at a bus stop in the rain: “Six weeks. "
        "I've not been counting.”",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_bracketed_part_in_a_place_then_a_gesture_is_held() -> None:
    found = facts(
        "Palewick has released the first trailer for Marrowfield.",
        "Cut to Bram (Teodor Kallis) in a lift full of boxes, sighing: “Of course it's broken.” "
        "We are in pieces.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_person_with_a_bracketed_employer_is_still_served() -> None:
    found = facts(
        "Palewick has released the first trailer for Marrowfield.",
        "Its director, Hollis Varga (Palewick Studios), said: “We wanted the trailer to feel "
        "like a held breath.”",
        title=_TITLE,
    )
    assert len(served_quotes(found)) == 1
