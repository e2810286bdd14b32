"""A what-to-watch guide whose where lines put the day first ("Saturday 6 June, 9pm, BBC Two",
"From Friday 5 June, Sky Cinema", "Sunday 7 June, Netflix"): what another entry, or a note run
on under it, dates is that work's, not the page's own."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_HEADLINE = "What to watch this weekend: Frostmark, The Copper Vault and more"


def _guide(where: tuple[str, str, str]) -> ArticleFacts:
    return facts(
        "Our pick is a frozen thriller, plus a banker comedy and a farewell.",
        _HEADLINE,
        "Frostmark",
        where[0],
        "A frozen lake and a missing skater. Pella Sundqvist plays DI Karin Holmeby in this icy"
        " six-part thriller.",
        "The Copper Vault",
        where[1],
        "Dunstan Hale-Morrow is gleefully awful as a banker with secrets.",
        "Lark Meadow",
        where[2],
        "The final series of the farm drama ends with a wedding.",
        "COMING BACK",
        "Wickmoor fans must be patient: a second run is only now being cut, and it returns in"
        " 2027.",
        date="2026-06-05",
        title=_HEADLINE,
    )


def _windows(found: ArticleFacts) -> set[str]:
    return {str(r.window) for r in found.release if r.served and r.window}


def test_another_entrys_window_is_not_the_pages() -> None:
    for where in (
        (
            "Sunday 7 June, 9pm, Channel 4",
            "Saturday 6 June, 9.30pm, BBC Two",
            "Sunday 7 June, Netflix",
        ),
        ("From Friday 5 June, Sky Cinema", "Saturday 6 June, ITV1", "Sunday 7 June, 8pm, BBC One"),
    ):
        assert "2027" not in _windows(_guide(where)), where


def test_a_guide_without_where_lines_keeps_the_window() -> None:
    assert "2027" in _windows(_guide(("Sunday, all day", "Later on", "Soon")))


def test_a_labelled_pick_in_capitals_is_the_pages_own_entry() -> None:
    headline = "What to watch this weekend: The Quiet Ferry, Copper Nuns and more"
    found = facts(
        "A slow harbour mystery leads our pick of the weekend.",
        headline,
        "PICK OF THE WEEK: THE QUIET FERRY",
        "Sunday 7 June, 9pm, BBC One; all six episodes on BBC iPlayer from 6am",
        "The Quiet Ferry is a six-part mystery. Creator and writer Petra Odegaard-Lunn keeps the"
        " fog thick.",
        "COPPER NUNS",
        "Netflix, from Friday 5 June",
        "A heist film about nuns. Director Bram Kessel-Hart keeps it silly.",
        date="2026-06-05",
        title=headline,
    )
    crew = {(c.role.value, c.name) for c in found.crew if c.served}
    assert ("creator", "Petra Odegaard-Lunn") in crew
    assert ("director", "Bram Kessel-Hart") not in crew
