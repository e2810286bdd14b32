"""A possessive after "as <a role> in" owns a work, not a part ("replaced Kai Lund as the lead in
Vela's new crime drama The Tin Acre": no part called Tin Acre); "as Ada Holt's tutor Mr Kwan"
still names its part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _parts(sentence: str) -> set[tuple[str, str]]:
    title = "Tom Reyes replaces Kai Lund in The Tin Acre"
    return served_pairs(facts(sentence, "Filming starts soon.", title=title))


def test_a_work_owned_after_a_role_in_is_no_part() -> None:
    for sentence in (
        "Tom Reyes has replaced Kai Lund as the lead in Vela’s new crime drama The Tin Acre,"
        " the channel has confirmed.",
        "Kai Lund will star as a detective in KTV’s new thriller The Tin Acre.",
    ):
        parts = _parts(sentence)
        assert not any("Tin Acre" in part for _actor, part in parts), sentence


def test_a_part_owned_without_in_keeps_its_name() -> None:
    assert ("Kai Lund", "Mr Kwan") in _parts("Kai Lund stars as Ada Holt’s new tutor Mr Kwan.")
