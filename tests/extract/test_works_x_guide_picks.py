"""A what-to-watch guide that heads each entry with a title and where to see it may single one
entry out in its first words ("Our pick of the week, though, is ..."): that entry is the page's
own even where the headline names another work first or adds it with "plus". What the other
entries cast is held; what the picked one casts or credits is served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "What to watch this weekend: Copper Reach is back, plus The Tallow Yard"
_FIRST = "Copper Reach (Netflix, from Friday 6 March)"
_FIRST_BODY = "Ines Marlowe’s Dora Quaile is back in charge, and the docks are burning again."
_SECOND = "The Tallow Yard (BBC One, Sunday 8 March, 9pm)"
_SECOND_CAST = "Bastien Ruel plays Absalom Venn, a chandler with a secret ledger."
_SECOND_CREW = "It is directed by Marguerite Oduya-Fenn."


def _guide(opener: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        "What to watch: Copper Reach returns, and the BBC's new period drama begins on Sunday.",
        "By Perpetua Halloran",
        _FIRST,
        _FIRST_BODY,
        _SECOND,
        f"{opener} a handsome six-parter set in a candle works in 1860. {_SECOND_CAST}",
        _SECOND_CREW,
        title=_HEADLINE,
    )
    return served_pairs(found), served_credits(found)


def test_the_entry_opened_as_the_pick_is_the_pages_own() -> None:
    cast, crew = _guide("Our pick of the week, though, is")
    assert ("Ines Marlowe", "Dora Quaile") not in cast
    assert ("Bastien Ruel", "Absalom Venn") in cast
    assert ("director", "Marguerite Oduya-Fenn") in crew


def test_an_entry_added_with_plus_and_not_picked_stays_another_works() -> None:
    cast, _ = _guide("Also new this weekend is")
    assert ("Bastien Ruel", "Absalom Venn") not in cast
