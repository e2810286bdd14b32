"""A "with X directing" after an ordinal run's dated past release ("the first season, which
aired in 2021 with X directing") credits that run, not the film; a "with" that is not tied to a
dated run, and the film's own "with", still credit the film (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, "It was directed by Petra Lune. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_a_dated_earlier_run_with_its_director_credits_nobody_here() -> None:
    for sentence in (
        "The show's first season, which aired on 3 May 2021 with Odo Brannock directing, won.",
        "Season two landed in March 2023 with Odo Brannock directing, to warm reviews.",
    ):
        found = _directors(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Petra Lune" in found, sentence


def test_a_with_not_tied_to_a_dated_run_keeps_its_credit() -> None:
    found = _directors("The film went ahead in 2025 with Odo Brannock directing alongside Lune.")
    assert "Odo Brannock" in found
