"""Quote flags on invented text: a line nested in another's quotation after "X would say," is a
whole line, not a fragment, while a phrase nested mid-clause stays one; words a post shares
"with the words “...”" are whole too, words set mid-clause are not."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = (
    "Composer Hana Welk has scored Tin Orchard, the new drama from director Ravi Osterhaus.",
)
_TITLE = "Hana Welk on Tin Orchard"


def _quotes(*paragraphs: str) -> dict[str, QuoteFact]:
    found = facts(*_OPENING, *paragraphs, date="2026-03-02", title=_TITLE)
    return {q.text[:16]: q for q in found.quotes}


def test_a_line_nested_after_would_say_is_no_fragment() -> None:
    found = _quotes(
        "Welk credits Osterhaus with slowing the score down: ‘Ravi would say, “Leave the room"
        " quiet.” Nobody had told me that before.’"
    )
    assert not found["Leave the room q"].fragment, found


def test_a_phrase_nested_mid_clause_stays_a_fragment() -> None:
    found = _quotes(
        "Welk remembers the first cue fondly: ‘Ravi called it “a small miracle” and then cut"
        " it by half.’"
    )
    assert found["a small miracle"].fragment, found


def test_words_shared_with_the_words_are_no_fragment() -> None:
    found = _quotes(
        "Osterhaus shared a photo of the wrap cake with the words “best crew on the coast”."
    )
    assert not found["best crew on the"].fragment, found


def test_words_mid_clause_stay_a_fragment() -> None:
    found = _quotes("Osterhaus called the wrap cake “best on the coast” in a post on Sunday.")
    assert found["best on the coas"].fragment, found
