"""A passive credit whose verb is negated ("the first film not directed by X", "the score
wasn't composed by Y") says the named did not make the work: no credit. A "not" that does not
sit on the verb ("not a sequel; it is directed by X", "not only written by X") denies nothing."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Tollmoor, the film that ends the lighthouse drama, opens in cinemas in March."


def test_a_negated_passive_credits_nobody() -> None:
    crew = served_crew(
        _LEDE,
        "It is the first chapter of the saga not directed by Fen Aldous or Ruy Tamsin.",
    )
    assert ("director", "Fen Aldous") not in crew


def test_a_contracted_negation_before_the_verb() -> None:
    crew = served_crew(
        _LEDE, "For once the music wasn't composed by Ida Brenn, who is busy on a musical."
    )
    assert ("composer", "Ida Brenn") not in crew


def test_a_not_elsewhere_in_the_sentence_denies_nothing() -> None:
    crew = served_crew(
        _LEDE, "Tollmoor is not a sequel in the usual sense, and it is directed by Fen Aldous."
    )
    assert ("director", "Fen Aldous") in crew


def test_not_only_written_by_still_credits() -> None:
    crew = served_crew(_LEDE, "The film is not only written by Nessa Quill: she also produces.")
    assert ("writer", "Nessa Quill") in crew
