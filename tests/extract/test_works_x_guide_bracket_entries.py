"""A what-to-watch guide may head each entry with a work's name and, in brackets, where and when
to see it ("Tarn Hollow (BBC iPlayer, from Sunday)"), a label of its own maybe before it ("Our
pick: ..."). An entry that names none of the page's own work credits another work; the own
entry, and any entry that names it, keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_HEADLINE = "What to watch this weekend: Quillon Row, Tarn Hollow and more"
_LEDE = "Quillon Row says goodbye on Netflix, plus a Welsh dating comedy and a film in cinemas."


def _credits(second_entry: str) -> set[tuple[str, str]]:
    return served_credits(
        facts(
            _LEDE,
            "By Della Marchmont | Published 17 April 2026",
            "Our pick: Quillon Row (Netflix, from today)",
            "It is here at last. Quillon Row, the film that ends the saga, lands on Netflix "
            "today. The film is directed by Ines Quarrie.",
            "Also streaming",
            "Tarn Hollow (BBC iPlayer, all episodes from Sunday)",
            second_entry,
            "Salt Lantern (Channel 4, Saturday 9pm)",
            "Lighter fare: a dating comedy starring Bea Lusk, which the channel calls a treat.",
            date="2026-04-17",
            title=_HEADLINE,
        )
    )


def test_another_entrys_director_is_not_ours() -> None:
    found = _credits(
        "Perpetua Algood leads this six-part rural thriller as a vet who finds a body. "
        "Directed by Orin Maddox, it is bleak and very good."
    )
    assert ("director", "Orin Maddox") not in found
    assert ("director", "Ines Quarrie") in found


def test_an_entry_naming_ours_is_not_cut() -> None:
    found = _credits(
        "Perpetua Algood, who starred in Quillon Row, leads this six-part rural thriller as a "
        "vet. Directed by Orin Maddox, it is bleak and very good."
    )
    assert ("director", "Orin Maddox") in found
