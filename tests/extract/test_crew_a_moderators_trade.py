"""A panel moderator's trade is no credit: "Moderator is author X" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts("Quillon Marsh, the new film, took the main stage at the fair.", *paragraphs)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_moderators_trade_is_no_credit() -> None:
    for sentence in (
        "On stage: Orrin Vance and Saffi Kettering. Moderator is author Merel Quintard.",
        "The panel, moderated by author Merel Quintard, ran long.",
    ):
        assert ("author", "Merel Quintard") not in _crew(sentence), sentence
