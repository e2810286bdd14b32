"""A work's two-word title is never the speaker a quote is credited to."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_co_star_named_after_the_title_is_not_the_title() -> None:
    found = facts(
        "Corran Teague walked the carpet at the gala on Friday.",
        "Teague’s co-star in Grey Fennick at Dunmore, Ysolde Parrack, who plays his aunt, told"
        " reporters he had been “the calmest man in the building”.",
    )
    assert ("the calmest", "Grey Fennick") not in served_quotes(found)


def test_a_title_set_beside_its_makers_drama_is_not_the_he_who_says() -> None:
    found = facts(
        "Brannoc Tully has a rule: no lamps he cannot lift.",
        "For Sallow Pike, Wenna Ruddock’s drama about a ferry crew, the 41-year-old"
        " cinematographer shot by daylight.",
        "“Wenna wanted the wind in every frame,” he says.",
    )
    assert ("Wenna wanted", "Sallow Pike") not in served_quotes(found)


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
