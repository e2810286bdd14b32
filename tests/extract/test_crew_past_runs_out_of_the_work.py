"""A film's page on who made the show's runs and is not on the film: the runs counted after the
show's name ("The show's two seasons, directed by X"), a credit split between runs ("directed by
X (Season 1) and Y (Season 2)"), holders by their post said to be out ("the show's directors X
and Y are not involved this time"). None is the film's credit; the film's own stays (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_counted_runs_after_the_shows_name_are_the_runs() -> None:
    found = served_crew(
        "The Saltmarsh film arrives on Lumen in the spring.",
        "The show’s two seasons, directed by Odile Marchetti and Bram Kohl, won a pile of awards.",
        "The film is directed by Lucia Varga.",
    )
    assert ("director", "Odile Marchetti") not in found
    assert ("director", "Bram Kohl") not in found
    assert ("director", "Lucia Varga") in found


def test_a_credit_split_between_runs_is_the_shows() -> None:
    found = served_crew(
        "Lumen sets a date for the Saltmarsh film.",
        "The show was written by Tamsin Orr (Series 1) and Pip Adler (Series 2 and 3).",
        "The film is written by Nell Crane.",
    )
    assert ("writer", "Tamsin Orr") not in found
    assert ("writer", "Pip Adler") not in found
    assert ("writer", "Nell Crane") in found


def test_holders_by_post_said_to_be_out_are_not_the_films() -> None:
    found = served_crew(
        "Filming on the Saltmarsh film has moved to the coast.",
        "The show’s directors Odile Marchetti and Bram Kohl are not involved this time; the"
        " film is directed by Lucia Varga.",
    )
    assert ("director", "Odile Marchetti") not in found
    assert ("director", "Bram Kohl") not in found
    assert ("director", "Lucia Varga") in found


def test_a_holder_by_post_who_is_involved_stays() -> None:
    found = served_crew(
        "Filming on the Saltmarsh film has moved to the coast.",
        "The film’s director Lucia Varga is involved in every department.",
    )
    assert ("director", "Lucia Varga") in found
