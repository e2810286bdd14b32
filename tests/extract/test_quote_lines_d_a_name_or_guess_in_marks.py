"""Quote lines on invented text: words in marks that name something or guess a date are no
one's quote: a nickname fans give two parts ("Fans have called Dessa and Orvo “...”"), what
everyone on set calls an episode, a title after "the title" („...“ in a foreign edition), a date
fan accounts are "circling"; a person's words in marks stay quotes."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _served(found_quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact | None:
    return next((q for q in found_quotes if q.text.startswith(start) and q.served), None)


def test_a_nickname_fans_give_two_parts_is_held() -> None:
    found = facts(
        "Mara Quist plays Dessa Moor in Tidewater. We spoke to her before the finale.",
        "Fans have called Dessa and Orvo “the true north”. Do you agree?",
        "“I think they will be very happy with the ending,” Quist said.",
        date="2026-05-02",
        title="Mara Quist on Tidewater's finale",
    )
    assert _served(found.quotes, "the true north") is None
    answer = _served(found.quotes, "I think they")
    assert answer is not None and answer.speaker == "Mara Quist"


def test_what_everyone_on_set_calls_an_episode_is_held() -> None:
    found = facts(
        "Tidewater, written by Nell Garrow, is shooting in Mayo.",
        "Garrow arrives with pages for episode four, the one everyone on set calls “the storm"
        " episode”. “I wrote it in a week,” she says.",
        date="2026-03-03",
        title="Set diary: Tidewater",
    )
    assert _served(found.quotes, "the storm") is None
    remark = _served(found.quotes, "I wrote it")
    assert remark is not None and remark.speaker == "Nell Garrow"


def test_a_foreign_title_and_a_guessed_date_are_held() -> None:
    found = facts(
        "Tidewater, the drama starring Mara Quist, will stream worldwide on 9 May 2026.",
        "In Italy the series will carry the title „Marea: Per sempre“ and come dubbed.",
        "The streamer has not said when season two will come, though fan accounts are already"
        " circling “autumn 2027”.",
        date="2026-02-02",
        title="Tidewater gets a date",
    )
    assert _served(found.quotes, "Marea") is None
    assert _served(found.quotes, "autumn 2027") is None
