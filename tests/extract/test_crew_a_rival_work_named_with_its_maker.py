"""A work named as the article's work's rival, its maker in an aside ("its nearest rival is
Y, directed by X"), is that rival's: no credit for X; the same shape naming the article's
own work still credits X (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Awards: The Saltgrass Ferry leads the nominations"
_LEDE = "The Saltgrass Ferry, directed by Wren Odell, leads this year's nominations with twelve."


def test_a_rivals_maker_is_no_credit() -> None:
    for sentence in (
        "The Saltgrass Ferry's nearest rival is Gullwing Pictures' The Tallymen, directed by"
        " Ewan Brisk, with nine nominations.",
        "Its main competition is Copper Lanes, from director Ewan Brisk, which has seven.",
    ):
        found = served_credits(facts(_LEDE, sentence, title=_TITLE))
        assert ("director", "Wren Odell") in found, sentence
        assert ("director", "Ewan Brisk") not in found, sentence


def test_a_sentence_with_no_rival_still_credits() -> None:
    sentence = "The film, written by Ewan Brisk, has no real rival this year."
    found = served_credits(facts(_LEDE, sentence, title=_TITLE))
    assert ("writer", "Ewan Brisk") in found
