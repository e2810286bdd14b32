"""A one-word title before a post is no name: "the Tallowmere author herself" names the work the
author wrote, never a person called Tallowmere; a named author stays (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_title_before_author_is_no_name() -> None:
    found = facts(
        "Orchard Hours closed the festival on Sunday.",
        "Director Tiago Serrão introduced the gala alongside the Tallowmere author herself, who"
        " adapted her novels for the screen.",
    )
    assert not any(name == "Tallowmere" for _, name in credits(found))
    assert ("director", "Tiago Serrão") in credits(found)
