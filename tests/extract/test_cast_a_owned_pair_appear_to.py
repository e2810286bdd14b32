"""Two owned parts joined by "and" then "appear to" or "seem to" ("A's Mira and B's Gus appear
to be ...") are both parts, as a plural verb fits the pair; one owned name before a plural
"appear to" is not read, nor a work two people own (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ferrow Lane trailer: ten things we spotted"
_LEDE = "Netflix has released the trailer for Ferrow Lane, the drama's final season."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_the_second_of_an_owned_pair_before_appear_to() -> None:
    for verb in ("appear", "seem"):
        cast = _cast(f"Petra Vance’s Oona and Tomas Reed’s Gus {verb} to be at a ferry port.")
        assert ("Tomas Reed", "Gus") in cast, verb
        assert ("Petra Vance", "Oona") in cast, verb


def test_no_pair_of_parts_no_plural_reading() -> None:
    assert _cast("Petra Vance and Tomas Reed’s Lumen appear to be on the shortlist.") == set()
