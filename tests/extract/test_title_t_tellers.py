"""A name right after a title cue that goes on into a verb of telling is the teller (a company or
a person), not the title; the title the sentence then gives is served."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_titles

_TITLE = "The Tessmoor film finally has a title"


def _titles(line: str) -> list[str]:
    return served_titles(line, date="2026-03-02", title=_TITLE)


@pytest.mark.parametrize(
    "line",
    [
        "The Tessmoor film has a name: Orlapine has revealed it will be called Tessmoor Gildry.",
        "The Tessmoor film has a name: Orlapine confirmed it will be called Tessmoor Gildry.",
        "The Tessmoor film has a new title: Wrenvale said it will be called Tessmoor Gildry.",
    ],
)
def test_the_teller_is_no_title(line: str) -> None:
    titles = _titles(line)
    assert "Orlapine" not in titles
    assert "Wrenvale" not in titles
    assert "Tessmoor Gildry" in titles


def test_a_title_the_cue_gives_stays() -> None:
    assert _titles("The Tessmoor film has a name: Tessmoor Gildry.") == ["Tessmoor Gildry"]
