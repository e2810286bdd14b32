"""Quotes on invented text: "For Vale, going back felt like “...”" gives the words in marks as
how it felt to the person the sentence opens with; they are that person's, if the article knows
them, and nobody's otherwise."""

from __future__ import annotations

from tests.extract.helpers import served_quote_speakers

_LEAD = "Marisol Teague plays the lighthouse keeper in the second series of Saltmarsh."


def test_how_it_felt_to_the_named_person_is_theirs() -> None:
    for line, words in (
        ("For Teague, stepping back into the lamp room felt like “coming home after a storm.”",
         "coming home after a storm."),
        ("For Teague, the second series has been “the hardest thing I have done” so far.",
         "the hardest thing I have done"),
    ):  # fmt: skip
        found = served_quote_speakers(_LEAD, line)
        assert found.get(words) == "Marisol Teague", line


def test_how_it_felt_to_a_crowd_is_nobodys() -> None:
    found = served_quote_speakers(
        _LEAD, "For fans, the wait has been “a slow torture” since the finale."
    )
    assert found.get("a slow torture", "") == ""
