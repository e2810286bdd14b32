"""A maker described before the verb ("X, the film-maker behind A and B, is directing", "X, the
director of A and B, is directing") and a producer told with the company next to a co-producer
told with theirs ("X produced for Y Film alongside Z of W Pictures")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_maker_described_by_earlier_work_before_the_verb_is_credited() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Dara Quint, the film-maker behind Low Tide and Pale Hours, is directing.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("director", "Dara Quint") in credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Mina Sorrel, a Welsh writer behind two stage hits, will be writing the screenplay.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("writer", "Mina Sorrel") in credits(found)


def test_a_described_maker_credited_on_another_named_work_gets_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Dara Quint, the producer behind Low Tide, directed Pale Hours in 2019.",
        title="Harrow Light heads to Rotterdam",
    )
    assert "Dara Quint" not in {n for _, n in credits(found)}


def test_produced_for_a_company_alongside_a_co_producer_credits_both() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ines Maartens produced for Ghent-based Kade Film alongside Tomas Reil of Dune Pictures, "
        "with Lo Varga serving as an executive producer.",
        title="Harrow Light heads to Rotterdam",
    )
    found_credits = credits(found)
    assert {("producer", "Ines Maartens"), ("producer", "Tomas Reil")} <= found_credits
    assert ("producer", "Lo Varga") not in found_credits
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Tove Rask produced for Nordlicht Pictures alongside Ivo Brand from Salt Media.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("producer", "Tove Rask"), ("producer", "Ivo Brand")} <= credits(found)


def test_a_co_producers_company_that_made_another_work_credits_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Tove Rask produced for Nordlicht Pictures alongside Ivo Brand of Salt Media, which "
        "made Orchard Days.",
        title="Harrow Light heads to Rotterdam",
    )
    assert not {n for r, n in credits(found) if r == "producer"}


def test_a_maker_best_known_for_earlier_work_before_the_verb_is_credited() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Odile Varnsworth, best known for Low Tide and Pale Hours, is directing.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("director", "Odile Varnsworth") in credits(found)


def test_a_verb_inside_the_best_known_for_aside_credits_nobody() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Odile Varnsworth, best known for directing Low Tide, is starring.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("director", "Odile Varnsworth") not in credits(found)


def test_a_maker_described_as_the_director_of_earlier_work_is_credited() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Dara Quint, the director of Brine Sisters and Moth Orchard, is directing, and composer Lo "
        "Varga returns to score it.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("director", "Dara Quint"), ("composer", "Lo Varga")} <= credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Dara Quint, the director of Brine Sisters, directed Moth Orchard in 2019.",
        title="Harrow Light heads to Rotterdam",
    )
    assert "Dara Quint" not in {n for _, n in credits(found)}


def test_the_director_of_photography_directing_a_unit_is_no_director() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Dara Quint, the director of photography, will direct the second unit.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("director", "Dara Quint") not in credits(found)
