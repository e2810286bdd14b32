"""A forum rule banning a kind of thread names it in marks ("No “...” threads"): a label, no
one's quote; a fan's comment in marks beside such a rule stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


def test_a_banned_kind_of_thread_in_marks_is_no_quote() -> None:
    found = _served(
        "Marrowby Lights comes to Netflix on Friday.",
        "Thread rules: no “which twin is the killer” threads, please. Spoilers go in the pinned "
        "post.",
    )
    assert found == []


def test_a_fans_words_in_marks_after_a_rule_stay_quoted() -> None:
    found = _served(
        "Marrowby Lights comes to Netflix on Friday.",
        "u/fenland_fan wrote: “which twin is the killer, I need to know by Friday”.",
    )
    assert found == ["which twin is the killer, I need to know by Friday"]
