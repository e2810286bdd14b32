"""Quotes on invented text: a paragraph that is only a quotation, after "“No,” X protests.",
may be X going on or the other one answering back; it is no one's, never X's by default."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_bare_quotation_after_a_reply_is_not_the_replier_s() -> None:
    for reply in ("“That never happened,” Brannock protests.", "“Rubbish,” Brannock retorts."):
        found = facts(
            "Tessa Quayle directs Lamplight, which stars Ewan Brannock and Orla Fenn.",
            "Fenn leans in. “He hid in the van every time the dog came on set.”",
            reply,
            "“It happened every single day.”",
        )
        last = next(q for q in found.quotes if q.text.startswith("It happened"))
        assert not last.served or last.speaker != "Ewan Brannock", reply


def test_a_bare_quotation_after_a_plain_says_still_continues() -> None:
    found = facts(
        "Tessa Quayle directs Lamplight, which stars Ewan Brannock and Orla Fenn.",
        "“The dog was the real star,” Brannock says.",
        "“It hit every mark first time.”",
    )
    last = next(q for q in found.quotes if q.text.startswith("It hit"))
    assert last.speaker == "Ewan Brannock"
