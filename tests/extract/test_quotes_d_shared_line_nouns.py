"""A line of a trailer named by its noun and an adverb of how it is shared ("their first line
together, “...”") is spoken in the work, not to the press; a line someone has for reporters
stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_a_line_shared_in_the_trailer_is_held() -> None:
    found = _quotes(
        "The first trailer for Gullmere is finally out.",
        "0:31 – The brothers. Cai Denholm plays Rob, the eldest. Their first line together, "
        "“Who let you drive?”, has already gone round the group chats.",
    )
    assert found == {"Who let you drive?": False}


def test_a_remark_to_the_press_after_the_trailer_is_served() -> None:
    found = _quotes(
        "The first trailer for Gullmere is finally out.",
        "Cai Denholm, who plays Rob, told reporters: “We had a ball making it.”",
    )
    assert found == {"We had a ball making it.": True}
