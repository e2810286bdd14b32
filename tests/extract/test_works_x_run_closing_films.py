"""A column may point to another show that closes its run "with a film, X," and name that
film's cast ("Tollgate is signing off with a film, The Long Toll, with A back as B"): that
casting is the other film's. A film the page knows as its own, so told, keeps its cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Kettle Yard does not need a fifth series. It needs an ending"


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Last week Vela told fans that Kettle Yard would end after four series.",
        "There is precedent for this. " + sentence + " Nobody thought less of it.",
        "I hope Vela listens.",
        date="2026-03-02",
        title=_TITLE,
    )
    return served_pairs(found)


def test_another_shows_closing_film_keeps_its_cast() -> None:
    found = _cast(
        "Tollgate is signing off on Vela with a film, The Long Toll, with Ivo Carrick back as "
        "Sergeant Blythe."
    )
    assert ("Ivo Carrick", "Sergeant Blythe") not in found


def test_our_shows_closing_film_keeps_its_cast() -> None:
    found = _cast(
        "Kettle Yard is signing off on Vela with a film, Kettle Yard Forever, with Ivo Carrick "
        "back as Sergeant Blythe."
    )
    assert ("Ivo Carrick", "Sergeant Blythe") in found
