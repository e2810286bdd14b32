"""A subject who "created and wrote every episode" is the show's creator as well as its writer,
and one who then "directs the first two" is a director of it; the same count told of another
title ("the first two of Harrow") credits nothing here."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Larkhollow: everything we know about the new drama"
_LEDE = "Larkhollow, the channel's new coastal drama, starts filming in Cornwall next month."


def test_created_and_wrote_all_episodes_then_directs_the_first_two() -> None:
    crew = served_crew(
        _LEDE,
        "Tallis created and wrote all eight episodes, and directs the first three.",
        "Gwen Tallis is a familiar name to viewers of the channel's dramas.",
        title=_TITLE,
    )
    assert ("creator", "Gwen Tallis") in crew
    assert ("writer", "Gwen Tallis") in crew
    assert ("director", "Gwen Tallis") in crew


def test_directing_the_first_two_of_another_title_is_no_credit_here() -> None:
    crew = served_crew(
        _LEDE,
        "Gwen Tallis wrote all eight episodes, and directs the first three of Harrow Point next"
        " year.",
        title=_TITLE,
    )
    assert ("director", "Gwen Tallis") not in crew
