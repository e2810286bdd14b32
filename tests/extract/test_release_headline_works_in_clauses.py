"""A profile's or podcast's own work, the one its headline names, dated in a clause that hangs
off a person ("writer Ada Vale, whose thriller Fen Road begins on ...") or off an apposition
that tells the work ("the composer of Fen Road, Lumen's drama about a voyage to Skerrholm, which
premieres on ..."): the date is that work's premiere, not the last name's before it. A work the
headline does not carry keeps its date to itself."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_whose_clause_naming_the_headlines_work_dates_it() -> None:
    kinds = release_kinds(
        "On this week's episode, Fen Road creator Ada Vale explains the mud.",
        "The hosts are joined by writer Ada Vale, whose four-part thriller Fen Road begins on"
        " Channel 4 on Sunday 17 May at 9pm.",
        date="2026-05-06",
        title="Podcast: Ada Vale on Fen Road",
    )
    assert ("premiere_date", "2026-05-17", False) in kinds


def test_a_whose_clause_naming_another_work_keeps_its_date() -> None:
    kinds = release_kinds(
        "On this week's episode, Fen Road creator Ada Vale explains the mud.",
        "The hosts are joined by writer Odo Marsh, whose four-part thriller Salt Harbour"
        " begins on Channel 4 on Sunday 17 May at 9pm.",
        date="2026-05-06",
        title="Podcast: Ada Vale on Fen Road",
    )
    assert ("premiere_date", "2026-05-17", False) not in kinds


_PROFILE_TITLE = "Ada Vale: the composer who scored Fen Road with a frozen harpsichord"


def test_a_clause_after_an_apposition_telling_the_headlines_work_dates_it() -> None:
    kinds = release_kinds(
        "The composer spent a year recording wind and ice.",
        "Vale is the composer of Fen Road, Lumen’s eight-part drama about a doomed voyage to"
        " Skerrholm, which premieres on Thursday 23 October at 9pm.",
        date="2025-10-03",
        title=_PROFILE_TITLE,
    )
    assert ("premiere_date", "2025-10-23", False) in kinds


def test_a_clause_after_an_apposition_telling_another_work_keeps_its_date() -> None:
    kinds = release_kinds(
        "The composer spent a year recording wind and ice.",
        "Vale also scored Salt Harbour, Lumen’s eight-part drama about a doomed voyage to"
        " Skerrholm, which premieres on Thursday 23 October at 9pm.",
        date="2025-10-03",
        title=_PROFILE_TITLE,
    )
    assert ("premiere_date", "2025-10-23", False) not in kinds
