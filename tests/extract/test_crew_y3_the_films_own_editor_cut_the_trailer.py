"""A trailer "cut by the film's own editor, X" says X is the film's editor: the credit is served;
a trailer cut by someone given no post of the film's stays held (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Gull Point: the first trailer is here"


def test_the_films_own_editor_cutting_the_trailer_is_served() -> None:
    found = facts(
        "Gull Point has a trailer. The trailer was cut by the film’s own editor, Ilse Dorran,"
        " rather than an outside house.",
        title=_TITLE,
    )
    assert ("editor", "Ilse Dorran") in served_credits(found)


def test_a_trailer_cut_by_an_editor_of_no_stated_post_stays_held() -> None:
    found = facts(
        "Gull Point has a trailer. The trailer was cut by Ilse Dorran, a trailer editor.",
        title=_TITLE,
    )
    assert ("editor", "Ilse Dorran") not in served_credits(found)
