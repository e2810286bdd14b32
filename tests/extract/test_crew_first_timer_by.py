"""A passive credit whose name follows a newcomer's noun: "directed by first-timer X"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_written_and_directed_by_a_first_timer() -> None:
    found = facts("The drama, written and directed by first-timer Omar Sidi, stars Ben Ortiz.")
    assert credits(found) >= {("writer", "Omar Sidi"), ("director", "Omar Sidi")}


def test_directed_by_a_debutant_or_debutante() -> None:
    found = facts("The film is directed by debutant Omar Sidi.")
    assert ("director", "Omar Sidi") in credits(found)
    found = facts("Shot in Leeds, the thriller is directed by debutante Cara Lin.")
    assert ("director", "Cara Lin") in credits(found)


def test_produced_by_a_first_timer_for_a_company() -> None:
    found = facts("Produced by first-timer Cara Lin for Brook Pictures, the film stars Ben Ortiz.")
    assert ("producer", "Cara Lin") in credits(found)
