"""A newsletter's correction names the issue that erred: "In issue #88 we said A plays P." The
claim is withdrawn like any other correction's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_in_issue_number_we_said_withdraws_the_casting() -> None:
    found = served_pairs(
        facts(
            "The Lamp Post, issue #91: Quillon Row gets a date.",
            "Netflix says Quillon Row arrives in May, with Ansel Ferrand as Gideon Moult.",
            "Correction: In issue #84 we said Tobiah Wrenfield plays Hester Moult. He left the "
            "show before filming began, and the part is now played by Lark Pemberley. We regret "
            "the error.",
        )
    )
    assert ("Tobiah Wrenfield", "Hester Moult") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_in_last_weeks_issue_we_wrote_withdraws_the_casting() -> None:
    found = served_pairs(
        facts(
            "Weekly Reel: Harrowgate Lane news.",
            "Correction: in last week’s edition we wrote that Perpetua Algood plays Mina "
            "Castell. Algood plays Mina’s sister, Orla Castell. Apologies.",
        )
    )
    assert ("Perpetua Algood", "Mina Castell") not in found


def test_in_our_last_edition_we_named_withdraws_the_casting() -> None:
    found = served_pairs(
        facts(
            "Weekly Reel: Harrowgate Lane news.",
            "Correction: In our last edition, we named Perpetua Algood as Mina Castell. The "
            "part is played by Lark Pemberley. We apologise for the error.",
        )
    )
    assert ("Perpetua Algood", "Mina Castell") not in found
