"""A credited writer's apposition that closes the sentence ("... was written by X, the creator
of the series and author of the original books.") credits X as creator and author too, as it
does when a comma closes it."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_creator_and_author_apposition_closing_the_sentence() -> None:
    found = served_crew(
        "Fenmoor Lane: The Late Term opens in cinemas next month.",
        "The director of the film is Oskar Vell, and the screenplay was written by Mirela "
        "Castagno, the creator of the series and author of the original comics.",
    )
    assert {("writer", "Mirela Castagno"), ("creator", "Mirela Castagno")} <= found
    assert ("author", "Mirela Castagno") in found


def test_author_apposition_closing_a_passive_credit() -> None:
    found = served_crew(
        "Fenmoor Lane: The Late Term wrapped in Hastings on Friday.",
        "It was adapted by Rhiannon Teague-Okafor, author of the graphic novels.",
    )
    assert ("author", "Rhiannon Teague-Okafor") in found


def test_another_titles_creator_closing_the_sentence_is_no_credit() -> None:
    found = served_crew(
        "Fenmoor Lane: The Late Term wrapped in Hastings on Friday.",
        "It was written by Ottoline Barre, the creator of Lantern Court.",
    )
    assert ("creator", "Ottoline Barre") not in found
