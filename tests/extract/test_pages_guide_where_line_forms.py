"""A what-to-watch guide's where lines in more forms: a time with a dot ("Saturday 6 June,
9.15pm"), a Welsh channel leading ("S4C and BBC iPlayer, Sunday 7 June, 9pm"), a label before
the day ("Streaming from: Thursday 4 June"). What another entry casts or credits is that work's,
held; the page's own entry is served."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "What to watch this weekend: Lantern Bay: The Last Summer, ‘Frostmark’ and more"


def _guide(where: tuple[str, str, str]) -> ArticleFacts:
    return facts(
        "From a seaside farewell to a frozen thriller, here is what to watch.",
        _HEADLINE,
        "Lantern Bay: The Last Summer",
        where[0],
        "Lantern Bay signs off with a feature-length finale. Orla Fenwick is back as Maisie"
        " Strand, and newcomer Tobiah Quell is a delight as her flatmate Rory Dane.",
        "Frostmark",
        where[1],
        "A frozen lake and a missing skater. Pella Sundqvist plays DI Karin Holmeby in this icy"
        " six-part thriller, created by Osric Vantongeren, which lands all at once.",
        "The Copper Vault",
        where[2],
        "Dunstan Hale-Morrow is gleefully awful as Sir Edmund Vyse, a banker with secrets.",
        "Also new: the final series of a baking show.",
        title=_HEADLINE,
    )


def _check(where: tuple[str, str, str]) -> None:
    found = _guide(where)
    pairs = served_pairs(found)
    assert ("Orla Fenwick", "Maisie Strand") in pairs
    assert not {("Pella Sundqvist", "Karin Holmeby"), ("Pella Sundqvist", "DI Karin Holmeby")} & (
        pairs
    )
    assert ("creator", "Osric Vantongeren") not in served_credits(found)


def test_dotted_times() -> None:
    _check(
        (
            "Netflix, from today",
            "BBC Two, Saturday 6 June, 9.15pm",
            "Channel 4, Sunday 7 June, 8.30pm",
        )
    )


def test_welsh_channel_leading() -> None:
    _check(
        (
            "Netflix, from today",
            "S4C and BBC iPlayer, Sunday 7 June, 9pm",
            "ITV1, Monday 8 June, 9pm",
        )
    )


def test_label_before_the_day() -> None:
    _check(
        (
            "Streaming from: Friday 5 June",
            "Streaming from: Wednesday 3 June",
            "Streaming from: Thursday 4 June",
        )
    )


def test_a_guide_by_its_form_whatever_its_headline() -> None:
    found = served_pairs(
        facts(
            "A farewell, a heist and a lake: the week's arrivals.",
            "Fresh on Prime Video this week: Lantern Bay: The Last Summer and the rest",
            "Lantern Bay: The Last Summer",
            "Streaming from: Friday 5 June",
            "Lantern Bay signs off with a feature-length finale. Orla Fenwick is back as Maisie"
            " Strand.",
            "Frostmark",
            "Streaming from: Wednesday 3 June",
            "This icy crime drama stars Pella Sundqvist as Karin Holmeby, a detective sent north.",
            "The Copper Vault",
            "Streaming from: Thursday 4 June",
            "Dunstan Hale-Morrow is gleefully awful as Edmund Vyse, a banker with secrets.",
            title="Fresh on Prime Video this week: Lantern Bay: The Last Summer and the rest",
        )
    )
    assert ("Orla Fenwick", "Maisie Strand") in found
    assert ("Pella Sundqvist", "DI Karin Holmeby") not in found
    assert ("Dunstan Hale-Morrow", "Edmund Vyse") not in found
