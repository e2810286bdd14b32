"""Quotes on invented text: words right after their own speech verb ("and I told him, “...”",
"Financiers asked, “...”") are never the person a quote beside them is credited to."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_i_told_him_reply_is_not_the_one_told() -> None:
    found = facts(
        "Director Ysolt Vantreth on Skellmoor Quay.",
        "Why the coast?",
        "Because the sea is a character. Tavish Ostler said to me on the first day, \"I didn't "
        'sign up to be this wet," and I told him, "Yes, you did."',
        date="2026-03-01",
        title="Ysolt Vantreth: 'The sea is a character'",
    )
    assert ("Yes, you did", "Tavish Ostler") not in served_quotes(found)


def test_a_crowd_asking_is_not_the_one_who_answers() -> None:
    found = facts(
        "Director Ysolt Vantreth on Skellmoor Quay.",
        "Was it a hard sell?",
        'Our producer Mabyn Tollis fought for it. Financiers asked, "Can it be mostly English?" '
        'and she said, "It can be mostly honest."',
        date="2026-03-01",
        title="Ysolt Vantreth: 'The sea is a character'",
    )
    served = served_quotes(found)
    assert ("Can it be mo", "Mabyn Tollis") not in served, served
