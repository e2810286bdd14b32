"""A live blog's timed entry that sets another film as a work by apposition may tell its kind
as a piece of a period or a room ("The Tarnsmith’s Widow, a handsome period piece from director
..."): that entry's credits are that film's. Our own film so told keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_HEADLINE = "Harbour Film Week live: Quillon Row premiere, plus Grey Acre and The Tarnsmith's Widow"
_LEDE = "All day from the Harbour Film Week, which opens with the first showing of Quillon Row."
_OPEN = (
    "9:30 — Morning from the quay. Quillon Row screens tonight, with Ansel Ferrand as Gideon Moult."
)


def _credits(name: str) -> set[tuple[str, str]]:
    entry = (
        f"16:30 — Straight out of {name}, a slow costume piece from Welsh director Perpetua "
        "Algood, with Ines Quarrie as Morwen. It is on BBC Two at Christmas."
    )
    return served_credits(
        facts(_LEDE, "Live coverage by Della Marchmont", _OPEN, entry, date="2026-06-12",
              title=_HEADLINE)
    )  # fmt: skip


def test_another_film_told_as_a_costume_piece_keeps_its_director() -> None:
    assert ("director", "Perpetua Algood") not in _credits("The Tarnsmith’s Widow")


def test_our_film_told_as_a_costume_piece_keeps_its_director() -> None:
    assert ("director", "Perpetua Algood") in _credits("Quillon Row")
