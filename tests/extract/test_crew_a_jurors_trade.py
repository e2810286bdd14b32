"""A juror told by trade ("The jury chair, casting director X") is no credit on the work the
jury judged (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_jury_chairs_trade_is_no_credit() -> None:
    found = facts(
        "Brackenfall returns in May.",
        "The jury chair, casting director Wilma Thrushgate, said the shortlist was fearless.",
    )
    assert not credits(found)


def test_the_head_of_the_jury_is_no_director_of_ours() -> None:
    found = facts(
        "Brackenfall returns in May.",
        "The head of the jury, director Wilma Thrushgate, praised the winners.",
    )
    assert not credits(found)


def test_a_casting_director_with_no_jury_post_is_still_ours() -> None:
    found = facts(
        "Brackenfall returns in May.",
        "Casting director Wilma Thrushgate said the new faces were fearless.",
    )
    assert ("casting_director", "Wilma Thrushgate") in credits(found)
