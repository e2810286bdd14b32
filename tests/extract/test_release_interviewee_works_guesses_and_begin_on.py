"""Release: an interviewee's other work dated in a question-and-answer piece (in an answer, or
named as the interviewee's in the writer's closing note), the writer's "best guess" after "no
date yet", and a run that "will now begin on" a channel; kinds of failure met in blind batches
76 and 77, each on invented text (none of their names)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, object, bool]]:
    return [(r.kind.value, r.date or r.window, r.hedged) for r in found.release if r.served]


def _interview(answer: str, closing: str) -> ArticleFacts:
    return facts(
        "The editor on cutting Brackenmoor, and why the ending changed three times.",
        "When the producers asked Odile Vantreeck to edit Brackenmoor, she had just finished "
        "Copper Dunes. Brackenmoor arrives on Netflix on 14 May.",
        "LOOKOUT: What's next for you?",
        f"VANTREECK: {answer}",
        closing,
        date="2026-02-10",
        title="Odile Vantreeck on cutting Brackenmoor",
    )


def test_an_interviewees_other_work_in_an_answer_is_not_ours() -> None:
    found = _interview(
        "Copper Dunes comes out in Irish cinemas in April, and I cut it in a barn.",
        "Brackenmoor is produced by Halvig Pictures.",
    )
    assert _served(found) == [("premiere_date", _date("2026-05-14"), False)]


def test_the_interviewees_own_work_in_the_closing_note_is_not_ours() -> None:
    found = _interview(
        "A long holiday, I hope.",
        "Brackenmoor is produced by Halvig Pictures. Vantreeck's Copper Dunes is on Mubi from "
        "5 March.",
    )
    assert _served(found) == [("premiere_date", _date("2026-05-14"), False)]


def test_our_work_named_in_an_answer_is_still_dated() -> None:
    found = _interview(
        "Brackenmoor comes out on 14 May, and then I rest.",
        "Brackenmoor is produced by Halvig Pictures.",
    )
    assert ("premiere_date", _date("2026-05-14"), False) in _served(found)


def test_an_answer_dating_ours_after_another_work_keeps_ours() -> None:
    found = _interview(
        "Copper Dunes comes out in April; Brackenmoor arrives on Netflix on 20 May.",
        "Brackenmoor is produced by Halvig Pictures.",
    )
    assert ("premiere_date", _date("2026-05-20"), False) in _served(found)


def test_our_subtitled_name_read_as_a_label_is_still_dated() -> None:
    found = facts(
        "The editor on cutting Brackenmoor.",
        "Odile Vantreeck cut Brackenmoor: The Low Tide in a barn.",
        "LOOKOUT: What's next?",
        "VANTREECK: A long holiday, I hope.",
        "Brackenmoor: The Low Tide premieres on Netflix on 14 May.",
        "Related: ten editors to watch",
        date="2026-02-10",
        title="Odile Vantreeck on cutting Brackenmoor",
    )
    assert ("premiere_date", _date("2026-05-14"), False) in _served(found)


def test_the_writers_best_guess_after_no_date_yet_is_a_hedged_window() -> None:
    found = facts(
        "Pellmarsh Row: everything we know.",
        "The BBC hasn't confirmed a transmission date yet. Filming wrapped on 3 October, and with "
        "the edit due to run through the winter, our best guess is spring 2026.",
        date="2025-10-20",
        title="Pellmarsh Row series two: everything we know",
    )
    assert ("window", "2026-03/2026-05", True) in _served(found)


def test_a_plain_guess_or_one_with_no_date_missing_is_not_read() -> None:
    for paragraph in (
        "The BBC hasn't confirmed a transmission date yet, so my guess is spring 2026 at the "
        "earliest.",
        "Filming wrapped on 3 October, and our best guess is spring 2026.",
    ):
        found = facts(
            "Pellmarsh Row: everything we know.",
            paragraph,
            date="2025-10-20",
            title="Pellmarsh Row series two: everything we know",
        )
        assert [k for k, _, _ in _served(found) if k == "window"] == [], paragraph


def test_a_run_that_will_now_begin_on_a_channel_is_the_premiere() -> None:
    found = facts(
        "Pellmarsh Row moves a week.",
        "The second series of Pellmarsh Row will now begin on BBC One on Sunday 10 May, the BBC "
        "has confirmed.",
        date="2026-03-02",
        title="Pellmarsh Row series two moves to May",
    )
    assert ("premiere_date", _date("2026-05-10"), False) in _served(found)


def test_filming_that_will_begin_is_no_premiere() -> None:
    found = facts(
        "Pellmarsh Row is back for a third series.",
        "Filming will begin in Belfast in March, with the whole cast returning.",
        date="2026-01-12",
        title="Pellmarsh Row recommissioned",
    )
    assert [k for k, _, _ in _served(found) if k in {"window", "premiere_date"}] == []


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)
