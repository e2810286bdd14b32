"""Review mends of round 195: the round's rules met sentences written otherwise than the
articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_DRAMA = "Saltmarsh, a six-part coastal thriller, comes to ITV this autumn."


def test_a_producer_whose_surname_is_a_place_noun_is_a_person() -> None:
    crew = served_crew(_DRAMA, "It is produced by Dana Harbour, with Tom Quell directing.")
    assert ("producer", "Dana Harbour") in crew
