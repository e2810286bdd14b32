"""A live page's paragraph may turn to another film after a short label ("Next, the morning.")
or past a lower-case lead-in ("Our last screening of the evening was ..."), or set it as a work
by its owner's apposition ("Tarnholm, Ada Vale’s Danish drama about ..."): what the paragraph
then says of its cast and cinema date is that film's. Our own film so told keeps its facts."""

from __future__ import annotations

from tests.extract.helpers import facts, release_dates, served_pairs

_HEADLINE = "Quayside Film Days final day – live: Quillon Row cast arrive for closing gala"
_LEDE = (
    "All evening from the Quayside Film Days, which closes with the first showing of Quillon Row."
)
_OPEN = "Good evening from the harbour, where Quillon Row screens tonight at the old custom house."
_CLOSE = "That is all from us tonight."


def _cast(entry: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, _OPEN, entry, _CLOSE, date="2026-03-12", title=_HEADLINE))


def _dates(entry: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, _OPEN, entry, _CLOSE, date="2026-03-12", title=_HEADLINE)


def test_a_label_then_an_owned_film_keeps_its_cast() -> None:
    entry = (
        "Next, the morning. Tarnholm, Greta Wessel’s Danish drama about two ferry pilots, "
        "filled the small screen. Mads Kjeldgaard, who plays the younger pilot Anders, "
        "thanked the crowd."
    )
    assert ("Mads Kjeldgaard", "Anders") not in _cast(entry)


def test_a_lead_in_then_another_film_keeps_its_cast_and_date() -> None:
    entry = (
        "Our last screening of the afternoon was Greta Wessel’s Tarnholm, a Danish drama about "
        "two ferry pilots. Mads Kjeldgaard, who plays the younger pilot Anders, thanked the "
        "crowd. It is due in UK cinemas on 14 August."
    )
    assert ("Mads Kjeldgaard", "Anders") not in _cast(entry)
    assert ("premiere_date", "2026-08-14", False) not in _dates(entry)


def test_our_film_after_a_label_keeps_its_cast() -> None:
    entry = (
        "Next, the carpet. Quillon Row, Greta Wessel’s harbour drama about a lock keeper, "
        "is ready. Mads Kjeldgaard, who plays the lock keeper Anders, waved to the crowd."
    )
    assert ("Mads Kjeldgaard", "Anders") in _cast(entry)
