"""A time phrase in marks whose sentence has no one saying it ("It had been pencilled in for
“early 2027”") is a report's window, not a quote, even when a speaker named in the sentence
before would be carried over to it; a time phrase someone says in its own sentence stays
theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-06-02")
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_window_in_marks_after_a_studios_confirmation_is_no_ones_quote() -> None:
    found = _quotes(
        "Northlight Pictures dropped the first trailer for Brine Circle on Tuesday.",
        "The thriller opens in cinemas on 9 April 2027, Northlight Pictures confirmed. It had "
        "been pencilled in for “early 2027”, so the wait is about what fans expected.",
    )
    assert not any(text == "early 2027" and served for text, _, served in found), found


def test_a_window_the_studio_says_in_its_own_sentence_stays_its_quote() -> None:
    found = _quotes(
        "Northlight Pictures dropped the first trailer for Brine Circle on Tuesday.",
        "Northlight Pictures has said only that the thriller will arrive “in 2027”.",
    )
    assert ("in 2027", "Northlight Pictures", True) in found, found


def test_a_window_the_sentence_gives_the_studio_by_another_verb_stays_its_quote() -> None:
    found = _quotes(
        "Northlight Pictures confirmed on Thursday that its thriller will be called Brine Circle."
        " The title came in a short teaser, and the studio put the release window at “summer"
        " 2027”. No exact date yet.",
    )
    assert ("summer 2027", "Northlight Pictures", True) in found, found


def test_the_rest_of_a_spokespersons_report_keeps_its_speaker() -> None:
    found = _quotes(
        "Northlight Pictures named its next thriller, Brine Circle, on Tuesday.",
        "A Northlight spokesperson has confirmed to us that the Glasgow premiere will include a"
        " ballot for tickets. Details “in the autumn”, apparently.",
    )
    assert any(text == "in the autumn" and served for text, _, served in found), found
