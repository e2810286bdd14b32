"""An actor's past part told in an aside on another work ("who last starred in ITV's Tin Lane as
DS Ned Pryor") is no plain casting of ours: it does not unsettle the actor's bracketed part in
the cast list; a plain casting of ours with another part still does (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Brass Lamps: cast announced as filming begins"
_LEDE = "The Brass Lamps started filming in Derry this week."
_LIST = (
    "The cast is led by Rory Fenwick-Hale (Owen Carrick), Tess Maughan (Ida Carrick) and Col"
    " Brannigan (Sergeant Pat Oakes)."
)


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_past_aside_part_keeps_the_bracketed_part() -> None:
    aside = "Rory Fenwick-Hale, who last starred in ITV’s Tin Lane as DS Ned Pryor, is thrilled."
    cast = _cast(_LIST, aside)
    assert ("Rory Fenwick-Hale", "Owen Carrick") in cast, cast
    assert ("Tess Maughan", "Ida Carrick") in cast, cast


def test_the_list_alone_is_read() -> None:
    assert ("Rory Fenwick-Hale", "Owen Carrick") in _cast(_LIST)
