"""No date yet told with a pronoun for the date just named ("Release date? Not yet. The BBC
hasn't given one yet.", "As for a premiere date, Netflix has not announced one.") is news that
none is set; "hasn't given one interview" is not. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Cameras roll on series two of Fellside"


def _kinds(*paragraphs: str, date: str = "2026-10-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_date_asked_then_not_given_one_is_not_announced() -> None:
    kinds = _kinds("Release date? Not yet. The BBC hasn't given one yet, so ignore the rumours.")
    assert ("not_announced", "", False) in kinds


def test_a_date_named_then_not_announced_one_in_the_same_sentence() -> None:
    kinds = _kinds("As for a premiere date, Channel 5 has not announced one.")
    assert ("not_announced", "", False) in kinds


def test_one_interview_not_given_is_no_date_news() -> None:
    kinds = _kinds("The release date is 4 December. Its star hasn't given one interview.")
    assert not any(kind == "not_announced" for kind, _, _ in kinds)
