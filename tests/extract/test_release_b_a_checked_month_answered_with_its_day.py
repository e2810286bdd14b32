"""An interviewer tells the shoot's month and asks to have it checked ("You began shooting in
March, right?"); an answer opening on a day of that month ("The ninth of March.") confirms it and
gives the day, which is served in place of the month. An answer naming another month gives no
day. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-30", title="Interview: the lead of Weir Cottage")
    return {
        str(r.date or r.window)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_a_checked_month_answered_with_a_word_day_gives_the_day() -> None:
    assert _starts(
        "Orla Bane sat down with us to talk about her new drama, Weir Cottage.",
        "HOST: Weir Cottage is nearly done. You began shooting in March, right? Early on?",
        "ORLA BANE: The ninth of March. It snowed on the first morning.",
    ) == {"2026-03-09"}


def test_a_checked_month_answered_with_yes_and_figures_gives_the_day() -> None:
    assert _starts(
        "Orla Bane sat down with us to talk about her new drama, Weir Cottage.",
        "HOST: Weir Cottage is nearly done. You started filming in March, is that right?",
        "ORLA BANE: Yes, 9 March. It snowed on the first morning.",
    ) == {"2026-03-09"}


def test_an_answer_in_another_month_gives_no_day() -> None:
    assert "2026-04-02" not in _starts(
        "Orla Bane sat down with us to talk about her new drama, Weir Cottage.",
        "HOST: Weir Cottage is nearly done. You started filming in March, is that right?",
        "ORLA BANE: The second of April, in the end. It snowed on the first morning.",
    )
