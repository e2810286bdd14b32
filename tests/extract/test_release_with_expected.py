"""Release: a hoped-for time told as a "with the film expected ..." clause after news of the
shoot ("Cameras roll next month, with the film expected in cinemas in 2027"): the shoot's plan
and the release's hope, each read. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_with_clause_after_the_shoot_gives_a_hoped_window() -> None:
    for line in (
        "Production begins in Cork next month, with the film expected in cinemas in 2027.",
        "Filming starts in Hull next month, with the movie expected to arrive on Prime in 2027.",
    ):
        found = facts("Harbour Lights adds three.", line, date="2026-03-02")
        served = {(r.kind.value, r.window, r.hedged) for r in found.release if r.served}
        assert ("window", "2027", True) in served, (line, served)
        assert ("filming_planned", "2026-04", False) in served, (line, served)


def test_a_with_clause_naming_the_release_gives_a_hoped_window() -> None:
    found = facts(
        "Harbour Lights adds three.",
        "Cameras are set to roll in Cork next month, with a release expected in 2027.",
        date="2026-03-02",
    )
    served = {(r.kind.value, r.window, r.hedged) for r in found.release if r.served}
    assert ("window", "2027", True) in served, served
