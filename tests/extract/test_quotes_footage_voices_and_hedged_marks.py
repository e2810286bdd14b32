"""A part's words in footage told with the part's possessive ("Ivo Marsh's Dessa closes the
teaser with “...”") and a few words the writer hedges ("is, shall we say, “very cosy”") are
held as no one's quote; a person's own words in the same shapes stay served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_texts(*paragraphs: str) -> set[str]:
    return {quote.text for quote in facts(*paragraphs).quotes if quote.served}


def test_a_parts_line_in_footage_told_with_its_possessive_is_held() -> None:
    served = _served_texts(
        "The Saltmere teaser landed on Tuesday. Linnea Marsh's Odile closes the teaser with "
        "“Nobody leaves the island in winter.” Chilling.",
        "The first clip opens on a harbour at night and ends with Fitz's words “I lit the lamp.”",
        "The short reel showed a burning mill. A voice, presumably Bram's, intones: "
        "“Keep the gate shut. Keep it shut.”",
    )
    assert not served & {
        "Nobody leaves the island in winter.",
        "I lit the lamp.",
        "Keep the gate shut. Keep it shut.",
    }


def test_a_hedged_phrase_in_marks_is_held() -> None:
    served = _served_texts(
        "Corin Abara plays a nurse who finds the ward is, shall we say, “very cosy”.",
        "Newcomer Tomas Quill plays Bram, who is, let's say, “an acquired taste”.",
    )
    assert not served & {"very cosy", "an acquired taste"}


def test_a_persons_own_words_in_the_same_shapes_stay_served() -> None:
    served = _served_texts(
        "Linnea Marsh's post about the teaser was short: “I cried watching it.”",
        "Director Corin Abara said the ward is “very cosy” and the cast loved it.",
    )
    assert "I cried watching it." in served
    assert "very cosy" in served
