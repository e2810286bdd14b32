"""A day filming began in one place after weeks spent filming in another ("started shooting in
Leeds on 2 June after three weeks in Bristol") is a later leg's first day: the shoot began
earlier, so the day is held, not served. A plain start, and a shoot that wrapped after a length
of time in one place, keep the start. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-20", title="Salt Mill Lane moves north")
    return {
        str(r.date or r.window)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_a_start_after_weeks_elsewhere_is_held() -> None:
    assert not _starts(
        "Salt Mill Lane, a four-part thriller for the BBC, started shooting in Leeds on 2 June"
        " after three weeks in Bristol.",
    )


def test_a_start_following_a_month_of_filming_elsewhere_is_held() -> None:
    assert not _starts(
        "Following a month of filming in Glasgow, Salt Mill Lane began shooting in Leeds on"
        " 2 June.",
    )


def test_a_plain_start_is_kept() -> None:
    assert _starts(
        "Salt Mill Lane, a four-part thriller, started shooting in Leeds on 2 June."
    ) == {"2026-06-02"}


def test_a_start_then_a_wrap_after_weeks_in_one_place_is_kept() -> None:
    assert _starts(
        "Salt Mill Lane began filming on 4 May and wrapped after six weeks in Leeds.",
    ) == {"2026-05-04"}
