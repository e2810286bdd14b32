"""Castings in a nominations list beside another work, and a chart's other film told by its
kind, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Netflix’s Copper Bay has earned five nominations at the Saltmarsh Film Prizes."


def _served(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(*paragraphs, title=title).cast if c.served}


def test_a_nominee_line_naming_another_work_is_not_served() -> None:
    for line in (
        "- Ines Rourke as Tomas’s aunt Delphine, The Winter Orchard",
        "• Bram Okafor as Pell, Night Ferry to Bergen (Mubi)",
    ):
        found = _served(_LEDE, "Best Supporting Performance", line)
        assert not found, line


def test_a_nominee_line_naming_our_work_still_counts() -> None:
    found = _served(
        _LEDE,
        "Best Lead Performance",
        "- Ines Rourke as Delphine Marr, Copper Bay",
        title="Copper Bay Leads The Saltmarsh Film Prizes",
    )
    assert ("Ines Rourke", "Delphine Marr") in found


def test_a_listed_title_with_its_platform_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "Best Film",
        "- Copper Bay (Netflix)",
        "- The Winter Orchard (Mubi)",
        title="Saltmarsh Film Prizes: Copper Bay Leads The Field",
    )
    assert all(c.actor != "Copper Bay" for c in found.cast)


def test_the_film_after_another_charted_film_is_that_film() -> None:
    for before, after in (
        (
            "Last week’s winner, Fox’s heist caper The Iron Key, fell 51% to third with $9M.",
            "The Ruth Abara-directed film stars Colm Hady as Lucan Grey.",
        ),
        (
            "Holdover Night Orchard slipped 30 per cent to second.",
            "The Dev Sand-produced thriller stars Colm Hady as Lucan Grey.",
        ),
    ):
        found = _served(
            "Copper Bay topped the box office this weekend with $30M.", f"{before} {after}"
        )
        assert ("Colm Hady", "Lucan Grey") not in found, before
