"""A festival that "opened on <day> with Pia Dorne's Tin Harbour" opened with another maker's
named work: its opening night is no release of the article's film."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Moss Hollow closed the Harrowby festival with a sold-out preview on Sunday."
_OURS = "Moss Hollow is on Netflix from 24 April."


def test_an_event_opening_with_a_makers_work_dates_nothing_of_ours() -> None:
    for sentence in (
        "Harrowby opened on 13 March with Pia Dorne's Tin Harbour, starring Olu Venn, and this"
        " closing night made a neat pair.",
        "The strand opens on 13 March with Cal Moss's new Windlash Lane, its organisers said.",
    ):
        found = release_kinds(_LEDE, sentence, _OURS, date="2026-03-23")
        assert ("premiere_date", "2026-04-24", False) in found, sentence
        assert not any(when == "2026-03-13" for _, when, _ in found), sentence


def test_our_film_opening_with_someones_blessing_stays_a_release() -> None:
    found = release_kinds(
        "Moss Hollow opens on 13 March with Netflix's full backing behind it.",
        date="2026-02-02",
        title="Moss Hollow: release date confirmed",
    )
    assert ("premiere_date", "2026-03-13", False) in found
