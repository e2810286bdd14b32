"""A platform's aimed-at month reported ("word is the platform is eyeing June", "Netflix is
targeting a June release", "the broadcaster is aiming for early May"): the month is the
release's window, hedged. A past aim ("was eyeing a February slot, but ..."), a rival's aim, an
aim at a shoot, a trailer or a stage of the making, and a month gone by are no window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_an_aimed_at_month_is_a_hedged_window() -> None:
    for sentence in (
        "Word around the industry is that the platform is eyeing October for Copper Bay.",
        "Copper Bay has no date yet, but Netflix is targeting an October release, sources say.",
        "Insiders say the broadcaster is aiming for October with Copper Bay.",
        "According to one trade paper, Netflix eyes an October premiere for Copper Bay.",
        "The studio is eyeing October for the release of Copper Bay.",
        "Netflix is said to be targeting October to premiere Copper Bay.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert ("window", "2026-10", True) in found, sentence


def test_an_aimed_at_month_before_the_articles_month_is_next_year() -> None:
    found = release_kinds(
        "Netflix is reportedly eyeing a February release for Copper Bay.",
        date="2025-11-20",
        title=_TITLE,
    )
    assert ("window", "2026-02", True) in found


def test_a_past_aim_or_a_shoot_start_is_no_window() -> None:
    for sentence in (
        "Deadline had reported that Netflix was eyeing an October slot for Copper Bay, "
        "but that plan fell through.",
        "The producers of Copper Bay are eyeing an October start in Norway.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert not any(kind == "window" for kind, *_ in found), sentence


def test_an_aim_at_something_other_than_the_release_is_no_window() -> None:
    for sentence in (
        "The studio is eyeing October for the trailer drop of Copper Bay.",
        "Director Ada Vale is eyeing October for the start of filming on Copper Bay.",
        "Copper Bay's producers are eyeing October to begin post-production.",
        "The crew of Copper Bay is aiming for October for a first table read.",
        "Netflix is targeting October to wrap the edit of Copper Bay.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert ("window", "2026-10", True) not in found, sentence


def test_a_rivals_aim_is_no_window_of_ours() -> None:
    for sentence in (
        "Copper Bay is due in May, while the rival show is eyeing October.",
        "Copper Bay lands in May; another drama from the studio is targeting October.",
        "Copper Bay is set for May, whereas a competing thriller is aiming for October.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert ("window", "2026-10", True) not in found, sentence
