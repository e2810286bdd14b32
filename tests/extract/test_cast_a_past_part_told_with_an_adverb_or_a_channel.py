"""An actor's aside on a past work told with an adverb of time or the work's channel ("who last
starred in ITV's Tin Lane as Mira", "who most recently appeared in Channel 5's Tin Lane as
Mira") sets the part in that work; the same aside on our own production keeps its part
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Brass Lamps: cast announced as filming begins"
_LEDE = "The Brass Lamps started filming in Derry this week."
_LIST = "The cast is led by Rory Fenwick-Hale (Owen Carrick) and Tess Maughan (Ida Carrick)."


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_past_part_with_an_adverb_or_a_channel_is_not_ours() -> None:
    for aside in (
        "Rory Fenwick-Hale, who last starred in ITV’s Tin Lane as DS Ned Pryor, is thrilled.",
        "Rory Fenwick-Hale, who most recently appeared in Channel 5’s Tin Lane as DS Ned Pryor,"
        " is thrilled.",
    ):
        cast = _cast(_LIST, aside)
        assert ("Rory Fenwick-Hale", "DS Ned Pryor") not in cast, aside
        assert not any(part.endswith("Ned Pryor") for _, part in cast), (aside, cast)


def test_a_past_part_in_our_own_production_stays() -> None:
    cast = _cast("Rory Fenwick-Hale, who last starred in The Brass Lamps as Ned Pryor, is back.")
    assert ("Rory Fenwick-Hale", "Ned Pryor") in cast
