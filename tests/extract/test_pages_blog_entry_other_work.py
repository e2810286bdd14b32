"""A live blog's entry may turn to another work ("10:35 Before Lumen we get a look at series two
of “Copper Sound”, the Welsh coastal drama."): what that entry casts is that work's, even though
it names ours in passing."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Streamer showcase live: Quillon Row title revealed"


def _blog(entry: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "The streamer revealed the Quillon Row film's title at its showcase.",
            "By Della Marchmont | Last updated 12:05",
            "11:02 It’s official: Quillon Row: The Long Tide lands in June, with Ansel Ferrand "
            "back as Gideon Moult.",
            entry,
            "10:00 Good morning and welcome to our live coverage of the Quillon Row showcase.",
            title=_HEADLINE,
        )
    )


def test_an_entry_about_another_quoted_drama_casts_that_drama() -> None:
    found = _blog(
        "10:35 Before Quillon Row we get a look at series two of “Copper Sound”, the Welsh "
        "coastal drama. The streamer confirms it returns in March, with Perpetua Algood back "
        "as Ines Quarrie."
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_entry_opening_on_another_named_thriller_casts_that_thriller() -> None:
    found = _blog(
        "10:20 First up is ‘Tin Chapel’, a new spy thriller, and it looks expensive. Lark "
        "Pemberley plays the handler, Agatha Pim."
    )
    assert ("Lark Pemberley", "Agatha Pim") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found
