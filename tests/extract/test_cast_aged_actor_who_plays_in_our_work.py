"""An interview's opening that names the actor, then (after a time stamp) "The 24-year-old
actor, who plays Y in Netflix's Lumen film", on invented text: the part in the article's own
work is read; a part "in" another work still is not."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LATER = "Qadri says she has spent months trying not to give away a single plot point."
_LEDE = "Noor Qadri was stacking shelves in Leeds when she heard she would be part of Lumen."


def test_an_aged_actor_who_plays_a_part_in_our_work() -> None:
    for second in (
        "The 24-year-old British-Iraqi actress, who plays med student Zara Halil in Netflix’s "
        "Lumen film, is halfway through the shoot when we meet.",
        "The 24-year-old, who plays Zara Halil in Lumen, talks to us between scenes.",
    ):
        found = pairs(
            facts(_LEDE, "Updated: 3 June 2025, 9:02am", second, _LATER, title="Lumen’s Noor Qadri")
        )
        assert ("Noor Qadri", "Zara Halil") in found, (second, found)


def test_an_aged_actor_who_plays_a_part_in_another_work() -> None:
    found = pairs(
        facts(
            _LEDE,
            "Updated: 3 June 2025, 9:02am",
            "The 24-year-old actress, who plays Zara Halil in the BBC drama Sandgate, is "
            "also on the Lumen shoot.",
            _LATER,
            title="Lumen’s Noor Qadri",
        )
    )
    assert ("Noor Qadri", "Zara Halil") not in found
