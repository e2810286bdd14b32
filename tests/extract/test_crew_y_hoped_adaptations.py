"""A wish for a work not yet made ("she hopes to adapt X's novel next", "he wants to direct a
western") holds the credit named there; a source the article's own work is adapted from stays."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Larkhollow director on her debut feature"
_LEDE = "Larkhollow, the debut feature from director Ffion Marsh, opens in cinemas on Friday."


def test_a_hoped_for_adaptation_credits_no_author() -> None:
    crew = served_crew(
        _LEDE,
        "After this, Marsh hopes to adapt Gwen Tallis's novel about a lighthouse, rights"
        " permitting.",
        title=_TITLE,
    )
    assert ("author", "Gwen Tallis") not in crew


def test_the_works_own_source_keeps_its_author() -> None:
    crew = served_crew(
        _LEDE,
        "The film is based on Gwen Tallis's novel about a lighthouse keeper.",
        title=_TITLE,
    )
    assert ("author", "Gwen Tallis") in crew
