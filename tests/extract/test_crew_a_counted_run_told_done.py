"""A series' earlier runs told in a film's or a new run's article, on invented articles: a counted
run as a passive's subject ("The three seasons of T, which ran until 2024, were directed by X"),
the show's episodes in the pluperfect, and a "with X directing" after a run told done credit
that run's makers, not the article's production."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, the feature film, is shooting in Kent."


def _directors(text: str) -> set[str]:
    return {c.name for c in facts(LEDE, text).crew if c.served and c.role.name == "DIRECTOR"}


def test_a_counted_run_as_the_subject_credits_that_run() -> None:
    assert not _directors(
        "The three seasons of Quillon Bay, which ran from 2020 to 2022, were directed by Sefa "
        "Harrow and Idris Kell."
    )


def test_the_shows_episodes_in_the_pluperfect_credit_the_show() -> None:
    assert not _directors(
        "The series’ episodes had been directed by Sefa Harrow and Idris Kell; the film is his "
        "alone."
    )


def test_a_with_credit_after_a_run_told_done_is_that_runs() -> None:
    for text in (
        "Quillon Bay ran for three seasons on Vela from 2020 to 2022, with Sefa Harrow directing "
        "the first.",
        "The three seasons so far arrived in 2020, 2021 and 2022, with Sefa Harrow and Idris Kell "
        "directing episodes.",
    ):
        assert not _directors(text)


def test_a_new_run_or_a_later_clause_keeps_its_with_credit() -> None:
    assert _directors("Quillon Bay returns for a fourth season, with Sefa Harrow directing.") == {
        "Sefa Harrow"
    }
    assert _directors(
        "Quillon Bay ran for three seasons; the film follows, with Sefa Harrow directing."
    ) == {"Sefa Harrow"}
    assert "Idris Kell" in _directors(
        "The three seasons were directed by Sefa Harrow, but the film is directed by Idris Kell."
    )
