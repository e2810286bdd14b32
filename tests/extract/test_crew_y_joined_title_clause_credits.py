"""In a clause on another work's title after "in", a second credit joined by "and" to the first
("in T, written by A and directed by B") is T's too; the article's own title keeps both
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "From Marrowgate to the lead: Ada Vale on life after Marrowgate"
_LEDE = (
    "Ada Vale made her name in the streamer's Marrowgate, and returned for the Marrowgate"
    " Forever film."
)


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_joined_credit_in_another_titles_clause_is_no_credit() -> None:
    for sentence in (
        "In Copper Sands, written by Ada Quell and directed by Ewan Brisk, she plays a nurse.",
        "She is in Copper Sands, produced by Ada Quell and shot by Ewan Brisk, later this year.",
    ):
        found = _crew(sentence)
        assert "Ewan Brisk" not in found, sentence
        assert "Ada Quell" not in found, sentence


def test_our_titles_clause_keeps_both_credits() -> None:
    sentence = "In Marrowgate Forever, written by Ada Quell and directed by Ewan Brisk, she leads."
    assert {"Ada Quell", "Ewan Brisk"} <= _crew(sentence)
