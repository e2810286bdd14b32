"""A newsletter's masthead line that opens with its name before the first pipe ("THE REEL LETTER
| Friday 3 May 2026") names the publication: a later sign-off "The Reel Letter is written by A and
edited by B" credits the newsletter's staff, never the film's writer or editor. A review's info
line with no issue date keeps the film's credit (invented sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts

_FILM = "Halden Moor is directed by Ottoline Vasse and opens in June."


@pytest.mark.parametrize(
    ("line", "sign_off"),
    [
        (
            "THE REEL LETTER | Friday 3 May 2026",
            "The Reel Letter is written by Pell Harker and edited by Sefa Marrow.",
        ),
        (
            "Screen Scoop · Monday 12 January",
            "Screen Scoop is written by Pell Harker and edited by Sefa Marrow. Reply any time.",
        ),
        (
            "THE SOFA REPORT | Issue 88 | Tuesday 2 June 2026",
            "The Sofa Report is written by Pell Harker, and edited by Sefa Marrow.",
        ),
    ],
)
def test_masthead_lines_name_is_the_sign_offs_subject(line: str, sign_off: str) -> None:
    found = facts("Halden Moor gets a date — and two other things to know", line, _FILM, sign_off)
    assert ("writer", "Pell Harker") not in credits(found)
    assert ("editor", "Sefa Marrow") not in credits(found)
    assert ("director", "Ottoline Vasse") in credits(found)


def test_a_works_info_line_keeps_its_credit() -> None:
    found = facts(
        "Halden Moor review: a slow-burning wonder",
        "HALDEN MOOR | 12A | 118 mins | In cinemas Friday.",
        "Halden Moor is written by Pell Harker and edited by Sefa Marrow.",
    )
    assert ("editor", "Sefa Marrow") in credits(found)
