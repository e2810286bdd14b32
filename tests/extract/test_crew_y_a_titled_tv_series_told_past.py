"""A film's article that names the show it comes from by its title, told as a past run ("The
Dune Road TV series, which ran for three seasons, was directed by A and B"): the show's
directors, never the film's; the film's own director stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Lanternfall film lands a Bafta nod"
_LEDE = "The Lanternfall film, directed by Orla Penwick, is up for best drama."


def _directors(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_titled_tv_series_told_past_credits_the_show() -> None:
    for sentence in (
        "The Lanternfall TV series, which ran for four seasons from 2019, was directed by Hal"
        " Brisco and Tove Amsel.",
        "The Lanternfall television series, which aired on Channel 9 until 2023, was directed by"
        " Hal Brisco.",
    ):
        names = _directors(sentence)
        assert "Hal Brisco" not in names, sentence
        assert "Orla Penwick" in names, sentence


def test_the_film_itself_directed_stays() -> None:
    sentence = "The Lanternfall film, which shot in Kent, was directed by Hal Brisco."
    assert "Hal Brisco" in _directors(sentence)
