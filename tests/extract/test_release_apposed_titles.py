"""Our production named in an aside as the sentence's subject: "The film, titled X, ..."."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(sentence: str) -> list[str | None]:
    found = facts("Cameras rolled in Tarrow this week.", sentence, date="2027-06-02")
    return [r.title for r in found.release if r.title and r.served]


def test_the_production_titled_in_an_aside_names_it() -> None:
    assert _titles(
        "The Streamly production, titled Osier Kites, is the feature-length finale to the series."
    ) == ["Osier Kites"]


def test_an_earlier_film_titled_in_an_aside_is_not_ours() -> None:
    assert (
        _titles("The director's previous film, titled Brass Ferry, won an award at Larkfest.") == []
    )
