"""A labelled post after the sentence telling a radio programme's commission is the programme's
staff, not the film's: "The special is produced for Brindle FM by Fennick Audio. Executive
producer: X." (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(
        "Brindle FM will air a special on the premiere of Quillon Marsh, the new film.", *paragraphs
    )
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_label_after_the_commission_is_the_programmes() -> None:
    crew = _crew(
        "The special is produced for Brindle FM by Fennick Audio. Executive producer: Merel"
        " Quintard."
    )
    assert ("executive_producer", "Merel Quintard") not in crew


def test_a_label_in_its_own_paragraph_stays() -> None:
    crew = _crew("The film is directed by Orrin Vance.", "Executive producer: Merel Quintard.")
    assert ("executive_producer", "Merel Quintard") in crew
