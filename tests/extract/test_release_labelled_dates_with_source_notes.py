"""A forum's fact list labels the release date and notes its source in brackets after it
("• Release: Friday 15 May 2026, Netflix, worldwide (confirmed in the trailer's end card)"): the
note does not hide the labelled date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "[MEGATHREAD] Copper Bay – Official Trailer Discussion"


def _sheet(release_line: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "The moderators open a thread for the Copper Bay trailer.",
        "Quick facts (mod-verified):",
        "• Title: Copper Bay",
        release_line,
        date="2026-02-11",
        title=_TITLE,
    )


def test_a_labelled_date_with_a_source_note_is_the_premiere() -> None:
    found = _sheet(
        "• Release: Friday 15 May 2026, Netflix, worldwide (confirmed in the trailer's end"
        " card and the streamer's press site)"
    )
    assert ("premiere_date", "2026-05-15", False) in found


def test_a_labelled_date_with_a_comment_in_brackets_is_left_alone() -> None:
    found = _sheet("• Release: Friday 15 May 2026, Netflix (we think, it keeps moving)")
    assert ("premiere_date", "2026-05-15", False) not in found


def test_a_bracket_of_hearsay_is_no_source_note() -> None:
    found = _sheet("• Release: Friday 15 May 2026, Netflix (according to rumours on a forum)")
    assert ("premiere_date", "2026-05-15", False) not in found
