"""The source's author named through its genre after "the adaptation of": "the adaptation of
X’s bestselling YA romance" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_the_adaptation_of_a_bestselling_romance_names_its_author() -> None:
    found = facts("Bad news: the adaptation of Wanda Kerr’s bestselling YA romance is delayed.")
    assert ("author", "Wanda Kerr") in credits(found)


def test_a_broadcasters_adaptation_of_a_dated_thriller_names_its_author() -> None:
    found = facts("The BBC’s adaptation of Oren Falk’s 2011 spy thriller wrapped on Friday.")
    assert ("author", "Oren Falk") in credits(found)


def test_an_adaptation_or_one_with_another_title_names_no_author() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Her next job is an adaptation of Oren Falk’s spy thriller.",
        "The adaptation of Wanda Kerr’s thriller Night Pier starts in June.",
        title="Salt Meadow wraps",
    )
    assert not {c for c in credits(found) if c[0] == "author"}
