"""A sentence-case subtitle of any length cut at its first lowercase word is no title; a whole
title followed by an adverb stays the title."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_titles

_TITLE = "Copper Bay gets its Spanish title"


def _titles(line: str) -> list[str]:
    return served_titles(line, date="2026-02-10", title=_TITLE)


@pytest.mark.parametrize(
    "line",
    [
        "In Spain the film will be titled Copper Bay: La casa del mar, and it arrives on 9 May.",
        "In Spain the film will be titled Copper Bay: La casa del mar perdida, and it arrives on "
        "9 May.",
        "In Spain the film will be titled Copper Bay: Para sempre, and it arrives on 9 May.",
    ],
)
def test_a_cut_subtitle_is_no_title(line: str) -> None:
    assert "Copper Bay: La" not in _titles(line)
    assert "Copper Bay: Para" not in _titles(line)


def test_a_whole_title_before_an_adverb_stays() -> None:
    assert _titles("The sequel will be called Copper Bay: Undertow instead.") == [
        "Copper Bay: Undertow"
    ]
