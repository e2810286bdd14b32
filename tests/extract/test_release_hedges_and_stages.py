"""Release statements in shapes other outlets use, on invented text: a hedge after the time or
in an insider's pointer, an expected release with no verb of its own, a date promised "in due
course", a still or image released on a day, a month of a year named earlier, a release verb
after the shoot's, and a timeline stage's heading dating the paragraph under it."""

from __future__ import annotations

from tests.extract.helpers import release_kinds, served_releases


def test_a_time_credited_to_sources_after_it_is_hedged() -> None:
    for text, kind in (
        ("Filming is set to begin in Whitby in early March, sources say.", "filming_planned"),
        (
            "The shoot is due to start in late May for ten weeks, according to insiders.",
            "filming_planned",
        ),
        ("The drama will land on ITV in spring 2026, industry sources told Screen.", "window"),
    ):
        served = [r for r in served_releases("Copper Bay is back.", text) if r.kind.value == kind]
        assert served, text
        assert all(r.hedged for r in served), text


def test_a_window_insiders_point_to_is_hedged() -> None:
    for text in (
        "ITV has not dated the series, though insiders point to a release in early 2026.",
        "No date is set, but insiders tip it to arrive in the first half of 2026.",
    ):
        windows = [
            r for r in served_releases("Copper Bay is back.", text) if r.kind.value == "window"
        ]
        assert windows, text
        assert all(r.hedged for r in windows), text


def test_a_release_expected_with_no_verb_of_its_own_is_a_hedged_window() -> None:
    for text, window in (
        ("All the studio has said is that the film is expected sometime in 2026.", "2026"),
        (
            "The series is now expected in spring 2026, a year later than planned.",
            "2026-03/2026-05",
        ),
    ):
        assert ("window", window, True) in release_kinds("Copper Bay is back.", text), text


def test_a_shoot_expected_is_not_a_release_window() -> None:
    kinds = release_kinds("Copper Bay is back.", "Filming is expected in March, the producer said.")
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_date_promised_in_due_course_is_not_announced() -> None:
    for text in (
        "A spokesperson for the channel said a broadcast date would be “confirmed in due course”.",
        "The streamer said the release date will be announced at a later date.",
    ):
        assert ("not_announced", "", False) in release_kinds("Copper Bay is back.", text), text


def test_other_things_announced_in_due_course_are_no_release_statement() -> None:
    kinds = release_kinds("Copper Bay is back.", "Further casting will be announced in due course.")
    assert not any(kind == "not_announced" for kind, _, _ in kinds)


def test_a_still_or_image_released_on_a_day_is_not_the_release() -> None:
    for text in (
        "A first-look image, released today, shows Mara on the harbour wall.",
        "ITV released a single still in September showing the lighthouse at night.",
        "The broadcaster shared new stills on Friday.",
    ):
        served = served_releases("Copper Bay is back.", text)
        assert not [r for r in served if r.kind.value in {"premiere_date", "window"}], text


def test_a_month_of_a_year_named_before_is_not_next_years() -> None:
    for text in (
        "It was the channel's biggest drama of 2023 when it landed in March that year.",
        "The first series, which arrived on 4 April the same year, was a hit.",
    ):
        served = served_releases("Copper Bay is back.", text)
        assert not [r for r in served if r.kind.value in {"premiere_date", "window"}], text


def test_a_release_verb_after_the_shoots_verb_dates_the_release() -> None:
    for text, window in (
        (
            "- Copper Bay has wrapped filming in Fife and returns to ITV this spring.",
            "2026-03/2026-05",
        ),
        (
            "Copper Bay finished shooting in Hull and arrives on the BBC in the spring.",
            "2026-03/2026-05",
        ),
    ):
        kinds = release_kinds("Copper Bay is back.", text, date="2026-01-20")
        assert ("window", window, False) in kinds, text
        assert not any(kind == "filming_wrapped" and when for kind, when, _ in kinds), text


def test_a_timeline_stages_heading_dates_the_paragraph_under_it() -> None:
    kinds = release_kinds(
        "Copper Bay: how it was made.",
        "14 May 2025: It's a wrap",
        "Filming ended after 38 days.",
        "2 February 2025: Day one",
        "Principal photography started in Whitby.",
    )
    assert ("filming_wrapped", "2025-05-14", False) in kinds
    assert ("filming_started", "2025-02-02", False) in kinds


def test_a_stage_heading_dated_after_the_article_dates_nothing() -> None:
    kinds = release_kinds(
        "Copper Bay: how it is being made.",
        "20 December 2025: The end",
        "Filming ended after 38 days.",
    )
    assert not any(when == "2025-12-20" for _, when, _ in kinds)


def test_a_bare_year_the_studio_is_only_saying_after_no_date_is_a_window() -> None:
    for line in (
        "Release date: not announced. All the BBC has said officially is 2026.",
        "Release date: still nothing. ITV is still only saying 2026, so ignore the rumours.",
    ):
        kinds = release_kinds("Copper Bay is back.", line)
        assert ("not_announced", "", False) in kinds, line
        assert ("window", "2026", False) in kinds, line


def test_a_bare_year_said_without_no_date_before_it_is_no_window() -> None:
    kinds = release_kinds(
        "Copper Bay is back.", "All the BBC has said officially is 2026 will be busy."
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_shoot_due_to_wrap_in_a_month_is_no_release_window() -> None:
    for line in (
        "Filming began in Whitby in June and is due to wrap in September.",
        "The shoot, which started last month, is due to finish in late November.",
    ):
        kinds = release_kinds("Copper Bay is back.", line, date="2025-08-20")
        assert not any(kind == "window" for kind, _, _ in kinds), line


def test_a_date_promised_soon_at_the_sentences_start_is_not_announced() -> None:
    kinds = release_kinds("Copper Bay is back.", "A release date will be announced soon, ITV said.")
    assert ("not_announced", "", False) in kinds


def test_a_window_a_post_only_appears_to_confirm_is_hedged() -> None:
    for text in (
        "The sign-off appears to confirm the film will arrive some time next year.",
        "The caption seems to suggest the series lands in spring 2026.",
    ):
        windows = [
            r for r in served_releases("Copper Bay is back.", text) if r.kind.value == "window"
        ]
        assert windows, text
        assert all(r.hedged for r in windows), text


def test_a_window_the_streamer_confirms_is_not_hedged() -> None:
    kinds = release_kinds(
        "Copper Bay is back.",
        "The streamer has confirmed the film will arrive some time next year.",
    )
    assert ("window", "2026", False) in kinds
