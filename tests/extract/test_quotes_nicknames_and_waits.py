"""A name a thing is given with its object between ("nicknamed the pier “the plank”") and words
repeated through a wait ("After weeks of “any day now”,") are shown, not anyone's quote, even
when someone spoke just before."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_a_nickname_given_to_a_thing_is_no_quote() -> None:
    served = _served(
        "Tamsin Rudd plays the vet in Fenmouth. “It is a joy,” she said.",
        "She is joined by Emrys Vane as her brother. Locals have already nicknamed the crew's "
        "lorry park at the old mill “the swamp”.",
    )
    assert "It is a joy" in served
    assert "the swamp" not in served


def test_words_repeated_through_a_wait_are_no_quote() -> None:
    served = _served(
        "Isolde Garrow joins Fenmouth as a vicar. “I said yes at once,” she said.",
        "After weeks of “any day now”, Lumen confirmed the date on Monday.",
    )
    assert "any day now" not in served


def test_a_nickname_someone_says_is_still_their_quote() -> None:
    served = _served("“We nicknamed the set the swamp, and it stuck,” said Isolde Garrow.")
    assert "We nicknamed the set the swamp, and it stuck" in served
