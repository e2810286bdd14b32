"""The title of our own production used in passing ("In Kestrelvane: Ember Tide, which opens
...") is served as a title fact, as the newer batches record it; a leaked or fan-made title,
another production's title in a chart and a speaker's label are not. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_HEADLINE = "Kestrelvane film: what we know"


def _titles(*paragraphs: str, title: str = _HEADLINE) -> set[str]:
    found = served_releases(*paragraphs, date="2026-02-10", title=title)
    return {r.title for r in found if r.kind.value == "title" and r.title}


def test_a_review_names_the_title_in_passing() -> None:
    assert _titles(
        "In Kestrelvane: Ember Tide, which opens on Netflix on 3 April, the two leads finally "
        "get the ending the series promised.",
    ) == {"Kestrelvane: Ember Tide"}


def test_a_press_release_names_the_title_in_passing() -> None:
    assert _titles(
        "LONDON — Netflix today confirmed that Kestrelvane: Ember Tide, the feature-length "
        "finale of the series, will premiere on Friday 3 April 2026.",
    ) == {"Kestrelvane: Ember Tide"}


def test_a_live_blog_names_the_title_with_a_place_after_it() -> None:
    assert _titles(
        "Stars are arriving for Kestrelvane: Ember Tide in Leicester Square tonight.",
        "Kestrelvane: Ember Tide streams on Netflix from Friday.",
    ) == {"Kestrelvane: Ember Tide"}


def test_a_leaked_title_is_not_served() -> None:
    assert (
        _titles(
            "Last year a leaked title, Kestrelvane: Salt Lanes, went round fan accounts; it was "
            "never real.",
        )
        == set()
    )


def test_a_fan_campaign_title_is_not_served() -> None:
    assert (
        _titles(
            "Some fans spent months on a campaign for Kestrelvane: Morrow Hatch as the name.",
        )
        == set()
    )


def test_another_production_in_a_chart_is_not_served() -> None:
    assert (
        _titles(
            "In second place was Kestrelvane: Ember Tide, with 300 million minutes viewed.",
            title="Streaming chart: Orla Venn drama holds No 1",
        )
        == set()
    )


def test_a_speakers_label_is_not_a_title() -> None:
    assert (
        _titles(
            "Kestrelvane: Nellan Firth and I met on the first day.",
            "Kestrelvane: Yes, every week.",
        )
        == set()
    )


def test_the_earlier_series_is_not_our_title() -> None:
    assert _titles(
        "Kestrelvane: Ember Tide picks up a year after the earlier series ended.",
    ) == {"Kestrelvane: Ember Tide"}
