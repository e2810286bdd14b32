"""A profile glosses its subject's other job as a work of its own ("In Sorrelmoor, a six-part
BBC One thriller, ...") and dates it in its last line: that day is the other work's, not ours.
Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_PROFILE = (
    "With a BBC thriller about to air and the Quillon Vale finale coming in April, Odric Vantry "
    "is busy.",
    "But it was Quillon Vale, Orbiflix's adaptation of the comics, that made him famous.",
    "Now he is grown up. In Sorrelmoor, a six-part BBC One thriller starting on 15 February, "
    "Vantry leads as a detective.",
    "Quillon Vale Forever, the film that ends the story, is now dated for Orbiflix on 17 April "
    "2026.",
)


def _found(*last: str) -> set[tuple[str, str, bool]]:
    return release_dates(
        *_PROFILE, *last, date="2026-02-02", title="Odric Vantry: from the stage to a detective"
    )


def test_the_glossed_other_works_start_in_the_last_line_is_not_ours() -> None:
    assert _found("Sorrelmoor begins on BBC One and iPlayer on 15 February.") == {
        ("premiere_date", "2026-04-17", False)
    }


def test_our_own_work_named_in_the_last_line_is_still_dated() -> None:
    assert ("premiere_date", "2026-04-17", False) in _found(
        "Quillon Vale Forever arrives on Orbiflix on 17 April."
    )
