"""A correction notice that says "An earlier version said that X would play Y" without naming
the article (its opening already says "This article was amended"): the retracted casting is
not served; the notice's truth, and a casting outside any notice, stay (invented text)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_pairs

_LEDE = "ITV has cast its coastal thriller Saltings, with Ned Farrow in the lead."


def test_an_earlier_versions_casting_in_a_notice_is_not_served() -> None:
    for notice in (
        "This article was amended on 3 March 2026. An earlier version said that Petra Quill "
        "would play Agnes Rook. The role will be played by Lina Marsh.",
        "This piece has been updated. A previous version stated that Petra Quill plays Agnes "
        "Rook; we apologise for the error.",
    ):
        found = served_pairs(facts(_LEDE, notice, "Ned Farrow plays Tobias Rook."))
        assert ("Petra Quill", "Agnes Rook") not in found, notice
        assert ("Ned Farrow", "Tobias Rook") in found, notice


def test_a_casting_outside_a_notice_stays() -> None:
    found = served_pairs(facts(_LEDE, "Petra Quill will play Agnes Rook, the eldest sister."))
    assert ("Petra Quill", "Agnes Rook") in found


def test_a_retracted_casting_the_notice_says_was_left_is_former() -> None:
    found = facts(
        _LEDE,
        "This article was amended on 3 March 2026. An earlier version said that Petra Quill "
        "would play Agnes Rook. Quill was originally cast but has left the production; the role "
        "will be played by Lina Marsh.",
    )
    statuses = {(c.actor, c.character): c.status for c in found.cast if c.served}
    assert statuses.get(("Petra Quill", "Agnes Rook")) is CastStatus.FORMER
