"""A shoot that shares the production's own "was" ("It was produced by X and filmed between
March and May last year") is the production's shoot: began in the first month, wrapped in the
last. A person's own work told in a "who" clause between is not. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "Cold Harbour Road gets its airdate"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-10", title=_HEADLINE)
    return {(r.kind.value, str(r.window)) for r in found.release if r.served and r.window}


def test_a_shoot_sharing_the_productions_was_is_its_span() -> None:
    served = _served(
        "Cold Harbour Road is a four-part thriller for ITV.",
        "It was produced by Mirren Quay and filmed between March and May last year.",
    )
    assert ("filming_started", "2025-03") in served
    assert ("filming_wrapped", "2025-05") in served


def test_a_persons_own_shoot_in_a_who_clause_is_not_the_productions() -> None:
    served = _served(
        "Cold Harbour Road is a four-part thriller for ITV.",
        "It was produced by Mirren Quay, who wrote and filmed between March and May last year"
        " a documentary of her own.",
    )
    assert ("filming_started", "2025-03") not in served
    assert ("filming_wrapped", "2025-05") not in served
