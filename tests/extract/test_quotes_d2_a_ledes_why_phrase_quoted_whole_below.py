"""A lede's phrase in marks, in the "why" it promises, that the body then quotes whole inside a
longer quotation is the writer's summary, not a second quote; a lede that reports the words
("says the cast made her “braver”") keeps them."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tamsin Oduya: ‘I learned to bake for this part’"


def test_a_why_phrase_the_body_quotes_whole_is_not_served_twice() -> None:
    found = facts(
        "Tamsin Oduya talks flour, nerves, and why Saltgrass is “a love letter to small towns”.",
        "Oduya has spent a year in a seaside kitchen.",
        "“People ask me what the show is about,” she says. “I tell them it’s a love letter to"
        " small towns, and to the people who never leave them.”",
        title=_TITLE,
    )
    assert not any(q.text == "a love letter to small towns" for q in found.quotes)
    assert any(q.served and q.text.startswith("I tell them") for q in found.quotes)


def test_a_lede_that_reports_the_words_keeps_them() -> None:
    found = facts(
        "Tamsin Oduya says the Saltgrass crew made her “braver than I was”.",
        "Oduya has spent a year in a seaside kitchen.",
        "“They made me braver than I was,” she said of the crew.",
        title=_TITLE,
    )
    assert any(q.served and q.text == "braver than I was" for q in found.quotes)
