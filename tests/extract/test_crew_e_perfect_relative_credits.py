"""The production named by its kind and title, its makers in perfect-tense relative clauses:
"with a film, Title, which X has written and which Y has directed" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Orla Quorle: this is the ending I always had in mind"
_LEDE = "Orla Quorle has spent most of the past decade with her two heroes."


def test_both_perfect_clauses_credit_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "In April the streamer confirmed the story would close not with a fourth season but with"
        " a film, Kettle Marsh, which Quorle has written and which Teodor Vasse has directed.",
        title=_TITLE,
    )
    assert {("writer", "Orla Quorle"), ("director", "Teodor Vasse")} <= crew


def test_another_titles_clause_still_credits_nothing() -> None:
    crew = served_crew(
        _LEDE,
        "She once worked on Merrow Lane, which Teodor Vasse has directed.",
        title=_TITLE,
    )
    assert ("director", "Teodor Vasse") not in crew
