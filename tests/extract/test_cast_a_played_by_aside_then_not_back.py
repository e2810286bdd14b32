"""A part's actor in a "played by" aside, then told as not coming back, on invented text: the
casting is a former one; a part who "does not return to the harbour" in the plot is still cast."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts

_LEDE = "Gorsehaven returns for a second series tonight, with a new sergeant on the island."


def _status(found: ArticleFacts, actor: str) -> CastStatus | None:
    return next((c.status for c in found.cast if c.actor == actor), None)


def test_an_aside_then_not_back_is_former() -> None:
    found = facts(
        _LEDE,
        "Series one’s Sgt Wenna Laity, played by Hedda Quiller, doesn’t return; Quiller is on"
        " stage in Bristol.",
        title="Gorsehaven series two review",
    )
    assert _status(found, "Hedda Quiller") is CastStatus.FORMER, found.cast


def test_a_plot_not_returning_somewhere_is_still_current() -> None:
    found = facts(
        _LEDE,
        "Sgt Wenna Laity, played by Hedda Quiller, does not return to the harbour until the"
        " final scene.",
        title="Gorsehaven series two review",
    )
    assert _status(found, "Hedda Quiller") is CastStatus.CURRENT, found.cast


def test_a_part_leaving_in_the_story_is_still_current() -> None:
    found = facts(
        _LEDE,
        "Sgt Wenna Laity, played by Hedda Quiller, has left for the mainland; Jory Kellow,"
        " played by Perran Voss, stays behind.",
        title="Gorsehaven series two review",
    )
    assert _status(found, "Hedda Quiller") is CastStatus.CURRENT, found.cast
