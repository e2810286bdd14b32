"""A trailing "with A as the novelist" (or "the poet") casts A as a writer in some work, a part,
not a credit; "with A as executive producer" still credits the post (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Mina Farrow on directing Larkhollow"
_LEDE = "Mina Farrow directed Larkhollow, the Netflix drama out in June."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_writer_as_the_part_is_no_credit() -> None:
    for sentence in (
        "Her career runs from Tin Harbour in 2014 to Salt Year in 2018, with Greta Vance as the"
        " novelist.",
        "She also made Copper Sound, with Greta Vance as the poet.",
    ):
        assert not any(name == "Greta Vance" for name, _ in _crew(sentence)), sentence


def test_a_post_with_as_keeps_the_credit() -> None:
    sentence = "It is produced by Lark Films, with Greta Vance as executive producer."
    assert ("Greta Vance", "executive_producer") in _crew(sentence)
