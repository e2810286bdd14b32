"""A passive credit with a past run told after the name ("whose episodes were directed by X in
its first two seasons") is that run's, not the film's; a credit in the run's first season alone
(which may be the article's own) and a plain credit keep their director (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Explainer: all we know about Larkhollow: The Film"
_LEDE = "Larkhollow: The Film, the Netflix feature that ends the story, is out in June."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_past_runs_director_after_the_name_is_no_credit() -> None:
    for sentence in (
        "It is a change from the show, whose episodes were directed by Greta Vance in its first"
        " three seasons.",
        "The series was directed by Ossian Teague across its earlier seasons, before the move"
        " to film.",
    ):
        crew = _crew(sentence)
        assert "Greta Vance" not in crew, sentence
        assert "Ossian Teague" not in crew, sentence


def test_a_plain_or_single_season_credit_keeps_its_director() -> None:
    for sentence in (
        "The film is directed by Greta Vance in her first feature.",
        "The film, directed by Greta Vance, opens in June.",
    ):
        assert "Greta Vance" in _crew(sentence), sentence
