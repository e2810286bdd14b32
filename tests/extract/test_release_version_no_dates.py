""" "No date yet" said of one version of the film (a dub, a cut) is that version's, not the
film's: it is held. Said of the film itself, it is still served. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_HEADLINE = "Gullstone: ten things we learned from the trailer"


def _unannounced(*paragraphs: str) -> bool:
    served = served_releases(*paragraphs, date="2026-01-20", title=_HEADLINE)
    return any(r.kind.value == "not_announced" for r in served)


def test_no_date_for_a_dub_is_not_the_films() -> None:
    assert not _unannounced(
        "The Gullstone trailer is here, and it is every bit as bleak as the books.",
        "S4C says a Welsh-language dub will follow later in the year, with Elin Rhys voicing "
        "Mari. There is no date yet for that version.",
    )


def test_no_date_for_the_film_is_still_served() -> None:
    assert _unannounced(
        "Gullstone has finished filming in Anglesey. There is no release date yet for the drama.",
    )
