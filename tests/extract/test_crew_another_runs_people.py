"""A name skipped as another run's credit is still a person the article names: the earlier
seasons' directors stay in the article's people list though they get no credit (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, the feature film, is shooting in Kent."


def test_earlier_runs_directors_are_people_not_crew() -> None:
    for text in (
        "The three seasons were directed by Tovin Brannoch and Ysra Quellet; the film is new.",
        "Quillon Bay ran for three seasons, with Tovin Brannoch and Ysra Quellet directing.",
        "The first season was directed by Tovin Brannoch and Ysra Quellet.",
    ):
        found = facts(LEDE, text)
        assert not {c.name for c in found.crew if c.served}
        assert {"Tovin Brannoch", "Ysra Quellet"} <= set(found.people)


def test_a_dated_past_release_of_an_ordinal_run_credits_that_run() -> None:
    assert not {
        c.name
        for c in facts(
            LEDE,
            "For new fans: the first season landed on Vela on 2 May 2022, directed by Tovin "
            "Brannoch, and the third followed in 2024.",
        ).crew
        if c.served
    }
    assert {
        c.name
        for c in facts(
            LEDE, "The film arrives in May 2027, directed by Tovin Brannoch.", date="2026-05-01"
        ).crew
        if c.served
    } == {"Tovin Brannoch"}
