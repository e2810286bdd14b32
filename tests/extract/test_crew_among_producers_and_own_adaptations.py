"""A list of executive producers told without a verb after another credit ("with X serving as
producer and A, B and C among the executive producers"), and a writer adapting a book herself
or their own novel ("X is adapting the novel herself", "Y is adapting her own memoir")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_names_among_the_executive_producers_after_another_credit() -> None:
    found = facts(
        "Lumen Yard is producing Tallow Bay, with Henrik Osei serving as producer and Vale, "
        "Marsh and Quint among the executive producers.",
        "Ada Vale, Bram Marsh and Ivo Quint star.",
        title="Tallow Bay adds producers",
    )
    assert {
        ("producer", "Henrik Osei"),
        ("executive_producer", "Ada Vale"),
        ("executive_producer", "Bram Marsh"),
        ("executive_producer", "Ivo Quint"),
    } <= credits(found)
    found = facts(
        "Tallow Bay shoots in May, with Petra Lindqvist and Omar Dace among the co-executive "
        "producers.",
        title="Tallow Bay shoots in May",
    )
    assert {
        ("executive_producer", "Petra Lindqvist"),
        ("executive_producer", "Omar Dace"),
    } <= credits(found)


def test_among_the_executive_producers_of_another_title_credits_nothing() -> None:
    found = facts(
        "Tallow Bay shoots in May. Petra Lindqvist, among the executive producers of Salt "
        "Orchard, visited the set.",
        title="Tallow Bay shoots in May",
    )
    assert ("executive_producer", "Petra Lindqvist") not in credits(found)


def test_a_writer_adapting_the_book_herself_or_their_own_novel() -> None:
    found = facts(
        "Channel Nine has cast the lead of The Quiet Acre, Petra Lindqvist's bestselling novel.",
        "Lindqvist is adapting the novel herself, with Omar Dace directing all four episodes.",
        title="The Quiet Acre finds its lead",
    )
    assert {("writer", "Petra Lindqvist"), ("director", "Omar Dace")} <= credits(found)
    found = facts(
        "Hollin Marsh is adapting her own memoir for The Quiet Acre, which shoots in Kent.",
        title="The Quiet Acre shoots in Kent",
    )
    assert ("writer", "Hollin Marsh") in credits(found)


def test_a_studio_adapting_a_book_is_no_writer() -> None:
    found = facts(
        "Channel Nine is adapting the novel for television, and The Quiet Acre shoots in Kent.",
        title="The Quiet Acre shoots in Kent",
    )
    assert not {r for r, n in credits(found) if r == "writer"}


def test_names_among_the_producers_after_another_credit() -> None:
    found = facts(
        "Omar Dace is directing Tallow Bay, with Petra Lindqvist and Ivo Quint among the "
        "producers.",
        title="Tallow Bay adds producers",
    )
    assert {("producer", "Petra Lindqvist"), ("producer", "Ivo Quint")} <= credits(found)
    found = facts(
        "Tallow Bay shoots in May, with Ivo Quint among the producers of Salt Orchard on set.",
        title="Tallow Bay shoots in May",
    )
    assert ("producer", "Ivo Quint") not in credits(found)


def test_a_writer_who_has_adapted_the_book_herself() -> None:
    found = facts(
        "Channel Nine has cast the lead of The Quiet Acre, Nell Vance's bestselling novel.",
        "Vance, whose novel spent a year in the charts, has adapted the book herself.",
        title="The Quiet Acre finds its lead",
    )
    assert ("writer", "Nell Vance") in credits(found)
    found = facts(
        "Channel Nine has cast the lead of The Quiet Acre, Nell Vance's bestselling novel.",
        "Rolan Ibsker has adapted the book for radio before, and loved it.",
        title="The Quiet Acre finds its lead",
    )
    assert ("writer", "Rolan Ibsker") not in credits(found)
