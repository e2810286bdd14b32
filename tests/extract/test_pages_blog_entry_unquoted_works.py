"""A live blog's timed entry may turn to another work named without quotation marks ("11:47
Elsewhere, Marrowgate is back for a third series ...", "10:20 First up is Tinderholt, a new
Welsh period drama ..."): what that entry casts or dates is that work's."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_pairs

_HEADLINE = "Streamer showcase live: Quillon Row film date revealed"
_OURS = (
    "11:02 It’s official: Quillon Row: The Long Tide lands on 12 June, with Ansel Ferrand "
    "back as Gideon Moult."
)
_OPEN = "10:00 Good morning and welcome to our live coverage of the Quillon Row showcase."


def _blog(entry: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "The streamer revealed the Quillon Row film's date at its showcase.",
            "By Della Marchmont | Last updated 12:05",
            entry,
            _OURS,
            _OPEN,
            title=_HEADLINE,
        )
    )


def test_an_entry_on_another_show_back_for_a_new_series_casts_that_show() -> None:
    found = _blog(
        "11:40 Elsewhere on the slate, The Harrow Ledger is back for a third series on 4 May, "
        "with Perpetua Algood returning as the banker Ines Quarrie."
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_entry_on_another_show_that_returns_casts_that_show() -> None:
    found = _blog(
        "11:40 Also announced: Marrowgate returns for a second season, with Lark Pemberley "
        "returning as Agatha Pim."
    )
    assert ("Lark Pemberley", "Agatha Pim") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_entry_opening_on_another_apposed_drama_dates_that_drama() -> None:
    kinds = release_kinds(
        "The streamer revealed the Quillon Row film's date at its showcase.",
        "By Della Marchmont | Last updated 12:05",
        _OURS,
        "10:20 First up is Tinderholt, a new Welsh historical drama starring Osric Vane as "
        "the smuggler Bran Tudur. The streamer says it will arrive in the spring.",
        _OPEN,
        date="2026-01-20",
        title=_HEADLINE,
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_an_entry_opening_on_another_apposed_drama_casts_that_drama() -> None:
    found = _blog(
        "10:20 First up is Tinderholt, a new Welsh historical drama starring Osric Vane as "
        "the smuggler Bran Tudur."
    )
    assert ("Osric Vane", "Bran Tudur") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found
