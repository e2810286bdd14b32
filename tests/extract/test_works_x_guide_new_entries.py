"""A viewing guide whose headline names two works may head its entries with a sentence-case
label ("Top pick: X (Channel, day)") and tell one entry's work as its maker's new one ("Ada
Vale's new four-parter is ..."): that work is one the reader is not assumed to know, so its cast
and makers are another production's. The entry of the page's own work keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Your viewing this week: The Copper Weir, Marrowby Lights and more"
_LEDE = "The week's best television, from a Yorkshire mill drama to a farewell in the fells."


def _page(first: str, own: str = "") -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        _LEDE,
        "Top pick: The Copper Weir (ITV1, Tuesday 9pm)",
        first + " Tomasz Halloran plays Ezra Blythe, a mill foreman with debts. Directed by "
        "Priya Castellane, it is bleak and gripping.",
        "Also out: Marrowby Lights (Netflix, from Thursday)",
        own + "Marrowby Lights, the closing film of the fell-top saga, lands on Thursday. "
        "Odile Fenn returns as Wren Marrow, and Casimir Doyle directs.",
        date="2026-03-02",
        title=_TITLE,
    )
    return served_credits(found), served_pairs(found)


def test_an_entry_telling_its_work_as_a_makers_new_one_keeps_its_cast() -> None:
    credits, cast = _page("Ruth Ambrose’s new four-parter is the pick of a crowded week.")
    assert ("Tomasz Halloran", "Ezra Blythe") not in cast
    assert ("director", "Priya Castellane") not in credits
    assert ("Odile Fenn", "Wren Marrow") in cast


def test_an_entry_not_so_told_is_left_as_it_was() -> None:
    credits, cast = _page("The pick of a crowded week is a slow burn.")
    assert ("Odile Fenn", "Wren Marrow") in cast
    assert ("director", "Casimir Doyle") in credits


def test_our_entry_opening_on_the_other_work_keeps_its_cast() -> None:
    _credits, cast = _page(
        "Ruth Ambrose’s new four-parter is the pick of a crowded week.",
        "Still shaken by The Copper Weir? Then hold on. ",
    )
    assert ("Odile Fenn", "Wren Marrow") in cast
    assert ("Tomasz Halloran", "Ezra Blythe") not in cast
