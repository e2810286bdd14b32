"""Quotes on invented text: a teaser that ends "with the caption “...”" shows its card, and a
thing in a post "with “...” scrawled on it" shows its lettering: neither is anyone's quote,
while the poster's own words stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(title: str, *paragraphs: str) -> list[str]:
    found = facts(*paragraphs, date="2026-01-10", title=title)
    return [q.text for q in found.quotes if q.served]


def test_teaser_ending_with_a_caption_is_its_card() -> None:
    served = _served(
        "Lantern Hollow teaser: five things we noticed",
        "The first teaser for Lantern Hollow is out.",
        "The teaser ends with the caption “Arriving this winter”, so expect it soon.",
    )
    assert not any(text.startswith("Arriving") for text in served)


def test_lettering_scrawled_on_a_thing_is_shown() -> None:
    served = _served(
        "Lantern Hollow wraps",
        "Filming on Lantern Hollow has wrapped.",
        "Tessaly Brine, who plays Mara, shared a set of snaps, including a clapperboard with"
        " “Mara’s kitchen” scrawled on it. “Six months, one family,” she wrote.",
    )
    assert not any(text.startswith("Mara’s kitchen") for text in served)
    assert any(text.startswith("Six months") for text in served)
