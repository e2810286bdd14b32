"""A live blog's entry that brings in another work by its kind and then its name between commas
("First up, a new Welsh drama, Tinderholt, from director ..."): what the entry says next of its
cast and date is that work's. Our own film so told keeps its cast."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Vela slate live: a first look at the Quillon Row film"
_LEDE = "Follow along as Vela shows its year ahead, with Quillon Row promised."
_OPEN = "9:30 GMT: Morning from a cold Leeds. Quillon Row fans are already queueing."


def _page(entry: str) -> ArticleFacts:
    closing = "12:10 GMT: Quillon Row will be released on Vela on Friday 4 September 2026."
    return facts(_LEDE, _OPEN, entry, closing, date="2026-02-12", title=_HEADLINE)


def _dates(found: ArticleFacts) -> set[str]:
    return {str(r.date or r.window) for r in found.release if r.served}


def test_a_new_work_named_between_commas_keeps_its_cast_and_window() -> None:
    found = _page(
        "10:14 GMT: First up, a new Cardiff crime drama, The Tallow Files, from director Pia"
        " Rusk. Odo Bram plays DI Saul Penrose. It's coming in the spring, we hear."
    )
    assert ("Odo Bram", "DI Saul Penrose") not in served_pairs(found)
    assert "2026-03/2026-05" not in _dates(found)
    assert "2026-09-04" in _dates(found)


def test_our_film_named_between_commas_keeps_its_cast() -> None:
    found = _page(
        "10:14 GMT: First up, a new Vela film, Quillon Row, from director Pia Rusk. Odo Bram"
        " plays Saul Penrose."
    )
    assert ("Odo Bram", "Saul Penrose") in served_pairs(found)
