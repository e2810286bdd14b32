"""A guide whose headline and lede both name two entries leaves its own work untold by them;
when just one entry's text opens by singling it out ("Our pick of the week, though, is this
..."), that entry is the page's own and the other entry's castings are held. With no entry so
singled out, the entry the headline names first stays the page's own."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = (
    "What to watch this weekend: Copper Wells is back on Prime Video, and the BBC’s new "
    "drama The Lantern Ledger starts on Sunday."
)
_HEADLINE = "What to watch this weekend: Copper Wells returns, plus The Lantern Ledger"


def _guide(second_opening: str) -> ArticleFacts:
    return facts(
        _LEDE,
        "Copper Wells (Prime Video, from Friday 6 November)",
        "The heist gang regroups. Tobias Venn’s Harry Grale gets the best scene of the run.",
        "The Lantern Ledger (BBC One and iPlayer, Sunday 8 November, 9pm)",
        f"{second_opening} a brooding four-parter set in a 1920s Cornish port. Marisol Keane "
        "plays Ada Penrose, a harbourmaster’s daughter who finds a ledger of drowned men.",
        date="2026-11-06",
        title=_HEADLINE,
    )


def test_the_entry_its_own_text_singles_out_is_the_pages_own() -> None:
    found = _guide("Our pick of the week, though, is this:")
    assert ("Tobias Venn", "Harry Grale") in held_pairs(found)
    assert ("Tobias Venn", "Harry Grale") not in served_pairs(found)


def test_with_no_entry_singled_out_the_first_named_stays_own() -> None:
    found = _guide("Also worth your time is this:")
    assert ("Tobias Venn", "Harry Grale") in served_pairs(found)
