"""Quotes on invented text: an interview answer labelled with initials ("WC:") is the person the
headline names, when the initials are theirs; a round-up entry opening on an award winner ("The
Bafta winner, ...") is its heading person's post."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:20], q.speaker) for q in found.quotes if q.served]


def _interview(label: str) -> ArticleFacts:
    return facts(
        "Wrenna Caskey created Saltgrave as a radio play in 2019 and has written every episode "
        "since. Now the finale is shot.",
        "The shoot finished last week. How are you feeling?",
        f"{label}: Wrung out, in a good way. Everyone cried into their chips.",
        "When will fans get to see it?",
        f"{label}: Next spring, that much I can promise.",
        date="2025-09-03",
        title="Wrenna Caskey: ‘I always knew how it ended’",
    )


def test_an_answer_labelled_with_the_headline_persons_initials_is_theirs() -> None:
    served = _served(_interview("WC"))
    assert ("Wrung out, in a good", "Wrenna Caskey") in served, served
    assert ("Next spring, that mu", "Wrenna Caskey") in served, served


def test_initials_that_are_not_the_headline_persons_credit_no_one() -> None:
    served = _served(_interview("MS"))
    assert all(speaker != "Wrenna Caskey" for _, speaker in served), served


def _round_up(entry: str) -> ArticleFacts:
    return facts(
        "The cast have been posting their goodbyes. Here are the best.",
        "Linnet Pellham",
        "Pellham posted a photo of the last slate: “That’s a wrap on Saltgrave.”",
        "Corla Vintmore",
        entry,
        date="2025-10-04",
        title="Saltgrave cast say goodbye: all the best posts",
    )


def test_an_entry_opening_on_an_award_winner_is_the_heading_persons() -> None:
    found = _round_up(
        "The Bafta winner, new to the cast as Dana’s aunt Professor Dunmere, posted a photo of "
        "her lanyard. “Day one nerves, last day tears.”"
    )
    assert ("Day one nerves, last", "Corla Vintmore") in _served(found), _served(found)


def test_an_award_winners_entry_naming_someone_else_credits_no_one() -> None:
    found = _round_up(
        "The Bafta winner posted a selfie with co-star Marrick Smeet. “Day one nerves, last "
        "day tears.”"
    )
    assert all(s != "Corla Vintmore" for _, s in _served(found)), _served(found)
