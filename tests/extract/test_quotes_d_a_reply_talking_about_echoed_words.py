"""A reply that makes words the page already wrote its sentence's subject ("replied: ‘Sold out
again’ is a stretch") talks about them, not says them: held, whoever the reply is credited to.
A reply saying new words of its own stays served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Saltmarrow opened in cinemas on Friday and the forum has opinions."


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title="Saltmarrow opening weekend: forum thread")
    return {q.text for q in found.quotes if q.served}


def test_echoed_words_made_the_subject_of_a_reply_are_held() -> None:
    served = _served(
        "u/harbourlights · 90 points",
        "Third showing at my local. Sold out again.",
        "> u/tidewatcher replied: ‘Sold out again’ is a stretch for a Tuesday matinee.",
    )
    assert "Sold out again" not in served


def test_a_reply_in_its_own_new_words_is_served() -> None:
    words = "Our screen was half empty on Tuesday."
    served = _served(
        "u/harbourlights · 90 points",
        "Third showing at my local. Sold out again.",
        f"> u/tidewatcher replied: ‘{words}’",
    )
    assert words in served
