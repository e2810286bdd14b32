"""A first-name part is not filled out from another work's star: "her debut starred Ada Vell as
a nurse" names an actor, not the full name of our part "Ada"; a full name the article gives the
part in its own story still fills it out (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Explainer: everything we know about Ferrow Lane"
_LEDE = "Ferrow Lane, the new Irish drama about three sisters, is coming to RTÉ this autumn."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_a_star_the_maker_cast_before_is_no_full_part() -> None:
    for verb in ("starred", "co-starred", "featuring"):
        cast = _cast(
            "Petra Vance plays the eldest sister, with Mags Delaney as Ada."
            f" The director's first feature, Salt Acre (2019), {verb} Ada Quillan as a"
            " ferry pilot."
        )
        assert ("Mags Delaney", "Ada Quillan") not in cast, verb
        assert ("Mags Delaney", "Ada") in cast, verb


def test_the_parts_own_full_name_still_fills_it_out() -> None:
    cast = _cast(
        "Petra Vance plays the eldest sister, with Mags Delaney as Ada."
        " Ada Quillan runs the ferry after her father's death."
    )
    assert ("Mags Delaney", "Ada Quillan") in cast
