"""Review mends of round 143 (invented text): a director said in a clause of their own to have
been on the show "for the past two seasons" keeps the new season's credit; a bare counted run
after ", and" ("and the two seasons, directed by A, shoot next spring") may be ours and keeps
its director; a shoot that "could finally start" on a day is held, not moved to next year."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_credits

_DATE = "2026-03-01"


def _directors(found: ArticleFacts) -> set[str]:
    return {name for _, name in served_credits(found)}


def test_a_past_run_told_in_a_clause_after_the_director_keeps_the_credit() -> None:
    found = facts(
        "Wickerhall returns for a third season in May.",
        "The third season was directed by Orla Brisk, who has worked on the show for the past"
        " two seasons.",
        date=_DATE,
    )
    assert "Orla Brisk" in _directors(found)


def test_a_past_run_told_straight_after_the_director_is_still_that_runs() -> None:
    found = facts(
        "Wickerhall: The Film is out in June.",
        "It is a change from the show, whose episodes were directed by Orla Brisk in its first"
        " three seasons.",
        date=_DATE,
        title="Explainer: all we know about Wickerhall: The Film",
    )
    assert "Orla Brisk" not in _directors(found)


def test_a_bare_counted_run_after_and_keeps_its_director() -> None:
    found = facts(
        "Wickerhall has been renewed for two more seasons.",
        "The streamer confirmed the order on Monday, and the two seasons, directed by Orla"
        " Brisk, shoot next spring.",
        date=_DATE,
    )
    assert "Orla Brisk" in _directors(found)


def test_a_counted_run_credited_in_the_past_is_still_another_runs() -> None:
    found = facts(
        "Wickerhall: The Film shoots in May.",
        "The film shoots in Galway, and the three series, which were directed by Orla Brisk,"
        " were filmed nearby.",
        date=_DATE,
    )
    assert "Orla Brisk" not in _directors(found)


def test_a_bare_counted_run_told_in_the_past_is_still_another_runs() -> None:
    found = facts(
        "Wickerhall: The Film shoots in May.",
        "The three series, directed by Orla Brisk, had a look of their own.",
        date=_DATE,
    )
    assert "Orla Brisk" not in _directors(found)


def test_a_start_that_could_come_at_last_is_held_not_moved_to_next_year() -> None:
    found = facts(
        "Wickerhall wrapped its shoot last week.",
        "After the strike ended, cameras could finally start rolling on 3 June, the producer"
        " recalled.",
        date="2026-09-01",
    )
    served = [fact for fact in found.release if fact.served]
    assert not any(fact.kind is ReleaseKind.FILMING_PLANNED for fact in served)


def test_a_start_that_could_come_is_still_a_hedged_plan() -> None:
    found = facts(
        "Wickerhall is a new drama for Hesper.",
        "Cameras could start rolling in mid-May, a call sheet suggests.",
        date=_DATE,
    )
    planned = [fact for fact in found.release if fact.kind is ReleaseKind.FILMING_PLANNED]
    assert planned and all(fact.hedged for fact in planned)
