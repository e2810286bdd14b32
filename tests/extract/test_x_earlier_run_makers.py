"""The show's first run's director, told in the past ("back when X was helming series one", "X,
who wrote the series' first run") is no credit of the film (invented text)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_LEDE = "Gullwater Forever, the Netflix film directed by Juno Pell, arrives on 17 April."


def _served_crew(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served}


def test_the_first_runs_director_told_in_the_past_is_not_the_films() -> None:
    found = facts(
        _LEDE,
        "The film shot in Kent, as the series did back in 2021, when Pell Oxbury was directing "
        "season one.",
        date="2026-04-01",
    )
    assert "Pell Oxbury" not in _served_crew(found)


def test_a_correction_naming_the_first_seasons_director_credits_only_the_films() -> None:
    found = facts(
        _LEDE,
        "We earlier described the film as directed by Pell Oxbury, who directed the show’s first "
        "season; the film is directed by Juno Pell.",
        date="2026-04-01",
    )
    assert "Pell Oxbury" not in _served_crew(found)
