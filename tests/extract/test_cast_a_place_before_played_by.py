"""A description that ends on a place ("a ferryman on the Sound Isles, played by X") casts no
part: the place is where the part lives, not its name; a named part after a preposition ("a
crush on Mira Holt, played by X") is still cast (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ferrow Lane review: a quiet island drama"
_LEDE = "Ferrow Lane, the new Irish drama, premiered at the festival on Friday."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_a_place_before_played_by_is_no_part() -> None:
    for place in ("on the Sound Isles", "in the Burren Hills", "at the Dunmore Quay"):
        cast = _cast(f"The story follows an ageing ferryman {place}, played by Petra Vance.")
        assert not any(actor == "Petra Vance" for actor, _ in cast), place


def test_a_named_part_after_a_preposition_is_still_cast() -> None:
    cast = _cast("Tomas has a crush on Mira Holt, played by Petra Vance.")
    assert ("Petra Vance", "Mira Holt") in cast
