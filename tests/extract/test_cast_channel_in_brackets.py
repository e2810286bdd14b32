"""A work's title with its channel or streamer in brackets ("Gannock Bay (BBC Two)", "The
Copper Vault (Sky Atlantic)"), as in a review's links to other reviews or a listings line: the
bracket tells where the work is shown, never an actor, and the title is no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_more_reviews_line_of_titles_and_channels() -> None:
    found = facts(
        "Pellow Row review: a tender farewell.",
        "Mira Holt (Ada Vale) steals every scene.",
        "More reviews: The Copper Vault (Sky Atlantic) ★★★☆☆ | Gannock Bay (BBC Two) ★★★★☆",
    )
    actors = {actor for actor, _ in pairs(found)}
    assert not actors & {"Sky Atlantic", "BBC Two"}
    assert ("Ada Vale", "Mira Holt") in pairs(found)


def test_also_reviewed_titles_with_streamers() -> None:
    found = facts(
        "Pellow Row review: a tender farewell.",
        "Also reviewed this week: Brindle Moss (Prime Video), Tin Lid (Channel 4) and "
        "Harrow Green (Sky Max).",
    )
    actors = {actor for actor, _ in pairs(found)}
    assert not actors & {"Prime Video", "Channel 4", "Sky Max"}
