"""A commentator named by a post and said in a relative clause to have no part in the work
("Casting director X, who was not involved with the production, said ...") is an outsider, not
crew; a post whose holder is involved keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Could Larkhollow be an awards contender?"
_LEDE = "Larkhollow, the Vela film, is in the awards race."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_an_outsider_by_post_is_not_credited() -> None:
    for sentence in (
        "Casting director Nadia Crewe, who was not involved with the production, said the film"
        " had strong performances.",
        "Producer Nadia Crewe, who had no involvement in the film, called it a contender.",
    ):
        assert "Nadia Crewe" not in _crew(sentence), sentence


def test_a_post_whose_holder_is_involved_keeps_the_credit() -> None:
    sentence = "Casting director Nadia Crewe, who was involved from the start, praised the cast."
    assert "Nadia Crewe" in _crew(sentence)
