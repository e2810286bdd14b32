"""A title told in the present only as a rumour ("there's a rumour that the film is called
..."): held, not served; a maker's word in between still reveals it."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(sentence: str) -> list[str]:
    return [r.title for r in served_releases(sentence, date="2025-10-09") if r.title]


def test_a_title_heard_as_a_rumour_is_not_served() -> None:
    for sentence in (
        "There’s a rumour going round on social media that the film is called"
        " “Copper Bay: Low Tide”.",
        "Rumour has it the sequel is titled Copper Bay: Low Tide.",
        "The latest rumours on the forums suggest the film is named “Copper Bay: Low Tide”.",
    ):
        assert not _titles(sentence), sentence


def test_a_title_the_maker_gave_after_a_rumour_is_served() -> None:
    sentence = (
        "After weeks of rumours, the studio confirmed the film is called “Copper Bay: Low Tide”."
    )
    assert _titles(sentence), sentence
