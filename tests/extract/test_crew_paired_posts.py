""" "The film's cinematographer, A, and editor, B, ..." sets off two posts: B is the editor;
another work's pair credits nobody."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_second_set_off_post_after_and_credits_its_name() -> None:
    for sentence, post in (
        (
            "The film’s cinematographer, Ines Marwood, and editor, Tobiah Quarrell-Ndu, are "
            "both nominated.",
            "editor",
        ),
        (
            "Its producer, Ines Marwood, and composer, Tobiah Quarrell-Ndu, flew in for the "
            "screening.",
            "composer",
        ),
        (
            "The director, Ines Marwood, and the screenwriter, Tobiah Quarrell-Ndu, took "
            "questions afterwards.",
            "writer",
        ),
    ):
        found = facts("The Salt Ledger leads the nominations.", sentence)
        assert (post, "Tobiah Quarrell-Ndu") in served_credits(found)


def test_another_works_paired_posts_credit_nobody() -> None:
    found = facts(
        "The Salt Ledger leads the nominations.",
        "Harbour Glass’s cinematographer, Ines Marwood, and editor, Tobiah Quarrell-Ndu, are "
        "nominated too.",
    )
    assert ("editor", "Tobiah Quarrell-Ndu") not in served_credits(found)
