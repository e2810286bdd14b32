"""Common news phrasings on invented text: an actor joining a named work in a part, and a
shoot's start or wrap told with a relative time ("last week") or none."""

from __future__ import annotations

import datetime as dt

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
