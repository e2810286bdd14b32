"""Common news phrasings on invented text: an actor joining a named work in a part, and a
shoot's start or wrap told with a relative time ("last week") or none."""

from __future__ import annotations

from bot.facts import SERVE_LINE, ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_HEADLINE = "Lantern Bay film adds to its cast"
_LEAD = "The Lantern Bay film starts shooting in Cornwall next month."


def _served_cast(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.confidence >= SERVE_LINE}


# Cast: "X has joined the <Title> film as Y", "X boards <Title> as Y".


def test_joining_the_named_film_in_a_part_is_a_casting() -> None:
    found = facts(
        _LEAD,
        "Mae Rook has joined the Lantern Bay film as Ivo Brandt, the lighthouse keeper's son.",
        title=_HEADLINE,
    )
    assert _served_cast(found) == {("Mae Rook", "Ivo Brandt")}


def test_joining_the_cast_of_the_named_work_is_a_casting_and_the_title_is_no_actor() -> None:
    found = facts(
        _LEAD,
        "Tobias Crane joins the cast of Lantern Bay as Ned Ferris, the harbourmaster.",
        "Also new: Ellis Moon, 31, boards Lantern Bay as the harbourmaster's niece Kit Ferris.",
        title=_HEADLINE,
    )
    assert _served_cast(found) == {("Tobias Crane", "Ned Ferris"), ("Ellis Moon", "Kit Ferris")}
    assert all("Lantern Bay" not in (c.actor, c.character) for c in found.cast)


def test_joining_another_production_is_not_this_films_casting() -> None:
    found = facts(
        _LEAD,
        "Elsewhere, Mae Rook has joined the BBC drama Quiet Hours as Ivo Brandt.",
        "Tobias Crane, meanwhile, has joined the cast of Quiet Hours as Ned Ferris.",
        title=_HEADLINE,
    )
    assert not _served_cast(found)
    assert all("Quiet Hours" not in (c.actor, c.character) for c in found.cast)


# Release: a shoot's start or wrap in the plain past, with "last week", "last month", "earlier
# this month" or no time at all; a week gives no date, a month gives that month.


def _status(found: ArticleFacts) -> set[tuple[str, object]]:
    return {
        (f.kind.value, f.date or f.window)
        for f in found.release
        if f.confidence >= SERVE_LINE
        and f.kind in {ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED}
    }


def test_a_wrap_last_week_is_dated_by_the_week_s_month() -> None:
    found = facts(
        "Filming wrapped in Penzance and Truro last week, and the film will open on 3 April 2026.",
        date="2025-11-12",
        title=_HEADLINE,
    )
    assert _status(found) == {("filming_wrapped", "2025-11")}
    other = facts(
        "Production wrapped last week after a nine-week shoot on the Lizard.",
        date="2025-11-12",
        title=_HEADLINE,
    )
    assert _status(other) == {("filming_wrapped", "2025-11")}


def test_a_start_last_month_or_earlier_this_month_gives_that_month() -> None:
    found = facts("Cameras started rolling on the film last month.", date="2025-11-12")
    assert _status(found) == {("filming_started", "2025-10")}
    other = facts("Principal photography began earlier this month in Falmouth.", date="2025-11-12")
    assert _status(other) == {("filming_started", "2025-11")}
    january = facts("Shooting got under way last month.", date="2026-01-08")
    assert _status(january) == {("filming_started", "2025-12")}


def test_another_productions_shoot_in_the_plain_past_stays_out() -> None:
    found = facts(
        _LEAD,
        "Filming on Quiet Hours wrapped last week.",
        "Filming on the BBC drama Marsh Light began earlier this month.",
        date="2025-11-12",
        title=_HEADLINE,
    )
    assert not _status(found)
