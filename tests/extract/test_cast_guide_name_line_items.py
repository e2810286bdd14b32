"""A what-to-watch guide heading its entries with name lines ("Title (Channel, day)"): what
another entry casts is that work's, held; the singled-out entry's castings are served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _guide(other_entry: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A wintry thriller leads the week's new arrivals.",
            "What to watch this week: ‘Salt Lantern’ leads the new releases",
            "Pick of the week: Salt Lantern (Netflix, from Thursday)",
            "The thriller follows a ferry pilot, and Maren Otterby plays the pilot, Ilse Brandt.",
            "Also new this week",
            "Copper Sound, series 2 (BBC Two, Sunday 8pm)",
            other_entry,
            "Coming soon",
            "The Tin Lid (ITV, 4 May)",
            "A comedy about a failing cafe. A trailer dropped on Monday.",
            title="What to watch this week: ‘Salt Lantern’ leads the new releases",
        )
    )


def test_another_entrys_back_as_casting_is_held() -> None:
    found = _guide(
        "The coastal crime drama returns, with Piers Halloran back as DI Joss Maddick "
        "and Wren Castell joining as a new coroner, Edie Vane."
    )
    assert ("Piers Halloran", "DI Joss Maddick") not in found
    assert ("Wren Castell", "Edie Vane") not in found


def test_another_entrys_plain_casting_is_held() -> None:
    found = _guide("The crime drama is back, and Piers Halloran again plays DI Joss Maddick.")
    assert ("Piers Halloran", "DI Joss Maddick") not in found


def test_the_picked_entrys_casting_is_served() -> None:
    found = _guide("The crime drama is back, and Piers Halloran again plays DI Joss Maddick.")
    assert ("Maren Otterby", "Ilse Brandt") in found


def test_an_entry_the_headline_names_is_served() -> None:
    found = served_pairs(
        facts(
            "From a harbour mystery to a cafe comedy, here is what to watch.",
            "What to watch this week: Copper Sound, The Tin Lid and more",
            "Copper Sound (BBC Two, 8pm)",
            "The mystery is back, and Piers Halloran again plays DI Joss Maddick.",
            "The Tin Lid (ITV, 9pm)",
            "A comedy about a failing cafe, with Wren Castell back as Edie Vane.",
            title="What to watch this week: Copper Sound, The Tin Lid and more",
        )
    )
    assert ("Piers Halloran", "DI Joss Maddick") in found
