"""The writer's own guess after a time is served hedged, and "the hit series" names a work, not
a release, on invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lantern Row: everything we know"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_time_the_writer_calls_a_guess_is_hedged() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Its two seasons came in May 2022 and June 2024, so a summer 2026 release would fit the"
        " pattern, though that is our guess rather than anything Netflix has said.",
    )
    assert kinds == {("window", "2026-06/2026-08", True)}


def test_a_time_that_follows_the_pattern_is_hedged() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Expect it to arrive in autumn 2026, if the pattern holds.",
    )
    assert kinds == {("window", "2026-09/2026-11", True)}


def test_our_best_guess_in_brackets_is_hedged() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The film should land in spring 2027 (our best guess).",
    )
    assert kinds == {("window", "2027-03/2027-05", True)}


def test_the_hit_series_is_no_release_verb_before_a_shoot_date() -> None:
    kinds = _kinds(
        "Fans lined the streets of Hartley as Netflix brought Lantern Row to town.",
        "Cameras started rolling on the feature-length finale of the hit series on Monday 2 June.",
        "Filming on a hit drama of the last decade wrapped, and crews rolled into a smash hit"
        " show's old set on Tuesday 3 June.",
        date="2025-06-19",
    )
    assert ("premiere_date", "2025-06-02", False) not in kinds
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_time_someone_had_said_before_is_not_the_release() -> None:
    kinds = _kinds(
        "Lantern Row is Sky's next big drama.",
        "That is new: in January, Sky had said the series would go out weekly from April.",
        "The broadcaster had promised a March launch at its winter showcase.",
        "The network had earlier told fans it would arrive in spring.",
        date="2026-04-02",
    )
    assert kinds == set()


def test_a_time_said_in_the_plain_past_is_still_served() -> None:
    kinds = _kinds(
        "Lantern Row is Sky's next big drama.",
        "Sky said the series would arrive in May.",
        date="2026-04-02",
    )
    assert kinds == {("window", "2026-05", False)}
