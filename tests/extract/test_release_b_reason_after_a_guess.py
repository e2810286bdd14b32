"""A guess followed by its reason ("an autumn launch is rumoured, because the shoot ended in
May") still guesses the release, but the shoot's dates in the reason clause are told as fact;
a time inside the guessing clause stays a guess. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-03", title="Marram Point: what we know")
    return {
        (r.kind.value, str(r.window or r.date)) for r in found.release if r.served and not r.hedged
    }


def test_shoot_dates_in_a_reason_clause_are_facts() -> None:
    served = _served(
        "Marram Point has no date yet.",
        "An autumn launch is rumoured, because filming began on 4 March last year and wrapped "
        "in June.",
    )
    assert ("filming_started", "2025-03-04") in served
    assert ("filming_wrapped", "2025-06") in served


def test_a_time_inside_the_guess_stays_a_guess() -> None:
    served = _served(
        "Marram Point has no date yet.",
        "Fans are speculating that it lands on 9 May, since the cast are free then.",
    )
    assert not any(kind == "premiere_date" for kind, _ in served)
    served = _served("Marram Point has no date yet.", "A rumoured 9 May launch does the rounds.")
    assert not any(kind == "premiere_date" for kind, _ in served)
