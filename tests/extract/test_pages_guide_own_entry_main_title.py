"""A what-to-watch guide whose headline names the page's own entry by its main title only
("Lantern Bay says goodbye" for the entry "Lantern Bay: The Last Summer") and a later entry by
its whole title ("..., plus Frostmark"): the entry the headline names first is the page's own,
whether by its whole title or its main part; what the later entries cast and credit is theirs,
held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs


def _guide(headline: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        "From a seaside farewell to a frozen thriller, here is what to watch.",
        headline,
        "Lantern Bay: The Last Summer",
        "Netflix, from Friday 5 June",
        "Pick of the week. Lantern Bay signs off with a feature-length finale. Orla Fenwick is"
        " back as Maisie Strand, and newcomer Tobiah Quell is a delight as her flatmate Rory"
        " Dane.",
        "Frostmark",
        "BBC Two and iPlayer, Sunday 7 June, 9pm",
        "Pella Sundqvist plays DI Karin Holmeby, a detective sent north. Creator Anwen Tolley's"
        " script takes its time. Garrick Moss co-stars as her brother, Jory.",
        "The Copper Vault (series two)",
        "Prime Video, from Wednesday 10 June",
        "Dunstan Hale-Morrow returns as Sir Edmund Vyse, a banker with secrets.",
        title=headline,
    )
    return served_pairs(found), served_credits(found)


def _check(headline: str) -> None:
    cast, crew = _guide(headline)
    assert ("Orla Fenwick", "Maisie Strand") in cast
    assert ("Pella Sundqvist", "DI Karin Holmeby") not in cast
    assert ("Garrick Moss", "Jory") not in cast
    assert not {p for p in cast if p[0] == "Dunstan Hale-Morrow"}
    assert not {c for c in crew if c[1] == "Anwen Tolley"}


def test_main_title_named_before_a_whole_title() -> None:
    _check("What to watch this weekend: Lantern Bay says goodbye, plus Frostmark and more")


def test_main_title_then_two_whole_titles() -> None:
    _check("Weekend viewing: farewell to Lantern Bay, with Frostmark and The Copper Vault")


def test_main_title_with_a_verb_and_a_quoted_rival() -> None:
    _check("Your weekend watchlist: Lantern Bay bows out, and ‘Frostmark’ arrives")
