"""Two verbs sharing a subject, directing first ("X directed and co-wrote the screenplay with
Y"), and a producer told with the company ("X produced for Oslo-based Y Film.")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_directed_and_co_wrote_the_screenplay_credits_both() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Petra Lindqvist directed and co-wrote the screenplay with Swedish novelist Omar Dace.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("director", "Petra Lindqvist"), ("writer", "Petra Lindqvist")} <= credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Bram Ostler directed and also wrote the film, his first in Danish.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("director", "Bram Ostler"), ("writer", "Bram Ostler")} <= credits(found)


def test_directed_and_wrote_another_named_film_or_in_the_passive_credits_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "The script was directed and wrote the screenplay by committee, Ada Vale joked.",
        "Bram Ostler directed and wrote the film Salt Orchard in 2019.",
        title="Harrow Light heads to Rotterdam",
    )
    assert not {n for _, n in credits(found) if n in {"Bram Ostler", "Ada Vale"}}


def test_produced_for_a_company_at_the_sentence_end_credits_a_producer() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ines Maartens produced for Antwerp-based Kade Film.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("producer", "Ines Maartens") in credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week. Its director is Bram Ostler, and "
        "Tove Rask produced for Nordlicht Pictures.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("producer", "Tove Rask") in credits(found)


def test_a_career_of_producing_for_a_company_credits_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ines Maartens, who produced for Kade Film for a decade, now runs a cinema.",
        "Tove Rask has produced for Nordlicht Pictures.",
        title="Harrow Light heads to Rotterdam",
    )
    assert not {n for r, n in credits(found) if r == "producer"}
