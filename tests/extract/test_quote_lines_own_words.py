"""The article's own earlier words quoted back in a correction ("in our 09:00 post we said ...
“...”"): no one's quote, held; words someone told the writer stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Glimmerdown lands on streaming today, and we are following every reaction live."


def test_words_we_said_in_an_earlier_post() -> None:
    found = facts(
        _LEDE,
        "A correction: in our 09:00 post we said Tibbet was played by Ivo Oberholt “for one"
        " scene only”. Oberholt in fact has a full role, and we have amended the post.",
    )
    assert "for one scene only" not in {q.text for q in found.quotes if q.served}


def test_words_another_told_us_stay_served() -> None:
    found = facts(
        _LEDE,
        "We said goodbye at the door, and Ivo Oberholt told us: “I will miss this flooded town.”",
    )
    assert ("I will miss this flooded town.", "Ivo Oberholt") in {
        (q.text, q.speaker) for q in found.quotes if q.served
    }
