"""A producer credit shaped like a company's is held: a one-word producer the article never
names in full."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts


def _producers(sentence: str) -> tuple[set[str], set[str]]:
    found = facts(
        "Marrowfen, a six-part drama, starts filming in May.",
        f"Marrowfen is written by Ada Vale. {sentence}",
        title="Marrowfen starts filming",
    )
    producers = [c for c in found.crew if c.role is CrewRole.PRODUCER]
    return {c.name for c in producers if c.served}, {c.name for c in producers if not c.served}


def test_a_one_word_producer_is_a_company() -> None:
    served, _ = _producers("It is produced by Saltworks, with Vale among the executive producers.")
    assert "Saltworks" not in served


def test_a_named_producer_is_still_served() -> None:
    served, _ = _producers("It is produced by Bea Lund for Saltworks Films.")
    assert "Bea Lund" in served


def test_a_producer_working_for_a_channels_studio_is_still_served() -> None:
    served, _ = _producers("It is produced by Bea Lund for Sky Studios and Tarn Pictures.")
    assert "Bea Lund" in served


def test_a_surname_of_someone_named_in_full_resolves_before_the_company_check() -> None:
    served, _ = _producers("Bea Lund, who made Tin Lid, returns: the drama is produced by Lund.")
    assert "Bea Lund" in served
    assert "Lund" not in served
