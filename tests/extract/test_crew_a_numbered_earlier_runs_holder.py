"""A film of a show that gives its post to one person and then looks back at a numbered run's
holder ("The first series of X, ..., was directed by Y") or the show's past start ("The series,
which began ... under director Y") credits Y with another instalment, not the article's
production; with no one else holding the post, the numbered run may be ours and keeps its
credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Cameras roll on the Marrowfield film"
_LEDE = "Filming has begun on Marrowfield, the feature film of the Channel 9 drama."
_OURS = "The film is written by Annika Fjeldstad and directed by Osric Fane."


def _crew(*sentences: str) -> set[tuple[str, str]]:
    return {(c.name, str(c.role)) for c in facts(_LEDE, *sentences, title=_TITLE).crew if c.served}


def test_a_numbered_runs_director_is_no_credit_when_the_film_has_its_own() -> None:
    for sentence in (
        "The first series of Marrowfield, based on the radio play, was directed by Hal Brenner.",
        "The third season, released in March 2023, was directed by Hal Brenner.",
        "The series, which began on Channel 9 in 2019 under director Hal Brenner, ran for years.",
    ):
        crew = _crew(_OURS, sentence)
        assert ("Hal Brenner", "director") not in crew, sentence
        assert ("Osric Fane", "director") in crew, sentence


def test_a_numbered_run_with_no_other_holder_keeps_its_credit() -> None:
    sentence = "The third season, released in March 2023, was directed by Hal Brenner."
    assert ("Hal Brenner", "director") in _crew(sentence)


def test_a_new_clause_after_the_run_is_the_films_credit() -> None:
    sentence = "The first series is streaming now and the film was directed by Hal Brenner."
    assert ("Hal Brenner", "director") in _crew(sentence)
