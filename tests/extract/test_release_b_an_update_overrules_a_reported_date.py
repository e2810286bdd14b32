"""An update paragraph that confirms a date overrules an earlier reported (hedged) date that
differs; a reported date the update bears out stays. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _dates(*paragraphs: str) -> set[tuple[str, bool]]:
    found = facts(*paragraphs, date="2026-02-03", title="Gorse Lane gets its release date")
    return {
        (str(r.date), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "premiere_date"
    }


_REPORT = (
    "Gorse Lane, the drama from Pell Ardon, is expected to arrive on 22 May, according to a"
    " trade report this morning."
)


def test_a_confirmed_date_in_an_update_overrules_the_reported_one() -> None:
    found = _dates(
        _REPORT,
        "The series stars Ona Tarr and Bram Kell.",
        "UPDATE, 15:10: The streamer has now confirmed that Gorse Lane will be released on"
        " Friday 15 May 2026.",
    )
    assert ("2026-05-22", True) not in found
    assert ("2026-05-15", False) in found


def test_a_reported_date_stands_without_an_update() -> None:
    found = _dates(_REPORT, "The series stars Ona Tarr and Bram Kell.")
    assert ("2026-05-22", True) in found
