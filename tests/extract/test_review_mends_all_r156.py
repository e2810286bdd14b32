"""Review mends of round 156 (invented text): a sentence led by the article's own show's next
series ("Saltmere's next series starts filming in May") still dates that show, even when only
the headline has named it, while a person the headline names still owns their next film; a line
someone has, offers or posts in a piece about a trailer ("Asked about the trailer, X had one
short line: “...”") is their own remark, while the trailer's best line stays the footage's."""

from __future__ import annotations

from tests.extract.helpers import facts

_TRAILER = "The Dunmarrow trailer: what we spotted"
_LEDE = "The first trailer for Dunmarrow arrived on Tuesday."


def _planned(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-17", title=title)
    return {
        str(fact.date or fact.window)
        for fact in found.release
        if fact.served and fact.kind.value == "filming_planned"
    }


def _served(line: str) -> list[tuple[str, bool]]:
    found = facts(_LEDE, "Ilsa Tolvane plays the ferrywoman in the film.", line, title=_TRAILER)
    return [(quote.speaker, quote.served) for quote in found.quotes]


def test_our_own_shows_next_series_led_sentence_still_dates_it() -> None:
    for line in (
        "Saltmere's next series starts filming in May 2026.",
        "Saltmere Bay's next series starts filming in May 2026 in Whitby.",
    ):
        assert "2026-05" in _planned("Saltmere Bay returns.", line, title="Saltmere Bay news"), line


def test_a_headline_persons_next_film_is_still_theirs() -> None:
    line = "Tolvane's next film, a thriller for Lumenhall, starts filming in May 2026."
    assert "2026-05" not in _planned(
        "Ilsa Tolvane talks about the last shoot.", line, title="Ilsa Tolvane on the last shoot"
    )


def test_a_line_someone_had_or_gave_in_a_trailer_piece_is_theirs() -> None:
    for line in (
        "Asked about the trailer, Ilsa Tolvane had one short line: “Nobody warned me.”",
        "Asked about the teaser, Tolvane gave a single quick line: 'Nobody warned me.'",
    ):
        assert ("Ilsa Tolvane", True) in _served(line), line


def test_the_trailers_own_best_line_is_still_held() -> None:
    line = "Ilsa Tolvane has the trailer's best line: “Nobody warned me.”"
    assert not any(served for _, served in _served(line))
