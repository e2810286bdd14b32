"""A hope or expectation that governs a shoot's step ("is expected to wrap soon") does not hedge a
later clause of the sentence that states the release's time with a schedule word of its own
("with the film due to land next year"); a later clause with none ("with a release to follow
in 2027") is still the hope's."""

from __future__ import annotations

from tests.extract.helpers import facts


def windows(sentence: str, date: str = "2025-08-12") -> list[tuple[str, bool]]:
    found = facts(sentence, date=date)
    return [(r.window or "", r.hedged) for r in found.release if r.kind.value == "window"]


def test_a_later_clause_with_its_own_schedule_word_is_not_hedged() -> None:
    for sentence in (
        "The shoot is expected to wrap soon, with the finished film due to land on the "
        "streamer some time next year.",
        "The crew hopes to finish filming before the winter, and the series is set to air on "
        "the channel in 2026.",
        "Producers are eyeing an early wrap; the drama is scheduled to arrive on the service "
        "in 2026.",
    ):
        assert windows(sentence) == [("2026", False)], sentence


def test_a_later_clause_without_one_is_still_the_hopes() -> None:
    for sentence in (
        "The team hopes to finish the edit by the spring, with a theatrical release to follow "
        "in 2026.",
        "The studio is expected to wrap soon and release the film next year.",
        "The makers are aiming to wrap by October, with the film out in 2026.",
    ):
        assert windows(sentence) == [("2026", True)], sentence


def test_a_schedule_word_of_another_clause_lifts_no_hope() -> None:
    for sentence in (
        "The team hopes to wrap in May, with a sequel set to follow, and a release in "
        "October 2026.",
        "Netflix hopes to finish the edit by summer and is set to decide soon, with a release in "
        "October 2026.",
        "Netflix hopes to finish the shoot late, due to weather delays, with a release in "
        "October 2026.",
    ):
        assert windows(sentence, "2026-03-15") == [("2026-10", True)], sentence
