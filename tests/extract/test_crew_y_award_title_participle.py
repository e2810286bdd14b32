"""A title an award was won for, then its participle credit ("won the prize for The Long
Harbour, directed by X"): that work's maker, not the article's; the article's own title before
", directed by" keeps its credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Can Tamsfield Forever win the Baftas? The streamer's campaign"
_LEDE = "With the longlists near, the streamer pushes Tamsfield Forever for its lead, Dana Rooke."
_BODY = "Rooke plays the mother in Tamsfield Forever, the film that closed the story in April."


def test_an_award_winning_other_title_credits_no_one_here() -> None:
    crew = served_crew(
        _LEDE,
        _BODY,
        "Rooke won two prizes for The Long Harbour, directed by Piet Sandor, in 2018, and played"
        " a judge in seasons one and two of The Bench.",
        title=_TITLE,
    )
    assert ("director", "Piet Sandor") not in crew


def test_the_articles_own_title_keeps_its_participle_credit() -> None:
    crew = served_crew(
        _LEDE,
        _BODY,
        "The streamer has campaigned all autumn for Tamsfield Forever, directed by Piet Sandor.",
        title=_TITLE,
    )
    assert ("director", "Piet Sandor") in crew
