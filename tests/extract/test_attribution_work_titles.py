"""Who a quote is credited to when its sentence names another: a company, an account."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_the_broadcaster_is_the_one_owning_its_sentences_show() -> None:
    found = facts(
        "Quillon Marsh, a six-part period drama for BBC Two, began filming in Hull on 3 June.",
        "Sky’s comedy Brisket Row has wrapped its second series in Leeds and will air"
        " “late next spring”, according to the broadcaster.",
    )
    assert ("late next spr", "Sky") in [(q.text[:13], q.speaker) for q in found.quotes]


def test_an_account_that_asked_for_words_to_be_pinned_did_not_say_them() -> None:
    found = facts(
        "Welcome to the weekly thread for fans of Quillon Marsh.",
        "u/brisket_row_fan asked us to pin this from last year’s AMA with Skewjack, so here it"
        " is: “Quillon Marsh is every harbour that keeps its own counsel.”",
    )
    assert all(q.speaker != "u/brisket_row_fan" for q in found.quotes if q.served)
