"""Mends after reviewing round 127's rules (invented sentences): another work's arrival day
does not stand in for the work's own "out now"; a part in the contrasted earlier work is not a
crew credit there; a time told after "is impossible" is not merely possible, while one that
"remains possible" is; words in marks the sentence calls a motto are no one's remark."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds

_TITLE = "Copper Bay: six things we learned from the finale"
_OUT_NOW = "Copper Bay is out now on Prime Video, and its last act hides a few twists."
_WRAPPED = "Harbour Lights, the new drama from Ada Vale, has wrapped filming."


def test_another_works_arrival_day_leaves_out_now_dating_the_release() -> None:
    found = release_kinds(
        _OUT_NOW,
        "Its rival, Salt Year, arrived on Netflix on Wednesday.",
        date="2026-03-07",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-04", False) not in found
    assert ("premiere_date", "2026-03-07", False) in found


def test_the_works_own_arrival_day_still_dates_the_release() -> None:
    found = release_kinds(
        _OUT_NOW,
        "Spoilers ahead for Copper Bay, which dropped on Prime Video on Wednesday.",
        date="2026-03-07",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-04", False) in found
    assert ("premiere_date", "2026-03-07", False) not in found


def _crew(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(*paragraphs, date="2026-03-01").crew if c.served}


def test_a_part_in_the_contrasted_work_is_no_crew_credit_there() -> None:
    names = _crew(
        "Unlike the show, in which Tom Reed had a small role, the film is directed by Tom Reed.",
        "It opens in May.",
    )
    assert "Tom Reed" in names


def test_a_job_shared_in_the_contrasted_work_is_still_that_works() -> None:
    names = _crew(
        "Harbour Lights season three is directed by Ada Vale.",
        "It is a change from the series, where Tom Reed and Ben Holt split directing duties.",
    )
    assert "Ada Vale" in names
    assert not names & {"Tom Reed", "Ben Holt"}


def _windows(*paragraphs: str) -> set[tuple[str | None, bool]]:
    found = facts(*paragraphs, date="2026-03-01").release
    return {(f.window, f.served) for f in found if f.window}


def test_a_time_told_after_an_impossible_one_is_served() -> None:
    windows = _windows(
        _WRAPPED,
        "A release before 2027 is impossible, the studio said, so the film opens in March 2027.",
    )
    assert ("2027-03", True) in windows


def test_a_window_that_remains_possible_is_held() -> None:
    windows = _windows(_WRAPPED, "A summer 2026 release remains possible.")
    assert ("2026-06/2026-08", True) not in windows
    assert ("2026-06/2026-08", False) in windows


def test_words_called_a_motto_are_no_ones_remark() -> None:
    found = facts(
        "Ada Vale stars in Harbour Lights.",
        "“Trust the process” has become the motto of the cast.",
        "“We will be back next year,” Vale said.",
    )
    served = {q.text: q.speaker for q in found.quotes if q.served}
    assert "Trust the process" not in served
    assert served.get("We will be back next year") == "Ada Vale"


def test_perhaps_before_no_wonder_leaves_the_date_plain() -> None:
    found = release_kinds(
        _WRAPPED,
        "It is perhaps no wonder that the film, released on 3 June 2026, topped the chart.",
        date="2026-07-01",
    )
    assert ("premiere_date", "2026-06-03", False) in found


def test_perhaps_on_the_date_still_hedges_it() -> None:
    found = release_kinds(_WRAPPED, "The film will perhaps open on 3 June 2026.", date="2026-03-01")
    assert ("premiere_date", "2026-06-03", True) in found


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, date="2026-03-01").quotes if q.served}


def test_in_reply_to_someone_hands_nothing_on() -> None:
    said = _speakers(
        "Ada Vale and Tom Reed met the press in Berlin.",
        "Reed wrote “We're done” in reply to a fan and went on: “There is no sequel.”",
    )
    assert said.get("There is no sequel.") == "Tom Reed"


def test_a_reply_to_which_someone_answered_is_the_repliers() -> None:
    said = _speakers(
        "Ada Vale and Tom Reed met the press in Berlin.",
        "Reed said “We are done”, in reply to which Vale told reporters: “Never say never.”",
    )
    assert said.get("Never say never.") == "Ada Vale"
