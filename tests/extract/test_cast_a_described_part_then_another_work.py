"""A part told after who it is ("plays a young nurse, Odile Marsh, in the crime drama Pointe")
then set in another work told by its kind is that work's part; the same shape set in the
article's own production stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow Forever: the German dub"
_LEDE = "Larkhollow Forever arrives on Netflix in Germany next week."


def _cast(paragraph: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, "Jonas Feldt voices Kit in the dub.", paragraph, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_described_part_in_another_work_is_dropped() -> None:
    for paragraph in (
        "Off the mic, Feldt plays a young nurse, Odile Marsh, in the crime drama Pointe.",
        "Jonas Feldt plays a shy baker, Odile Marsh, in the RTL comedy Pointe.",
    ):
        assert ("Jonas Feldt", "Odile Marsh") not in _cast(paragraph), paragraph


def test_a_described_part_in_our_own_production_stays() -> None:
    cast = _cast("Jonas Feldt plays a shy baker, Odile Marsh, in the film Larkhollow Forever.")
    assert ("Jonas Feldt", "Odile Marsh") in cast
