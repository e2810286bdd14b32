"""Release facts that are not this production's, or not yet true, each on invented text:
someone's next project, a stage version, a shoot start dated after the article."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str, date: str = "2026-03-17") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Harbour Lights casting news")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release}


def test_someones_next_project_is_not_this_production() -> None:
    for text in (
        "Pell's next project, an adaptation of her novel Dry Dock for the BBC, is due to start "
        "shooting in January 2027.",
        "Her next film is set to begin filming in January 2027 in Oslo.",
    ):
        kinds = _kinds("Harbour Lights gets a date.", text)
        assert not any(kind.startswith("filming") for kind, _ in kinds)


def test_a_stage_version_opening_is_not_the_premiere() -> None:
    for text in (
        "A stage adaptation of the novel, with a separate cast, is scheduled to open at the "
        "Lyric Theatre on 14 May 2026.",
        "The West End musical version opens on 14 May 2026.",
    ):
        kinds = _kinds("Harbour Lights gets a date.", text)
        assert ("premiere_date", "2026-05-14") not in kinds


def test_our_own_next_series_still_counts() -> None:
    kinds = _kinds(
        "Harbour Lights returns.",
        "Harbour Lights' cast is back. Harbour Lights's next series starts filming in May 2026.",
    )
    assert ("filming_planned", "2026-05") in kinds


def test_a_shoot_starting_after_the_article_date_is_planned() -> None:
    for text in (
        "Principal photography begins on Monday 6 April 2026 on location in Leeds.",
        "Filming starts on 6 April 2026 in Leeds.",
    ):
        kinds = _kinds("Harbour Lights adds cast.", text)
        assert ("filming_planned", "2026-04-06") in kinds
        assert ("filming_started", "2026-04-06") not in kinds


def test_a_planned_month_gives_way_to_the_planned_day_in_it() -> None:
    kinds = _kinds(
        "Harbour Lights, which begins filming next month, adds cast.",
        "Principal photography begins on 6 April 2026 in Leeds.",
    )
    assert ("filming_planned", "2026-04-06") in kinds
    assert ("filming_planned", "2026-04") not in kinds


def test_a_start_already_past_stays_started() -> None:
    kinds = _kinds("Harbour Lights is shooting.", "Filming began on 2 March 2026 in Leeds.")
    assert ("filming_started", "2026-03-02") in kinds


def test_a_date_glossing_tomorrow_after_a_comma_is_the_release() -> None:
    for text in (
        "The film streams on Netflix from tomorrow, Thursday 26 February, with an 8am drop.",
        "The film arrives on Netflix tomorrow, Thursday 26 February.",
    ):
        kinds = _kinds("Harbour Lights is out.", text, date="2026-02-25")
        assert ("premiere_date", "2026-02-26") in kinds


def test_a_trailer_glossed_the_same_way_is_not_the_release() -> None:
    for text in (
        "The trailer drops tomorrow, Thursday 26 February.",
        "The first trailer arrives tomorrow, Thursday 26 February.",
    ):
        kinds = _kinds("Harbour Lights is coming.", text, date="2026-02-25")
        assert not any(kind == "premiere_date" for kind, _ in kinds)
