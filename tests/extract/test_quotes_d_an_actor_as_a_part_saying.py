"""In a piece about footage, an actor "as" a part (or a part's kin), a comma, then a participle
into the words ("appears as Tam's gran, saying “...”"): the part's line, not the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Ferrow Bay teaser: everything we spotted"


def test_an_actor_as_a_parts_kin_saying_is_a_line_of_the_work() -> None:
    found = facts(
        "The first teaser for Ferrow Bay arrived on Monday, starring Idris Calloway as Tam Ruddle.",
        "Nerys Aldgate turns up for a moment as Tam's gran, saying “Mind the tide, pet.”"
        " Short and lovely.",
        title=_TITLE,
    )
    assert not any(text.startswith("Mind the") for text, _ in served_quotes(found))


def test_an_actor_as_a_part_telling_him_is_a_line_of_the_work() -> None:
    found = facts(
        "The first teaser for Ferrow Bay arrived on Monday, starring Idris Calloway as Tam Ruddle.",
        "Calloway appears twice as Tam, telling him: “We never left, did we?”",
        title=_TITLE,
    )
    assert not any(text.startswith("We never") for text, _ in served_quotes(found))


def test_an_actor_returning_as_a_part_in_a_news_piece_keeps_the_quote() -> None:
    found = facts(
        "Idris Calloway will return as Tam Ruddle in the second series of Ferrow Bay.",
        "On Tuesday Calloway announced his return as Tam, saying “I could not say no to this lot.”",
        title="Ferrow Bay renewed for a second series",
    )
    assert any(text.startswith("I could not") for text, _ in served_quotes(found))
