"""A script or score "for" a title is ours or another's by the whole title, even where the title
runs past the reach the check looks in: a long relative clause before "the screenplay for
<our title>" must not cut the title short and take it for another work's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Tollmoor Reckoning: what we know about the lighthouse film"
_LEDE = "Tollmoor Reckoning, the film that ends the lighthouse drama, opens in cinemas in March."


def test_a_long_clause_before_our_title_keeps_the_credit() -> None:
    crew = served_crew(
        _LEDE,
        "On stage sat Nessa Quill, who dreamt up the whole saga and wrote the screenplay for"
        " Tollmoor Reckoning.",
        title=_TITLE,
    )
    assert ("writer", "Nessa Quill") in crew


def test_a_long_clause_before_another_title_still_drops_it() -> None:
    crew = served_crew(
        _LEDE,
        "On stage sat Nessa Quill, who dreamt up the whole saga and wrote the screenplay for"
        " Cold Harbour Nights.",
        title=_TITLE,
    )
    assert ("writer", "Nessa Quill") not in crew
