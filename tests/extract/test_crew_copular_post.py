"""A credit told with "is" after the production's own post (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay: the star speaks"


def test_the_films_composer_is_a_name() -> None:
    found = facts("Lantern Bay is coming.", "The film’s composer is Jon Arve.", title=_TITLE)
    assert ("composer", "Jon Arve") in credits(found)


def test_a_relative_between_is_and_the_name() -> None:
    found = facts(
        "Lantern Bay is coming.",
        "It is no favour, although the series' editor is her husband, Paul Dane, 41.",
        title=_TITLE,
    )
    assert ("editor", "Paul Dane") in credits(found)


def test_another_films_post_or_a_word_after_is_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming.",
        "The first film's director is Ola Berg.",
        "The film's director is French.",
        "Its writer is Kim Lo's protégé.",
        title=_TITLE,
    )
    assert not {name for _, name in credits(found)} & {"Ola Berg", "French", "Kim Lo"}
