"""Quotes on invented text: in a watch guide, "the broadcaster" in an entry headed "Tern Rock
(Channel 4, Sunday 9pm)" is Channel 4, never the streamer an earlier entry named; a paragraph
under no such heading still finds its outlet as before."""

from __future__ import annotations

from tests.extract.helpers import facts

_TOP = (
    "Our choice: Pale Meridian (Netflix, from Friday)",
    "Pale Meridian, the last chapter of the lighthouse saga, lands on Netflix on Friday.",
)


def _speakers(*paragraphs: str) -> list[str]:
    found = facts(*_TOP, *paragraphs, title="What to watch this weekend: Pale Meridian and more")
    return [q.speaker for q in found.quotes]


def test_the_broadcaster_under_an_entry_heading_is_its_channel() -> None:
    assert _speakers(
        "Tern Rock (Channel 4, Sunday 9pm)",
        "A damp little comedy about a lifeboat crew, which the broadcaster calls “a hug in "
        "oilskins”.",
    ) == ["Channel 4"]


def test_the_streamer_with_no_heading_above_is_the_one_named() -> None:
    assert _speakers(
        "The streamer calls it “a farewell with the lights left on”.",
    ) == ["Netflix"]
