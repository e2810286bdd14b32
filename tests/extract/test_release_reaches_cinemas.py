"""A film that "reaches UK cinemas on 6 November" (a podcast or interview write-up's wording) is
released that day; a work that reaches anything else (a chart's top, a final) is not."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the director on her new film"


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(sentence, date="2026-10-02", title=_TITLE)


def test_a_film_that_reaches_cinemas_on_a_day_premieres_then() -> None:
    for sentence in (
        "Tess Marle talks about Copper Bay, the Harbourlight drama that reaches UK cinemas on"
        " 6 November.",
        "Copper Bay reaches cinemas on 6 November.",
    ):
        assert ("premiere_date", "2026-11-06", False) in _found(sentence), sentence


def test_a_film_that_reaches_a_charts_top_on_a_day_is_no_premiere() -> None:
    found = _found("Copper Bay reached number one on 6 November.")
    assert ("premiere_date", "2026-11-06", False) not in found
