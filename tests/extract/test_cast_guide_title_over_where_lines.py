"""A what-to-watch guide heading each entry with the work's title on a line of its own and where
to see it on the next ("Where to watch: BBC Two, Sunday 9pm", "Prime Video, from Friday 5
June"): what another entry casts is that work's, held; the page's own entry is served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "What to watch this weekend: Lantern Bay: The Last Summer, ‘Frostmark’ and more"


def _guide(where: tuple[str, str, str]) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "From a seaside farewell to a frozen thriller, here is what to watch.",
            _HEADLINE,
            "Lantern Bay: The Last Summer",
            where[0],
            "Lantern Bay signs off with a feature-length finale. Orla Fenwick is back as Maisie"
            " Strand, and newcomer Tobiah Quell is a delight as her flatmate Rory Dane.",
            "Frostmark",
            where[1],
            "This icy crime drama stars Pella Sundqvist as DI Karin Holmeby, a detective sent"
            " north. All six episodes land at once.",
            "The Copper Vault",
            where[2],
            "Dunstan Hale-Morrow is gleefully awful as Sir Edmund Vyse, a banker with secrets.",
            "Also new: the final series of a baking show.",
            title=_HEADLINE,
        )
    )


def test_where_to_watch_lines_head_entries() -> None:
    found = _guide(
        (
            "Where to watch: Netflix, streaming from today (Friday 5 June)",
            "Where to watch: BBC Two and iPlayer, Sunday 7 June, 9pm",
            "Where to watch: Channel 4, Saturday 6 June, 8pm",
        )
    )
    assert ("Orla Fenwick", "Maisie Strand") in found
    assert ("Pella Sundqvist", "DI Karin Holmeby") not in found
    assert (
        not {("Dunstan Hale-Morrow", "Edmund Vyse"), ("Dunstan Hale-Morrow", "Sir Edmund Vyse")}
        & found
    )


def test_bare_channel_and_day_lines_head_entries() -> None:
    found = _guide(
        (
            "Netflix, from Friday 5 June",
            "BBC Four and iPlayer, from Saturday 6 June",
            "Prime Video, from Friday 5 June",
        )
    )
    assert ("Orla Fenwick", "Maisie Strand") in found
    assert ("Tobiah Quell", "Rory Dane") in found
    assert ("Pella Sundqvist", "DI Karin Holmeby") not in found
    assert (
        not {("Dunstan Hale-Morrow", "Edmund Vyse"), ("Dunstan Hale-Morrow", "Sir Edmund Vyse")}
        & found
    )
