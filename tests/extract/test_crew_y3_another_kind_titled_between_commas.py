"""Another work told by its kind with its title between commas, then its stars and director
("the channel's other thriller, T, starring A and directed by X"): X is T's director (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Netflix pushes Glasshouse Bay to March"


def test_other_kind_comma_title_starring_then_directed_names_no_director() -> None:
    found = facts(
        "Glasshouse Bay now opens in March. Netflix’s other spring romance, Copper Lanes,"
        " starring Ines Morrow and directed by Tobin Reale, still opens on 2 March.",
        title=_TITLE,
    )
    assert ("director", "Tobin Reale") not in credits(found)


def test_own_title_between_commas_keeps_its_director() -> None:
    found = facts(
        "Netflix’s spring romance, Glasshouse Bay, starring Ines Morrow and directed by Tobin"
        " Reale, now opens in March.",
        title=_TITLE,
    )
    assert ("director", "Tobin Reale") in credits(found)
