"""Mends from the review of round 121's release rules, on invented articles: a release told
"reached" cinemas is past, like "opened"; a guide's line over a pick is its slot only when the
guide heads its entries with slots; a bracket that doubts a labelled date is no source note; a
final day of filming dates a wrap only as the time of a deed told in the past, and of our shoot."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_FILM_TITLE = "Saltreach: the director on her debut"
_FILM_LEDE = "Orla Penhale talks about Saltreach, her first feature as director."


@pytest.mark.parametrize(
    ("lede", "line"),
    [
        (_FILM_LEDE, "Saltreach reached Irish cinemas on 4 February and has since made £2m."),
        (_FILM_LEDE, "Saltreach, which reached cinemas in February, is now streaming."),
        (_FILM_LEDE, "Saltreach reached US theatres in February."),
        ("Saltreach reached cinemas in February and is now on a streamer.", "Penhale explains."),
    ],
)
def test_a_film_that_reached_cinemas_has_no_release_next_year(lede: str, line: str) -> None:
    found = release_kinds(lede, line, date="2026-09-20", title=_FILM_TITLE)
    assert not any(value.startswith("2027") for _, value, _ in found)


def test_a_film_that_reaches_cinemas_still_has_its_date() -> None:
    found = release_kinds(
        _FILM_LEDE, "Saltreach reaches UK cinemas on 13 November.", date="2026-09-20"
    )
    assert ("premiere_date", "2026-11-13", False) in found


_GUIDE_TITLE = "What to watch this week: Harrowfell, Tin Lantern and more"
_GUIDE_LEDE = "A chilly new fenland thriller heads a crowded week."
_BLURB = "Jory Adcott plays a lock-keeper who hears a bell under the water."


@pytest.mark.parametrize(
    "lines",
    [
        ("Tin Lantern", "Thursday 14 May, Channel 4, 10pm", "Harrowfell", _BLURB),
        ("Tin Lantern", "A quiz about lighthouses.", "Thursday 14 May, Channel 4, 10pm",
         "Harrowfell", _BLURB, "Friday 15 May, BBC Two, 9pm"),
        ("THURSDAY 14 MAY, CHANNEL 4, 10PM: TIN LANTERN", "Harrowfell", _BLURB),
    ],
)  # fmt: skip
def test_the_entry_befores_slot_is_not_the_picks(lines: tuple[str, ...]) -> None:
    found = release_kinds(_GUIDE_LEDE, *lines, date="2026-05-09", title=_GUIDE_TITLE)
    assert ("premiere_date", "2026-05-14", False) not in found


@pytest.mark.parametrize(
    "note",
    [
        "(according to rumours on a forum)",
        "(sources say it could slip to July)",
        "(via a leaked listing, unconfirmed)",
        "(per a fan account, not confirmed by the streamer)",
        "(confirmed? not yet)",
        "(announced for Canada only; UK date to come)",
    ],
)
def test_a_bracket_that_doubts_the_date_is_no_source_note(note: str) -> None:
    found = release_kinds(
        "Brackwater is coming to a streamer.",
        f"Release date: 22 June {note}",
        date="2026-06-01",
        title="Brackwater: everything we know",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_note_of_where_the_date_was_confirmed_still_passes() -> None:
    found = release_kinds(
        "Brackwater is coming to a streamer.",
        "Release date: 22 June (confirmed in the teaser's last frame)",
        date="2026-06-01",
        title="Brackwater: everything we know",
    )
    assert ("premiere_date", "2026-06-22", False) in found


_SHOOT_TITLE = "Saltreach: the cast gather again"
_SHOOT_LEDE = "Orla Penhale and Cai Rowse met for a Saltreach read-through."


@pytest.mark.parametrize(
    ("lede", "line"),
    [
        (_SHOOT_LEDE, "The two intend to ring a bell on the final day of the shoot in July."),
        (_SHOOT_LEDE, "Penhale would love her son on set on the last day of filming in July."),
        (_SHOOT_LEDE, "Rowse hopes to speak about the last day of filming in July, one day."),
        ("Saltreach season two is under way, and filming began this month.",
         "Penhale posted a clip from the final day of shooting on series one last October."),
        ("Saltreach season two is on the way.",
         "Filming starts in July; on the last day of filming in September the crew will party."),
    ],
)  # fmt: skip
def test_a_final_day_to_come_or_of_another_season_is_no_wrap(lede: str, line: str) -> None:
    found = release_kinds(lede, line, date="2026-03-21", title=_SHOOT_TITLE)
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_a_photo_posted_from_the_final_day_still_dates_the_wrap() -> None:
    found = release_kinds(
        _SHOOT_LEDE,
        "Rowse posted a video from the final day of filming last October.",
        date="2026-03-21",
        title=_SHOOT_TITLE,
    )
    assert ("filming_wrapped", "2025-10", False) in found
