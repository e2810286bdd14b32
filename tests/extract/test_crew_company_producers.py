"""A producer told as the producing company's person ("the film is produced by T Films, whose X
produced", an interviewer's "X at T produced.") is the article's producer; a bare "X produced."
with no company says nothing of the work."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Corrisdale: everything we know about the film"
_LEDE = "Corrisdale lands on Quorlith on Friday."


def test_whose_person_produced_after_the_company() -> None:
    served = served_crew(
        _LEDE,
        "The film is produced by Tamsay Films, whose Oskar Fenwright-Dale produced.",
        title=_HEAD,
    )
    assert ("producer", "Oskar Fenwright-Dale") in served


def test_a_person_at_the_company_produced() -> None:
    served = served_crew(
        _LEDE, "Oskar Fenwright-Dale at Tamsay produced. What was he like?", title=_HEAD
    )
    assert ("producer", "Oskar Fenwright-Dale") in served


def test_a_bare_produced_is_no_credit() -> None:
    served = served_crew(_LEDE, "Oskar Fenwright-Dale produced.", title=_HEAD)
    assert ("producer", "Oskar Fenwright-Dale") not in served
