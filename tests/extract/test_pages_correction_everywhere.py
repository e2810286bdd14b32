"""A correction withdraws what it says was wrong everywhere in the article: the claim in the
notice itself and the earlier entry or paragraph that first made it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs


def test_an_earlier_entry_in_this_blog_withdraws_the_casting_everywhere() -> None:
    found = served_pairs(
        facts(
            "Live from the Harrowgate Lane premiere.",
            "21:05 — CORRECTION",
            "An earlier entry in this blog said Tobiah Wrenfield plays Mina Castell. That was "
            "wrong: Wrenfield plays Doctor Osric Vane, and Mina is played by Perpetua Algood. "
            "Apologies to both.",
            "19:40 — Tobiah Wrenfield, who plays Mina, waved to the crowd at the barrier.",
        )
    )
    assert ("Tobiah Wrenfield", "Mina Castell") not in found
    assert ("Tobiah Wrenfield", "Mina") not in found
    assert ("Perpetua Algood", "Mina") in found or ("Perpetua Algood", "Mina Castell") in found


def test_a_previous_post_on_this_page_withdraws_the_casting_everywhere() -> None:
    found = served_pairs(
        facts(
            "Live: the Quillon Row read-through.",
            "Correction: A previous post on this page said Ansel Ferrand plays Hester Moult. "
            "Ferrand plays Gideon Moult; Hester is played by Lark Pemberley. We apologise.",
            "10:15 — Ansel Ferrand, who plays Hester Moult, arrived first.",
        )
    )
    assert ("Ansel Ferrand", "Hester Moult") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_a_claim_the_notice_restates_is_kept() -> None:
    found = served_pairs(
        facts(
            "Live: the Quillon Row read-through.",
            "Correction: An earlier entry in this blog said Ansel Ferrand plays Hester Moult in "
            "the first series. Ferrand plays Hester Moult in the second. Apologies.",
            "10:15 — Ansel Ferrand, who plays Hester Moult, arrived first.",
        )
    )
    assert ("Ansel Ferrand", "Hester Moult") in found


def test_an_earlier_entry_in_this_blog_withdraws_the_credit_everywhere() -> None:
    found = served_credits(
        facts(
            "Live from the Harrowgate Lane premiere.",
            "20:50 — CORRECTION",
            "An earlier entry in this blog said the film's score was composed by Wendeline "
            "Okafor. That was wrong: Okafor is the film's editor, and the score is by Rune "
            "Castellan. Apologies.",
            "19:30 — Composer Wendeline Okafor posed with fans at the barrier.",
        )
    )
    assert ("composer", "Wendeline Okafor") not in found
    assert ("composer", "Rune Castellan") in found


def test_a_credit_the_notice_restates_is_kept() -> None:
    found = served_credits(
        facts(
            "Harrowgate Lane adds a director.",
            "Tamsin Quill directs all eight episodes of Harrowgate Lane.",
            "Correction: An earlier version of this article said that Tamsin Quill would direct "
            "the first two episodes. Quill directs all eight. We apologise for the error.",
        )
    )
    assert ("director", "Tamsin Quill") in found
