"""Two bare surnames joined by "&" after "produced by" are a firm named for its founders, as
trade copy writes it: neither is a producer. People there carry first names (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_firm_named_for_two_founders_gives_no_producer() -> None:
    served = served_crew(
        "The drama is produced by Vikstrom & Ekholt with Berrow Film, and producer Greta "
        "Vikstrom is frank about the schedule."
    )
    assert ("producer", "Greta Vikstrom") in served
    assert not any(name in {"Vikstrom", "Ekholt"} for _, name in served)


def test_two_producers_with_first_names_joined_by_an_ampersand_keep_their_credits() -> None:
    served = served_crew("The drama is produced by Greta Vikstrom & Quillon Pellow.")
    assert {("producer", "Greta Vikstrom"), ("producer", "Quillon Pellow")} <= served


def test_two_first_names_sharing_a_surname_keep_their_credits() -> None:
    served = served_crew("The drama is produced by Greta & Quillon Ekholt.")
    assert ("producer", "Quillon Ekholt") in served
