"""An "Also new:" line on a guide that names a work with where and when to see it in brackets
("season two of X (Vela, Tuesday), with A back as B") is another show's news: what it casts is
held. The guide's own entry keeps its casting."""

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


def test_an_also_new_line_with_where_brackets_is_another_shows() -> None:
    found = _guide(
        "Also new: season two of Kettle Yard (Disney+, Tuesday), with Posy Ambler back as chef "
        "Jude Marr."
    )
    assert ("Posy Ambler", "Jude Marr") not in found
    assert ("Hale Dunmore", "Pike") in found
