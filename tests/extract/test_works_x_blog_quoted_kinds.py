"""A festival live blog's timed entry (its time set off by a bar, "18:15 | ...") may bring in
another film by its kind and then its quoted name ("Cornish ghost story “Tin Acre” went down
well"): what the entry says next of its director and cast is that film's. Our own film so told
keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "Harbourside film festival live: Quillon Row premiere and a Breton ghost story"
_LEDE = "All day from the Harbourside festival, where Quillon Row has its first showing."
_OPEN = "09:30 | Morning from the quay. Quillon Row screens tonight at the old custom house."


def _page(entry: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    closing = "22:10 | That is all from us tonight."
    found = facts(_LEDE, _OPEN, entry, closing, date="2026-06-12", title=_HEADLINE)
    return served_credits(found), served_pairs(found)


def test_another_quoted_film_told_by_its_kind_keeps_its_credits() -> None:
    credits, cast = _page(
        "17:20 | Across town, Breton ghost story “The Tide Widows” went down a storm with a "
        "full room. Director Maela Kerrien-Doyle cast Anouk Le Bris as the widow Soizic."
    )
    assert ("director", "Maela Kerrien-Doyle") not in credits
    assert ("Anouk Le Bris", "Soizic") not in cast


def test_our_quoted_film_told_by_its_kind_keeps_its_credits() -> None:
    credits, _ = _page(
        "17:20 | Across town, harbour story “Quillon Row” went down a storm with a full room. "
        "Director Maela Kerrien-Doyle said the crew never saw the finished cut."
    )
    assert ("director", "Maela Kerrien-Doyle") in credits
