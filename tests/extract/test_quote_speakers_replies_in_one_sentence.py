"""Quotes on invented text: in "X asked “...”, to which Y replied: “...”" the reply is Y's, never
the asker's; a reply whose author goes unnamed is no one's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, bool]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.served


def test_a_reply_in_the_same_sentence_is_the_replier_s() -> None:
    found = facts(
        "Mirela Dost directs Saltwick, which stars Ewan Brannock.",
        "At the panel Brannock was asked “Is there a sequel?”, to which Dost responded: “Ask me "
        "after the festival.”",
    )
    assert _quote(found, "Ask me")[0] == "Mirela Dost"


def test_an_account_s_reply_is_the_account_s() -> None:
    found = facts(
        "Saltwick is a Harbour Films release starring Ewan Brannock.",
        "One viewer, @gullwatcher9, wrote “wait is this part two??” to which Harbour Films "
        "answered: “It is a whole new story.”",
    )
    speaker, _ = _quote(found, "It is a whole")
    assert speaker != "@gullwatcher9"
    assert speaker in {"Harbour Films", ""}


def test_an_unnamed_reply_is_no_one_s() -> None:
    found = facts(
        "Saltwick is a Harbour Films release starring Ewan Brannock.",
        "@gullwatcher9 posted “the sequel is out in May!!”, to which the most liked reply was a "
        "weary “It is out in June. Read the post.”",
    )
    speaker, served = _quote(found, "It is out in June")
    assert speaker == "" or not served


def test_a_second_quotation_with_no_reply_between_stays_the_speaker_s() -> None:
    found = facts(
        "Mirela Dost directs Saltwick, which stars Ewan Brannock.",
        "“We froze every night,” Brannock said, “and the crew never once complained.”",
    )
    assert _quote(found, "and the crew")[0] == "Ewan Brannock"
