"""Quotes on invented text: after "she says" has stood for the profile's subject, a passing
"A network spokesperson said ..." does not take the next "she says" (a spokesperson's sex is
not told, so the pronoun is no evidence for them); the words go to no one. A spokesperson quoted
with no earlier "she says" for a named person keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts

_PROFILE = (
    "Marigold Esterhuysen has spent a decade in supporting parts.",
    "“I was always the neighbour with the casserole,” she says. “Now I carry the story.”",
    "The drama is due on Channel Nine in the spring. A Channel Nine spokesperson said the "
    "network was “delighted” with the first edit.",
    "What comes next? “A long bath,” she says. “Then a play, maybe.”",
)


def test_the_pronoun_thread_is_not_the_spokespersons() -> None:
    found = facts(*_PROFILE, date="2026-02-01", title="Marigold Esterhuysen steps up")
    for start in ("A long bath", "Then a play"):
        quote = next(q for q in found.quotes if q.text.startswith(start))
        assert "spokesperson" not in quote.speaker, quote
    first = next(q for q in found.quotes if q.text.startswith("I was always"))
    assert first.speaker == "Marigold Esterhuysen", first


def test_a_spokesperson_with_no_earlier_thread_keeps_the_words() -> None:
    found = facts(
        "Channel Nine has moved the drama to the spring.",
        "A Channel Nine spokesperson said: “We want it to have room.” “It is worth the wait,” "
        "she added.",
        date="2026-02-01",
        title="Channel Nine moves its drama",
    )
    quote = next(q for q in found.quotes if q.text.startswith("It is worth"))
    assert quote.speaker == "Channel Nine spokesperson", found.quotes
