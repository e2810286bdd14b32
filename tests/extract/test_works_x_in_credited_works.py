"""A profile may front the actor's other work with "In" and credit it in the aside after the
title ("In Salt Year, written by X and directed by Y, she plays Z"): on a page that knows its own
production, a title neither it nor the headline names is another's, and so are those credits.
The page's own title fronted the same way keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_HEADLINE = "From Tess to the lead: Ada Vell on life after Brightwater"
_OWN = (
    "Ada Vell made her name as Tess Morrow when the first season of Brightwater landed on "
    "Netflix, and she returned this summer for the final season of Brightwater."
)


def _credits(sentence: str) -> set[tuple[str, str]]:
    return served_credits(facts(_OWN, sentence, title=_HEADLINE))


def test_another_work_fronted_with_in_and_credited_in_an_aside_is_not_ours() -> None:
    found = _credits(
        "In Gullmoor, written by Perran Ashdown and directed by Tegen Roskilly, she plays a "
        "lifeboat volunteer who finds a wreck."
    )
    assert ("writer", "Perran Ashdown") not in found
    assert ("director", "Tegen Roskilly") not in found


def test_our_own_work_fronted_the_same_way_keeps_its_credits() -> None:
    found = _credits(
        "In Brightwater, written by Perran Ashdown and directed by Tegen Roskilly, she plays a "
        "shy drummer."
    )
    assert ("director", "Tegen Roskilly") in found
