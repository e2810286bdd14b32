"""A megathread's comment set under a header line of its poster's handle and score."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> set[tuple[str, str, SourceKind]]:
    found = facts(
        "r/CopperBay · Posted by u/harbour_mod (MOD) · 3 Mar 2026",
        "The Copper Bay trailer is here. Keep all reactions in this thread.",
        *paragraphs,
        title="TRAILER MEGATHREAD: Copper Bay",
    )
    return {(q.text[:12], q.speaker, q.source) for q in found.quotes if q.served}


def test_a_comment_under_its_header_is_the_handles() -> None:
    got = _quotes(
        "u/marshlight_fan · 2.1k points",
        '"the pier scene at 1:10 has ruined me and I am at work"',
        "↳ u/reedbank_22 · 340 points",
        '"same, I had to pause it twice"',
        "u/ferry_and_fog · 88 points · Gold",
        "“Who else spotted the lighthouse from the first series?”",
    )
    assert ("the pier sce", "u/marshlight_fan", SourceKind.ORGANISATION) in got
    assert ("same, I had ", "u/reedbank_22", SourceKind.ORGANISATION) in got
    assert ("Who else spo", "u/ferry_and_fog", SourceKind.ORGANISATION) in got


def test_the_threads_own_poster_and_a_comment_with_words_around_it_are_left() -> None:
    got = _quotes(
        "↳ u/harbour_mod (MOD) · 1.1k points",
        '"Both leads are confirmed, they are just not in this trailer"',
        "u/marshlight_fan · 900 points",
        'Honestly "see you at the pier" is the best line of the year',
    )
    assert not any(speaker for _, speaker, _ in got), got


def test_a_comment_on_its_header_line_after_a_colon_is_the_handles() -> None:
    got = _quotes(
        'u/marshlight_fan · 2.1k points: "the pier scene at 1:10 has ruined me and I am at work"',
        "u/ferry_and_fog · 88 points: ‘Who else spotted the lighthouse? Nobody? Just me.’",
    )
    assert ("the pier sce", "u/marshlight_fan", SourceKind.ORGANISATION) in got
    assert ("Who else spo", "u/ferry_and_fog", SourceKind.ORGANISATION) in got


def test_a_header_line_with_words_before_the_marks_is_left() -> None:
    got = _quotes(
        'u/marshlight_fan · 900 points: honestly "see you at the pier" is the best line',
    )
    assert not any(speaker for _, speaker, _ in got), got
