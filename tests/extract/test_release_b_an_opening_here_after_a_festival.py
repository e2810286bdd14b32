"""A film that premiered at a festival and "opens here on" a day later: the release verb nearest
the day decides, so the day is the local release's, to come, not the festival's past showing.
A festival premiere dated alone stays an event. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-06-03", title="Reed Country: the interview")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_opens_here_on_a_day() -> None:
    assert ("premiere_date", "2026-06-19", False) in _release(
        "Reed Country is a drama about a fishing family in Donegal.",
        "The film opens here on 19 June.",
    )


def test_a_festival_premiere_then_an_opening_here() -> None:
    assert ("premiere_date", "2026-06-19", False) in _release(
        "Reed Country is a drama about a fishing family in Donegal.",
        "It screened to acclaim in Venice last year. It premiered at Berlin in February, and it"
        " opens here on the 19th of June.",
    )


def test_a_festival_premiere_alone_is_no_release() -> None:
    found = _release(
        "Reed Country is a drama about a fishing family in Donegal.",
        "It premiered at Berlin on 14 February to warm reviews.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_past_release_still_reads_back() -> None:
    assert ("premiere_date", "2026-05-29", False) in _release(
        "Reed Country is a drama about a fishing family in Donegal.",
        "It premiered on Netflix on 29 May.",
    )
