"""An actor with the part in brackets after "as" ("Also starring: Mirren Aske (as Tobin Hale's
sister Vessamy)") is a casting, actor first; a work's name after a preposition ("starred in Salt
Vane (as Vessamy)") is no actor (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "The Tallow Coast: first look at season two"
_LEDE = "The second season of The Tallow Coast arrives on Vela in May."


def test_a_bracket_after_as_names_the_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Also starring: Mirren Aske (as Tobin's sister Vessamy) and Pell Quarrow (as Tamber).",
            title=_TITLE,
        )
    )
    assert ("Mirren Aske", "Vessamy") in found
    assert ("Pell Quarrow", "Tamber") in found


def test_a_work_after_a_preposition_is_no_actor() -> None:
    found = pairs(
        facts(_LEDE, "Mirren Aske once starred in Salt Vane (as Vessamy) on stage.", title=_TITLE)
    )
    assert not any(actor == "Salt Vane" for actor, _ in found)
