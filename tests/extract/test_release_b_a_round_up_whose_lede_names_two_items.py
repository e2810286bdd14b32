"""A numbered round-up whose lede names two items' works, the first item's first: the first
item is ours, and a date under the other item is that work's. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEAD = "Four trailers to watch this week, from Gorse Lane to Marrow Point"


def _dates(lede: str) -> set[str]:
    found = facts(
        lede,
        "Here are the trailers we liked most.",
        "1. Gorse Lane (Netflix)",
        "The trailer for Gorse Lane is out, and the film streams on Netflix from Friday 8 May.",
        "2. Marrow Point (ITV)",
        "A six-part thriller with Ona Tarr as a detective. It starts on ITV1 on Sunday 3 May.",
        "3. Cold Pike (Channel 4)",
        "A jockey drama, all hooves and rain.",
        date="2026-04-20",
        title=_HEAD,
    )
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_other_item_named_second_in_the_lede_is_not_ours() -> None:
    found = _dates(
        "Netflix has dropped the trailer for Gorse Lane, and it leads a week that also brings"
        " ITV's thriller Marrow Point."
    )
    assert "2026-05-03" not in found
    assert "2026-05-08" in found


def test_a_lede_naming_only_the_second_item_keeps_it_ours() -> None:
    assert "2026-05-03" in _dates("ITV's thriller Marrow Point has a trailer and a date at last.")
