"""A weekend guide whose headline names two of its dashed entries ("What to watch: A, B and
more") leaves untold which named entry is the page's own, but an entry the headline leaves out
is another work's all the same: what it casts is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "From a fenland mystery to a baking contest, here is what to watch over the weekend."
_HEADLINE = "What to watch this weekend: Marrowby Lights, The Pewter Hall and more"


def _guide(*tail: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            _LEDE,
            "Friday 9 October 2026",
            "Marrowby Lights – Netflix, from today",
            "The big one. Tamsin Orlo and Hale Dunmore return as Wren and Pike for the finale.",
            "The Pewter Hall – BBC iPlayer, Sunday",
            "A three-part drama about a failing music hall, written by Odile Farrant.",
            *tail,
            date="2026-10-09",
            title=_HEADLINE,
        )
    )


def test_an_entry_the_headline_leaves_out_has_its_casting_held() -> None:
    found = _guide(
        "Gullstone – Channel 4, Saturday, 9pm",
        "The seaside detective show is back, with Corran Blythe’s DI Mallory now in charge.",
    )
    assert ("Corran Blythe", "DI Mallory") not in found
    assert ("Tamsin Orlo", "Wren") in found


def test_a_guide_entry_the_headline_names_keeps_its_casting() -> None:
    found = _guide(
        "Gullstone – Channel 4, Saturday, 9pm",
        "A cosy crime series, back for a second run.",
    )
    assert ("Tamsin Orlo", "Wren") in found
