"""A new holder told by the predecessors' owned post alone ("X takes over from the show's
regular directors for the film") is the work's director; "takes over from" another thing (a
shift, a desk) credits no one."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Larkhollow: The Film arrives on Friday"
_LEDE = "Larkhollow: The Film, which closes the school drama, arrives on the streamer on Friday."


def test_a_successor_to_the_shows_directors_directs_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "Gwen Tallis wrote the script, and Piet Sandor takes over from the show's usual"
        " directors for a film that looks richer than the series ever did.",
        title=_TITLE,
    )
    assert ("director", "Piet Sandor") in crew


def test_taking_over_from_something_else_credits_no_one() -> None:
    crew = served_crew(
        _LEDE,
        "Piet Sandor takes over from the show's usual presenters for a behind-the-scenes special.",
        title=_TITLE,
    )
    assert not any(name == "Piet Sandor" for _, name in crew)
