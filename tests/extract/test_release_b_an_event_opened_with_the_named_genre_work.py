"""A festival that "had opened on <day> with the Cornish romance <Title>" had its opening night
that day: the work it opened with is named with "the" and its genre, still another work, so the
day is no release of ours. "With the film's cast" names our own people, not a work."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Moss Hollow closed the Harrowby festival with a packed gala on Sunday night."
_OURS = "Netflix puts Moss Hollow out on 24 April."


def test_an_event_opening_with_the_genre_named_work_dates_nothing_of_ours() -> None:
    for sentence in (
        "Harrowby had opened on 13 March with the Cornish romance Tin Harbour, directed by"
        " Elowen Pascoe.",
        "The season opened on 13 March with the documentary Salt Lines.",
    ):
        found = release_kinds(_LEDE, sentence, _OURS, date="2026-03-23")
        assert ("premiere_date", "2026-04-24", False) in found, sentence
        assert not any(when == "2026-03-13" for _, when, _ in found), sentence


def test_our_film_opening_with_its_own_cast_stays_a_release() -> None:
    found = release_kinds(
        "Moss Hollow opens on 13 March with the film's cast at a gala in Leeds.",
        date="2026-02-02",
        title="Moss Hollow: release date confirmed",
    )
    assert ("premiere_date", "2026-03-13", False) in found
