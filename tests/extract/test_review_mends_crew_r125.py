"""Crew credits on invented text (review 125): a first series credited and told in the past,
then told still to come in the same sentence ("wrapped in March and premieres in October"), is
the article's own run, so its credit stays; one told only in the past is an earlier run's."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_first_series_wrapped_and_still_to_premiere_keeps_its_director() -> None:
    found = served_crew(
        "Saltreed, a new thriller for BBC Two, has finished filming.",
        "The first series, directed by Tove Lindqvist, wrapped in March and premieres in October.",
    )
    assert ("director", "Tove Lindqvist") in found


def test_a_first_series_told_only_in_the_past_is_still_an_earlier_run() -> None:
    found = served_crew(
        "The Saltreed film is shooting in Kent this month.",
        "It is familiar ground: the first series, directed by Tove Lindqvist, filmed on the same"
        " marshes in 2021.",
        "Remi Adeyemi is directing the film.",
    )
    assert ("director", "Tove Lindqvist") not in found
    assert ("director", "Remi Adeyemi") in found
