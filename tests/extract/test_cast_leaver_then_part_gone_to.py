"""A leaver told by surname after the casting, then the part given on in the same sentence
without naming it: "X has now left the film, and the part has gone to Y" or "X quit, and the
role went to newcomer Y". The leaver's part is the one the article cast them in: former, and
the new actor plays it now. Invented text."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(f.actor, f.character, f.status) for f in facts(*paragraphs).cast if f.served}


def test_the_part_has_gone_to_a_described_newcomer() -> None:
    served = _served(
        "Filming on Copper Bay is under way in Whitby.",
        "Welsh actor Marisol Petch, 27, had been cast as Nessa Quayle, the trawler skipper.",
        "But Petch has now left the production, and the part has gone to rising star Tamsin "
        "Ockley, 23, who is already on set.",
    )
    assert ("Marisol Petch", "Nessa Quayle", CastStatus.FORMER) in served
    assert ("Tamsin Ockley", "Nessa Quayle", CastStatus.CURRENT) in served
    assert ("Marisol Petch", "Nessa Quayle", CastStatus.CURRENT) not in served


def test_the_role_went_to_after_a_quitting() -> None:
    served = _served(
        "Hollis Brae will play the innkeeper Gideon Sowerby in The Long Tide, the channel said.",
        "Brae quit in June, and the role went to Arlo Finch.",
    )
    assert ("Hollis Brae", "Gideon Sowerby", CastStatus.FORMER) in served
    assert ("Arlo Finch", "Gideon Sowerby", CastStatus.CURRENT) in served


def test_a_part_gone_to_someone_with_no_leaver_casting_changes_nothing() -> None:
    served = _served(
        "The Long Tide begins filming in May.",
        "Hollis Brae has left the project, and the part has gone to Arlo Finch.",
    )
    assert not any(actor == "Arlo Finch" for actor, _, _ in served)
