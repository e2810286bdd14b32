"""A title set apart by commas or dashes before its verb ("The title, Paper Lanterns, was
confirmed as ...", "Its official title – Salt Road – has been revealed") is a title reveal. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Everything we know about the Paper Lanterns film"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-09-02", title=_TITLE)
    return {r.title or "" for r in served if r.kind.value == "title"}


def test_a_title_between_commas_before_confirmed_is_a_reveal() -> None:
    titles = _titles(
        "The title, Paper Lanterns: Homeward, was confirmed as cameras started rolling in May.",
    )
    assert titles == {"Paper Lanterns: Homeward"}


def test_a_title_between_dashes_before_revealed_is_a_reveal() -> None:
    titles = _titles("Its official title – Lanterns Homeward – has been revealed by the studio.")
    assert titles == {"Lanterns Homeward"}
