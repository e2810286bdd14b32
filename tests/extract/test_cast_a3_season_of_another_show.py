"""A part set in a numbered season of another named show ("returns as Brann in series two of
Copper Lanes") is that show's, not the article's; a season of the article's own show keeps the
casting (invented articles)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs

_LEDE = "Streamly unveiled its autumn slate in London today, headed by the thriller Harrow Fen."
_OURS = "Ada Vell stars as DS Mira Holt in Harrow Fen."
_TITLE = "Streamly slate live: Harrow Fen first look and every announcement"


@pytest.mark.parametrize(
    "season",
    ["in series two of Copper Lanes", "for the third season of ITV's Copper Lanes"],
)
def test_a_part_in_another_shows_season_is_dropped(season: str) -> None:
    found = pairs(
        facts(_LEDE, _OURS, f"In comedy: Tom Reyes returns as Brann {season}.", title=_TITLE)
    )
    assert ("Ada Vell", "DS Mira Holt") in found
    assert not any(actor == "Tom Reyes" for actor, _ in found), season


def test_a_part_in_the_articles_own_season_stays() -> None:
    found = pairs(
        facts(_LEDE, _OURS, "Tom Reyes returns as Brann Fell in series two of Harrow Fen.")
    )
    assert ("Tom Reyes", "Brann Fell") in found
