"""A film's or new run's page naming who made the show's earlier runs ("Seasons one and two were
directed by X", "The first three series, directed by X and Y, were ...", "Earlier series of T
were directed by X") or the ones its director follows ("takes over from the series' directors X
and Y"): those are the runs' credits, not the work's; one who returns for it stays (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_numbered_seasons_passive_credit_is_the_runs() -> None:
    found = served_crew(
        "Netflix has shared the first footage from the Saltmarsh film.",
        "Seasons one and two were directed by Odile Marchetti, and Bram Kohl took over for the"
        " third run.",
        "The film is directed by Lucia Varga.",
    )
    assert ("director", "Odile Marchetti") not in found
    assert ("director", "Lucia Varga") in found


def test_counted_series_with_a_participle_credit_is_the_runs() -> None:
    found = served_crew(
        "Filming on the Saltmarsh film has moved to the coast.",
        "The first three series, directed by Odile Marchetti and Bram Kohl, were partly shot in"
        " nearby villages.",
    )
    assert ("director", "Odile Marchetti") not in found
    assert ("director", "Bram Kohl") not in found


def test_earlier_series_of_a_title_credit_is_the_runs() -> None:
    found = served_crew(
        "The Saltmarsh film adds four names to its cast.",
        "Earlier series of Saltmarsh were written by Tamsin Orr.",
    )
    assert ("writer", "Tamsin Orr") not in found


def test_predecessors_by_post_are_not_the_works() -> None:
    found = served_crew(
        "The Saltmarsh film comes to Netflix in the spring.",
        "Lucia Varga takes over from the show’s directors Odile Marchetti and Bram Kohl, and the"
        " old gang is back.",
    )
    assert ("director", "Odile Marchetti") not in found
    assert ("director", "Bram Kohl") not in found


def test_a_runs_director_who_also_directs_the_film_stays() -> None:
    found = served_crew(
        "The Saltmarsh film comes to Netflix in the spring.",
        "Earlier series of Saltmarsh were directed by Odile Marchetti, who also directs the film.",
    )
    assert ("director", "Odile Marchetti") in found


def test_the_series_own_credit_stays() -> None:
    found = served_crew(
        "Saltmarsh arrives on Netflix in May.",
        "The series was directed by Odile Marchetti.",
    )
    assert ("director", "Odile Marchetti") in found
