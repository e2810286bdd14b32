"""A live blog's untimed paragraph that opens on another show's return for a numbered season
("Next: Kettle Yard returns for season two on 4 June") is that show's entry: who plays whom in
it is the other show's. A return told of our own show keeps its casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Vela spring slate live: Quillon Row date confirmed and more"
_LEDE = "Follow along as Vela shows off its spring line-up."


def _cast(entry: str) -> set[tuple[str, str]]:
    opening = "Morning! We are in the room for the Vela slate. Quillon Row is the big one."
    closing = "That is a wrap from us. Quillon Row arrives in May."
    found = facts(_LEDE, opening, entry, closing, date="2026-02-10", title=_HEADLINE)
    return served_pairs(found)


def test_another_shows_numbered_return_keeps_its_cast() -> None:
    found = _cast(
        "Next up: The Brennan Ledger returns for season two on 4 June. Returning star Posy "
        "Ambler, who plays the crooked Lady Imelda, told the room it gets darker."
    )
    assert ("Posy Ambler", "Lady Imelda") not in found


def test_our_shows_numbered_return_keeps_its_cast() -> None:
    found = _cast(
        "Next up: Quillon Row returns for season two on 4 June. Returning star Posy Ambler, "
        "who plays the crooked Lady Imelda, told the room it gets darker."
    )
    assert ("Posy Ambler", "Lady Imelda") in found
