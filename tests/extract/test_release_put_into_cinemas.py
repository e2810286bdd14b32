"""A distributor that "will put the film into cinemas" (or "bring" it) on a day releases it then."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay wins hearts at the festival"


def test_putting_or_bringing_the_film_into_cinemas_dates_the_release() -> None:
    for sentence in (
        "Harbourlight Pictures will put the film into Irish cinemas on 21 August.",
        "Harbourlight Pictures brings Copper Bay into UK cinemas on 21 August.",
    ):
        found = release_kinds(sentence, date="2026-07-10", title=_TITLE)
        assert ("premiere_date", "2026-08-21", False) in found, (sentence, found)


def test_putting_a_poster_up_in_cinemas_is_no_release() -> None:
    sentence = "Harbourlight Pictures will put posters up in cinemas on 21 August."
    found = release_kinds(sentence, date="2026-07-10", title=_TITLE)
    assert ("premiere_date", "2026-08-21", False) not in found, found
