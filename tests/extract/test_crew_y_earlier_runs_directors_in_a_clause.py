"""The earlier runs' directors named in a hand-over with its occasion ("took over the franchise
for the film after series directors A and B") or in a clause of the earlier seasons ("the earlier
seasons, which were shot under series directors A and B") led those runs, not the film; the
film's own director stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Lanternfall film: everything we know"
_LEDE = "The Lanternfall film, directed by Orla Penwick, starts shooting in May."


def _directors(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_directors_handed_over_from_for_the_film_are_not_ours() -> None:
    for sentence in (
        "Penwick, who took over the franchise for the film after series directors Hal Brisco"
        " and Tove Amsel, says the cast had grown up.",
        "Penwick took over the story on the big-screen finale from series director Hal Brisco.",
    ):
        names = _directors(sentence)
        assert "Hal Brisco" not in names, sentence
        assert "Orla Penwick" in names, sentence


def test_directors_under_whom_the_earlier_seasons_were_made_are_not_ours() -> None:
    sentence = (
        "He never worked on the previous seasons, which were lit by other crews under series"
        " directors Hal Brisco and Tove Amsel."
    )
    names = _directors(sentence)
    assert not names & {"Hal Brisco", "Tove Amsel"}
    assert "Orla Penwick" in names


def test_a_series_director_with_no_earlier_run_or_occasion_stays() -> None:
    sentence = "Series director Hal Brisco returns behind the camera for the film."
    assert "Hal Brisco" in _directors(sentence)
