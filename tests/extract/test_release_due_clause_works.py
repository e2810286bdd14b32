"""A festival write-up's other work, glossed by its star, with a "which is due" clause."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def test_a_starring_glossed_works_due_clause_dates_nothing_of_ours() -> None:
    found = facts(
        "Quillby Road closed the Harwick festival on Sunday night, weeks before it reaches"
        " Netflix.",
        "Quillby Road is released on Netflix on 17 April.",
        "Corrowby, which ran from 18 March, opened with Tamsin Orrfield’s Brackle Moor, starring"
        " Jude Pennimore as a ferryman, which is due in UK cinemas in June.",
        date="2026-03-30",
        title="Cheers as Quillby Road closes a festival",
    )
    windows = {f.window for f in found.release if f.kind is ReleaseKind.WINDOW and f.served}
    assert windows == set()
    assert any(f.kind is ReleaseKind.PREMIERE_DATE and f.served for f in found.release)
