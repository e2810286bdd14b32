"""A sentence that says nothing is known of the pairs it names ("Nobody has said anything
official about X (Mira) yet", "There is no word yet on X (Mira)") and a report's link taken
back ("Early reports linked X to the part of Y, but he was never attached") serve no casting;
a confirmed pair after "but" still does."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copper Bay: the film starts shooting"


def test_nothing_said_about_the_pairs_holds_them() -> None:
    for lead in (
        "Nobody has said anything official about",
        "There is no official word yet on",
    ):
        found = facts(
            "Copper Bay has started filming.",
            f"{lead} Lorne Abara (Pip) or Ceri Fane (Wendel), so we are keeping our fingers"
            " crossed.",
            title=_TITLE,
        )
        assert ("Lorne Abara", "Pip") not in served_pairs(found), lead
        assert ("Ceri Fane", "Wendel") not in served_pairs(found), lead


def test_a_pair_after_but_is_still_served() -> None:
    found = facts(
        "Copper Bay has started filming.",
        "Nobody has said anything about the sequel yet, but Ceri Fane plays Wendel in the film.",
        title=_TITLE,
    )
    assert ("Ceri Fane", "Wendel") in served_pairs(found)


def test_a_link_taken_back_is_held() -> None:
    found = facts(
        "Copper Bay has started filming.",
        "Early reports had tied Dara Quill to the role of the ferryman, Osric Penn, but he was"
        " never attached.",
        "Ceri Fane plays Wendel.",
        title=_TITLE,
    )
    assert ("Dara Quill", "Osric Penn") not in served_pairs(found)
    assert ("Ceri Fane", "Wendel") in served_pairs(found)


def test_a_link_that_held_is_not_denied() -> None:
    found = facts(
        "Copper Bay has started filming.",
        "Early reports had tied Dara Quill to the role of the ferryman, Osric Penn, and he has"
        " now signed.",
        title=_TITLE,
    )
    assert all("denies" not in c.doubt for c in found.cast if c.actor == "Dara Quill")
