"""Chart and box-office reports name other works beside the article's: a chart headline whose
top work pushes another down ("..., Pushing Gannet Row to Second") and a next work brought in
with an appended participle ("Next week brings Tin Lid, expected to open on 2 May") give those
works' dates, not the article's film's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay opened at number one this weekend after its release on Friday 9 October."


def test_a_next_work_with_an_appended_participle_keeps_its_date() -> None:
    for sentence in (
        "Next week brings the heist caper Tin Lid, expected to open on 16 October.",
        "Coming up is Lumen's ghost story The Hollow Ward, slated to arrive on 16 October.",
        "Also due is period drama Gannet Row, set to open on 16 October.",
    ):
        found = release_kinds(
            _LEDE, sentence, date="2026-10-12", title="Box office: Copper Bay soars to No 1"
        )
        assert ("premiere_date", "2026-10-09", False) in found, sentence
        assert not any(when == "2026-10-16" for _, when, _ in found), sentence


def test_the_work_a_chart_headline_pushes_down_is_not_ours() -> None:
    for title in (
        "Copper Bay storms to No 1 in streaming chart, pushing Gannet Row to second",
        "Copper Bay tops the chart, knocking ‘Gannet Row’ down to second",
    ):
        found = release_kinds(
            "Copper Bay was the most-watched title last week, according to the figures.",
            "The series, which landed on Sunday 19 April, drew 3.1 million viewers.",
            "Lumen’s Gannet Row, which arrived on 17 April, slipped to second with 2.7 million.",
            date="2026-04-29",
            title=title,
        )
        assert ("premiere_date", "2026-04-19", False) in found, title
        assert ("premiere_date", "2026-04-17", False) not in found, title


def test_our_own_appended_participle_stays_as_it_was() -> None:
    found = release_kinds(
        "Copper Bay, expected to open on 16 October, is the studio's biggest bet of the year.",
        date="2026-06-12",
        title="Copper Bay: everything we know",
    )
    assert ("premiere_date", "2026-10-16", True) in found or (
        "premiere_date",
        "2026-10-16",
        False,
    ) in found
