"""A part's surname that ends a quoted title ("“Letters from Marsh”", a song) calls no one by
the surname alone, so it does not make the part's side of a bracketed pair the actor; the
surname alone in news ("Marsh said") still does (invented articles)."""

from __future__ import annotations

from bot.extract.castsurnamealone import surname_alone
from tests.extract.helpers import facts

_TITLE = "Ferrow Lane trailer: one last winter"
_LEDE = "Streamly has dropped the full trailer for Ferrow Lane, its new drama."
_PAIRS = (
    "The trailer opens with Tomas Reed (Ilya Marsh) closing a shop, while Oona Brill"
    " (Petra Vance) waits outside."
)
_SONG = ' The studio also teased a single, "Letters from Reed", by an unnamed band.'


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_a_surname_ending_a_quoted_title_calls_no_one() -> None:
    assert not surname_alone("Tomas Reed", 'a single, "Letters from Reed", out soon')
    assert not surname_alone("Tomas Reed", "a single, “Songs of Reed,” out soon")
    cast = _cast(_PAIRS + _SONG)
    assert ("Tomas Reed", "Ilya Marsh") not in cast
    assert ("Oona Brill", "Petra Vance") not in cast


def test_the_surname_alone_in_news_still_counts() -> None:
    assert surname_alone("Tomas Reed", "It was a long shoot, Reed said.")
    assert surname_alone("Tomas Reed", '"It was cold," said Reed.')
