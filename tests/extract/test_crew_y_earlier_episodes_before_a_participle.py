"""The show's earlier episodes with a participle credit after them ("the show's earlier
episodes, directed by X, set the tone") are that run's, not the film's; plain "the episodes,
directed by X," keeps its credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film starts shooting in Whitby"
_LEDE = "The Harbour Lights film began shooting in Whitby this week, with Nadia Orr directing."


def test_earlier_episodes_with_a_participle_credit_no_director() -> None:
    crew = served_crew(
        _LEDE,
        "Orr says the show's earlier episodes, directed by Colm Bray, gave her a tone to keep.",
        title=_TITLE,
    )
    assert ("director", "Colm Bray") not in crew
    assert ("director", "Nadia Orr") in crew


def test_plain_episodes_with_a_participle_keep_their_director() -> None:
    crew = served_crew(
        "Harbour Lights returns to the channel next spring with six new episodes.",
        "The episodes, directed by Colm Bray, were shot on the Yorkshire coast.",
        title="Harbour Lights returns next spring",
    )
    assert ("director", "Colm Bray") in crew
