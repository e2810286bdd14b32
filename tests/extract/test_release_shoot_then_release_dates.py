"""A shoot's end, then a release joined by "and", each with its own time: the day after the
release verb is the release's, never the shoot's wrap. A season's shoot told as a comparison is
that season's. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tidecaller: what we know"


def test_a_day_after_a_release_verb_that_follows_a_wrap_is_not_the_wrap() -> None:
    for sentence in (
        "By way of comparison, the first run stopped shooting in spring 2022 and reached us on"
        " 9 March 2023.",
        "Series one wrapped in the winter of 2022 and then landed on 9 March 2023.",
        "The opening run completed filming in October 2022 and premiered on 9 March 2023.",
        "Last time round, filming ended in November 2022 and the episodes dropped on 9 March 2023.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert not any(day == "2023-03-09" for _, day, _ in found), (sentence, found)


def test_a_season_compared_with_finishing_its_shoot_is_not_our_wrap() -> None:
    for sentence in (
        "For comparison, series one stopped filming in early 2022.",
        "By contrast, season one wrapped in October 2022 and reached viewers the next spring.",
        "In comparison, the first series completed its shoot on 4 November 2022.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), (sentence, found)


def test_other_comparison_wordings_hold_the_compared_season_too() -> None:
    title = "Tidecaller season 3: what we know"
    for sentence in (
        "In comparison, season two of Tidecaller finished filming on 4 November 2024.",
        "Compare that with season two, which completed its shoot on 4 November 2024.",
        "Compared to series two, which stopped filming on 4 November 2024, this run is late.",
        "For reference, the second series wrapped on 4 November 2024.",
        "Season two, by comparison, finished shooting on 4 November 2024.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=title)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), (sentence, found)


def test_a_contrast_with_our_own_season_keeps_its_wrap() -> None:
    found = release_kinds(
        "The cast, by contrast, finished filming on 4 November 2024.",
        date="2025-10-09",
        title="Tidecaller season 3: what we know",
    )
    assert ("filming_wrapped", "2024-11-04", False) in found, found


def test_a_wrap_then_a_coming_release_day_is_the_release() -> None:
    for sentence in (
        "Tidecaller finished shooting in September and arrives on 3 October 2026.",
        "Tidecaller wrapped in September and premieres on 3 October 2026.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert ("premiere_date", "2026-10-03", False) in found, (sentence, found)
        assert not any(day == "2026-10-03" and kind == "filming_wrapped"
                       for kind, day, _ in found), (sentence, found)  # fmt: skip


def test_a_wrap_day_after_the_shoot_verb_is_still_the_wrap() -> None:
    for sentence in (
        "Filming on Tidecaller began on 14 July and wrapped on 26 September 2025.",
        "Tidecaller premiered its trailer in May, and filming wrapped on 26 September 2025.",
    ):
        found = release_kinds(sentence, date="2025-10-09", title=_TITLE)
        assert ("filming_wrapped", "2025-09-26", False) in found, (sentence, found)


def test_a_season_named_without_a_comparison_keeps_its_wrap() -> None:
    found = release_kinds(
        "Reminder: season 2 finished filming in Belfast back in March.",
        date="2025-10-09",
        title="Tidecaller season 2: what we know",
    )
    assert ("filming_wrapped", "2025-03", False) in found, found
