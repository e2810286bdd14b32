"""A title told in the present only as a rumour ("there's a rumour that the film is called
..."): held, not served; a maker's word in between or after still reveals it, and so does a
rumour that is not what tells the naming ("amid rumours of a delay"). On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(sentence: str) -> list[str]:
    return [r.title for r in served_releases(sentence, date="2025-10-09") if r.title]


def test_a_title_heard_as_a_rumour_is_not_served() -> None:
    for sentence in (
        "A rumour doing the rounds in fan chats is that the film is called"
        " “Tidecaller: Orlop Deck”.",
        "Rumour has it the sequel is titled Tidecaller: Orlop Deck.",
        "The latest rumours on the message boards suggest the film is named"
        " “Tidecaller: Orlop Deck”.",
        "There is a rumour that the follow-up is called Tidecaller: Orlop Deck.",
    ):
        assert not _titles(sentence), sentence


def test_a_title_the_maker_gave_after_a_rumour_is_served() -> None:
    for sentence in (
        "After weeks of rumours, the studio confirmed the film is called “Tidecaller: Orlop Deck”.",
        "After months of rumours, the film is called “Tidecaller: Orlop Deck”, Quillon Pictures"
        " said on Monday.",
    ):
        assert _titles(sentence), sentence


def test_a_rumour_that_does_not_tell_the_naming_holds_nothing() -> None:
    for sentence in (
        "Amid rumours of a delay, the sequel is called Tidecaller: Orlop Deck and opens in May.",
        "The rumours were right - the sequel is called Tidecaller: Orlop Deck.",
        "The rumour mill got it right, and the sequel is called Tidecaller: Orlop Deck.",
    ):
        assert _titles(sentence), sentence
