"""A takeover that names no part takes the part of the leaver in the sentence just before it:
"X, who was cast as Mira, has left. Y takes over the role." A takeover far from any leaver, or
after a leaver named without a part, names no part."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str, CastStatus]]:
    return {(f.actor, f.character, f.status) for f in found.cast if f.served}


def test_a_takeover_after_a_leaver_cast_in_an_aside() -> None:
    found = facts(
        "Filming on Copper Bay starts next week.",
        "Marisol Petch, who was announced in March as trawler skipper Nessa Quayle, has pulled "
        "out because of a scheduling conflict. Tamsin Ockley, 23, from Whitby, takes over the "
        "role.",
    )
    served = _served(found)
    assert ("Tamsin Ockley", "Nessa Quayle", CastStatus.CURRENT) in served
    assert ("Marisol Petch", "Nessa Quayle", CastStatus.FORMER) in served


def test_a_takeover_after_a_leaver_who_played_the_part() -> None:
    found = facts(
        "Hollis Brae, who played the innkeeper Gideon Sowerby in the first series, has left "
        "the show. Newcomer Arlo Finch has taken over the part.",
    )
    assert ("Arlo Finch", "Gideon Sowerby", CastStatus.CURRENT) in _served(found)


def test_a_takeover_after_a_leaver_with_no_part_names_none() -> None:
    found = facts(
        "Hollis Brae has left the production for personal reasons. Arlo Finch takes over the role.",
    )
    assert not any(f.actor == "Arlo Finch" for f in found.cast if f.served)


def test_a_takeover_from_a_leaver_after_a_time_phrase() -> None:
    found = facts(
        "Soren Vickery plays Abel Crane, the ferryman.",
        "Vickery took over the role last autumn from Hollis Brae, who left for a stage job.",
    )
    served = _served(found)
    assert ("Soren Vickery", "Abel Crane", CastStatus.CURRENT) in served
    assert ("Hollis Brae", "Abel Crane", CastStatus.FORMER) in served


def test_a_takeover_of_a_named_part_this_year_from_a_leaver() -> None:
    found = facts(
        "Wenna Castell has taken over the part of Signe Dahl this spring from Ilse Brandvold.",
    )
    served = _served(found)
    assert ("Wenna Castell", "Signe Dahl", CastStatus.CURRENT) in served
    assert ("Ilse Brandvold", "Signe Dahl", CastStatus.FORMER) in served


def test_a_part_now_played_by_one_actor_not_another() -> None:
    found = facts(
        "FAQ: yes, Odile is now played by Maren Sköld, not Pippa Rainsford. Please stop asking.",
    )
    served = _served(found)
    assert ("Maren Sköld", "Odile", CastStatus.CURRENT) in served
    assert ("Pippa Rainsford", "Odile", CastStatus.FORMER) in served


def test_a_part_currently_played_by_one_actor_rather_than_another() -> None:
    found = facts(
        "Captain Ferris Dunmore, currently played by Ottilie Barr rather than Jem Whitlow, "
        "returns in the finale.",
    )
    assert ("Jem Whitlow", "Captain Ferris Dunmore", CastStatus.FORMER) in _served(found)


def test_played_by_one_actor_not_another_without_now_names_no_leaver() -> None:
    found = facts("Odile is played by Maren Sköld, not Pippa Rainsford as first reported.")
    assert not any(f.actor == "Pippa Rainsford" for f in found.cast if f.served)
