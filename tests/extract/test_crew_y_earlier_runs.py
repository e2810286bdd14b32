"""The show's earlier runs named beside a film made from it: the makers of "the show's three
seasons, which were directed by X" and of "in 2019, when X was at the helm" are those runs',
not the film's; the film's own credits, and a helm told now, stay (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackenfold: the film that closes the story"
_LEDE = "Brackenfold: The Last Tide, directed by Ines Carrow, arrives on Vela in June."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_a_possessed_counted_runs_makers_are_no_credit() -> None:
    for sentence in (
        "The trailer looks darker than the show's three seasons, which were directed by Tobias"
        " Renn and Marla Quist.",
        "Its palette is cooler than the series' four seasons, that were directed by Tobias Renn"
        " and Marla Quist.",
        "The film feels bigger than its two series, which were directed by Tobias Renn and Marla"
        " Quist.",
    ):
        found = _directors(sentence)
        assert "Tobias Renn" not in found, sentence
        assert "Marla Quist" not in found, sentence
        assert "Ines Carrow" in found, sentence


def test_a_helm_told_at_a_past_time_is_no_credit() -> None:
    for sentence in (
        "The show took the top prize in 2021, when Tobias Renn was at the helm.",
        "It is a long way from the cosy mood of 2020, when Tobias Renn and Marla Quist were at"
        " the helm.",
        "Fans still talk about the early days, back when Tobias Renn was at the helm.",
    ):
        found = _directors(sentence)
        assert "Tobias Renn" not in found, sentence
        assert "Marla Quist" not in found, sentence


def test_a_helm_told_now_keeps_its_credit() -> None:
    for sentence in (
        "Shooting began in Cornwall on Monday, with Tobias Renn at the helm.",
        "Tobias Renn is back at the helm for the finale.",
    ):
        assert "Tobias Renn" in _directors(sentence), sentence


def _composers(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "composer"}


def test_a_post_holder_told_as_a_counted_runs_maker_is_no_credit() -> None:
    for sentence in (
        "The show's composer, Oren Falk, built three seasons around sea shanties.",
        "The series' composer, Oren Falk, scored all four series on a single piano.",
    ):
        assert "Oren Falk" not in _composers(sentence), sentence


def test_a_post_holder_told_back_or_told_now_keeps_the_credit() -> None:
    for sentence in (
        "The show's composer, Oren Falk, scored three seasons and returns for the film.",
        "The film's composer, Oren Falk, recorded the score in Prague.",
    ):
        assert "Oren Falk" in _composers(sentence), sentence
