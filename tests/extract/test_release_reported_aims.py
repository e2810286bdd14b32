"""A platform's aimed-at month reported ("reports suggest the streamer is eyeing October",
"Netflix is targeting a June release", "the broadcaster is aiming for early May"): the month is
the release's window, hedged. A past aim ("was eyeing a February slot, but ..."), a shoot's
start aimed at and a month gone by are no window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_an_aimed_at_month_is_a_hedged_window() -> None:
    for sentence in (
        "Trade reports suggest the streamer is eyeing October for Copper Bay.",
        "Copper Bay has no date yet, but Netflix is targeting an October release, sources say.",
        "Insiders say the broadcaster is aiming for October with Copper Bay.",
        "According to Variety, Netflix eyes an October premiere for Copper Bay.",
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
