"""A name the article calls one of the work's characters, or someone's creation, is a part: never
a quotation's speaker, even where the cast reading did not take the casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_she_says_after_a_character_named_in_passing_is_the_actress_s() -> None:
    found = facts(
        "Mirela Stavros-Quinn is explaining why strangers still call her Posy.",
        "Posy, who runs away to the circus and falls for the lion tamer, quickly became one of "
        "the show’s most beloved characters. Saying goodbye to Posy Marchetti was, she says, "
        "“like leaving home for the second time.”",
    )
    assert served_quotes(found)[-1][1] != "Posy Marchetti"


def test_a_character_someone_created_in_her_books_is_no_speaker() -> None:
    found = facts(
        "Mirela Stavros-Quinn is explaining why strangers still call her Posy.",
        "Next month she says goodbye to Posy Marchetti for good. The author, who created Posy "
        "in her novels, watched the first cut in June.",
        "Returning to the set after a year away from Posy was, she says, “far too long.”",
    )
    assert all(speaker != "Posy Marchetti" for _, speaker in served_quotes(found))


def test_a_she_says_after_a_character_named_in_passing_in_a_later_paragraph() -> None:
    found = facts(
        "Mirela Stavros-Quinn is explaining why strangers still call her Posy.",
        "Next month she says goodbye to Posy Marchetti for good.",
        "Posy, who runs away to the circus and falls for the lion tamer, quickly became one of "
        "the show’s most beloved characters.",
        "Returning to the show after a year away from Posy was, she says, “like leaving home.”",
    )
    assert all(speaker != "Posy Marchetti" for _, speaker in served_quotes(found))
