"""A numbered newsletter whose headline names two works, each heading an item: the item the
headline names first is the article's own, so the other item's castings (here the first item's)
are that other work's, held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _letter(first_heading: str, first_body: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "This week: the Salt Lantern film finds its sound, and a quiet renewal.",
            "The Weekly Reel: Salt Lantern’s new music, Quarrymoor lives on",
            "Good morning. Two things this week.",
            first_heading,
            first_body,
            "2. Salt Lantern: The Last Crossing has a composer",
            "Netflix confirmed that the ferry film stars Maren Otterby as Ilse Brandt.",
            title="The Weekly Reel: Salt Lantern’s new music, Quarrymoor lives on",
        )
    )


def test_the_first_items_other_work_casting_is_held() -> None:
    found = _letter(
        "1. Quarrymoor gets a third series",
        "Channel 4 has renewed Quarrymoor, its slow rural noir, for a third run. Piers "
        "Halloran returns as the vet Joss Maddick.",
    )
    assert ("Piers Halloran", "Joss Maddick") not in found


def test_the_first_items_other_work_back_as_is_held() -> None:
    found = _letter(
        "1. Quarrymoor is back for more",
        "Sky has brought back Quarrymoor, the fenland thriller, for another run, with Wren "
        "Castell back as his sister Edie Vane.",
    )
    assert ("Wren Castell", "Edie Vane") not in found
