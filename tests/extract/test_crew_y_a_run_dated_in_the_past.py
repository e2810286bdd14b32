"""A passive credit told of a run dated in the past is that run's maker, not the article's: an
ordinal run released with its year after the names ("the opening series, directed by X and
released in 2021"), or runs listed with their past years and one credit for all ("with more
seasons in 2021 and 2023, all directed by X"). Without the year, or with the run still to
come, the credit stays ours (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackenfold: the film gets its first poster"
_LEDE = "The Brackenfold film, directed by Petra Lowe, reaches cinemas in June."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_an_ordinal_run_released_in_a_past_year_is_not_ours() -> None:
    for sentence in (
        "Fans will recall the opening series, directed by Corran Tisdale and released in May 2019.",
        "Its second season, directed by Corran Tisdale, aired in 2020 to small audiences.",
    ):
        assert "Corran Tisdale" not in _crew(sentence), sentence


def test_runs_with_past_years_credited_all_at_once_are_not_ours() -> None:
    sentence = (
        "The show first aired in March 2018, with two more seasons following in 2019 and 2021,"
        " all directed by Corran Tisdale and Mabli Ferrow."
    )
    crew = _crew(sentence)
    assert "Corran Tisdale" not in crew
    assert "Mabli Ferrow" not in crew


def test_an_undated_or_coming_run_keeps_its_credit() -> None:
    lede = "Brackenfold returns to Vela for its second season on Sunday."
    for sentence in (
        "The second season, directed by Corran Tisdale, arrived on Friday.",
        "Its second season, directed by Corran Tisdale, will be released in 2027.",
        "Two seasons are due in 2027 and 2028, all directed by Corran Tisdale.",
    ):
        crew = {c.name for c in facts(lede, sentence, title="Brackenfold").crew if c.served}
        assert "Corran Tisdale" in crew, sentence
