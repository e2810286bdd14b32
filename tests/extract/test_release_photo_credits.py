"""A gallery caption's closing picture credit ("... on the carpet. Photograph: Ines Barrow") is
the page's furniture: never a title, and the caption before it is still read."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.facts import ArticleFacts, ReleaseKind
from bot.ingestion.seedfile import parse_seed

_GALLERY = (
    "date 2026-03-02 The cast of Marsh Lane turned out in force in Leeds on Tuesday night.",
    "In pictures: the Marsh Lane premiere",
    "Ada Vale and Tom Reyes, who play Nell and Sam, arrive on the carpet. Photograph: Ines Barrow",
    "Vale stops to sign a poster for a fan. Picture: Corran Lisk/Northpix",
    "Reyes in a green suit. Photograph: Ines Barrow",
    "Director Jo Pike with producer Lu Marr. Photograph: Corran Lisk",
)


def _page(*lines: str) -> ArticleFacts:
    return extract_facts(parse_seed("\n".join(lines).encode()).article)


def _titles(found: ArticleFacts) -> set[str]:
    return {r.title or "" for r in found.release if r.kind is ReleaseKind.TITLE and r.served}


def test_a_bare_credit_closing_a_caption_is_no_title() -> None:
    titles = _titles(_page(*_GALLERY, "Marsh Lane opens in cinemas on Friday 6 March."))
    assert not any(title.startswith(("Photograph", "Picture")) for title in titles), titles


def test_a_caption_credit_leaves_the_caption_read() -> None:
    found = _page(
        *_GALLERY, "Marsh Lane opens in cinemas on Friday 6 March. Photograph: Ines Barrow"
    )
    served = {(r.kind.value, str(r.date)) for r in found.release if r.served}
    assert ("premiere_date", "2026-03-06") in served
