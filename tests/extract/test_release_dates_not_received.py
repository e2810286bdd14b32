"""Invented text: a production that has not received (or been given) a release date has none
announced, whichever way the sentence puts it."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Birch Hollow recasts its head teacher"
_LEAD = "Birch Hollow has quietly recast a role."


def _kinds(*paragraphs: str, date: str = "2025-10-08") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_yet_to_receive_a_release_date_is_none_announced() -> None:
    kinds = _kinds(
        _LEAD,
        "Birch Hollow, written by Ana Ruiz and directed by Tom Lee, is yet to receive a "
        "release date.",
    )
    assert kinds == {("not_announced", "", False)}


def test_has_not_been_given_a_premiere_date_is_none_announced() -> None:
    kinds = _kinds(_LEAD, "The film has not been given a premiere date.")
    assert kinds == {("not_announced", "", False)}


def test_has_not_received_a_date_yet_is_none_announced() -> None:
    kinds = _kinds(_LEAD, "The series hasn't received a release date yet.")
    assert kinds == {("not_announced", "", False)}
