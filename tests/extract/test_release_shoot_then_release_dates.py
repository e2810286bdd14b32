"""A shoot's end, then a release joined by "and", each with its own time: the day after the
release verb is the release's, never the shoot's wrap."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_a_day_after_a_release_verb_that_follows_a_wrap_is_not_the_wrap() -> None:
    for sentence in (
        "By way of comparison, season two finished shooting in late 2023 and arrived on"
        " 3 October 2024.",
        "Series two wrapped in the autumn of 2023 and then landed on 3 October 2024.",
        "The previous run completed filming in November 2023 and premiered on 3 October 2024.",
        "Last time round, filming ended in December 2023 and the episodes dropped on"
        " 3 October 2024.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert not any(day == "2024-10-03" for _, day, _ in found), (sentence, found)


def test_a_season_compared_with_finishing_its_shoot_is_not_our_wrap() -> None:
    for sentence in (
        "For comparison, series three finished shooting in late 2023.",
        "By contrast, season two wrapped in November 2023 and arrived the next autumn.",
        "In comparison, the second series finished filming on 12 December 2023.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), (sentence, found)


def test_a_wrap_then_a_coming_release_day_is_the_release() -> None:
    for sentence in (
        "Copper Bay finished shooting in September and arrives on 3 October 2026.",
        "Copper Bay wrapped in September and premieres on 3 October 2026.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert ("premiere_date", "2026-10-03", False) in found, (sentence, found)
        assert not any(day == "2026-10-03" and kind == "filming_wrapped"
                       for kind, day, _ in found), (sentence, found)  # fmt: skip


def test_a_wrap_day_after_the_shoot_verb_is_still_the_wrap() -> None:
    for sentence in (
        "Filming on Copper Bay began on 14 July and wrapped on 26 September 2025.",
        "Copper Bay premiered its trailer in May, and filming wrapped on 26 September 2025.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert ("filming_wrapped", "2025-09-26", False) in found, (sentence, found)


def test_a_season_named_without_a_comparison_keeps_its_wrap() -> None:
    found = release_kinds(
        "Reminder: season 2 finished filming in Belfast back in March.",
        date="2025-10-09",
        title="Copper Bay season 2: what we know",
    )
    assert ("filming_wrapped", "2025-03", False) in found, found
