"""A date given straight after the release-date noun: "the release date: 9 May, on Netflix",
"Its release date is 9 May." A date after any other noun ("the wrap date is ...") is not the
release. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Watch: the first trailer for Brackenmoor"
_DAY = ("premiere_date", "2026-05-09", False)


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-03-02", title=_TITLE)


def test_the_release_date_after_a_colon() -> None:
    kinds = _kinds(
        "Netflix has dropped the Brackenmoor trailer.",
        "It closes on a shot of the moor and the release date: May 9, on Netflix.",
    )
    assert _DAY in kinds


def test_its_premiere_date_after_a_colon() -> None:
    kinds = _kinds("Brackenmoor has a trailer at last, with its premiere date: 9 May.")
    assert _DAY in kinds


def test_another_date_noun_is_no_release() -> None:
    kinds = _kinds("Brackenmoor has a trailer at last. The wrap party date: 9 May.")
    assert _DAY not in kinds
