"""The creator of the books and the series the film continues: "X, who created the novels and
the BAFTA-winning series" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_who_created_the_novels_and_the_series_is_the_creator() -> None:
    found = facts(
        "Nadia Orr, who created the novels and the BAFTA-winning series, has written the film."
    )
    assert {("creator", "Nadia Orr"), ("author", "Nadia Orr")} <= credits(found)


def test_created_the_comics_and_the_show() -> None:
    found = facts("Ivo Marsh created the comics and the show, and now writes the film.")
    assert ("creator", "Ivo Marsh") in credits(found)


def test_the_books_and_a_titled_series_is_no_creator_credit() -> None:
    found = facts("Nadia Orr, who created the books and the series Tin Crown, is not involved.")
    assert ("creator", "Nadia Orr") not in credits(found)
