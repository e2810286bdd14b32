"""People on invented text named only in a credit line: a translator ("Translated from the
Spanish by X"), a photographer ("with photography by X") or a write-up's writer ("Written up
by X") is a person the article names; no name after "by" adds no one."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_translator_photographer_and_writer_are_people() -> None:
    for line, name in (
        ("Translated from the Spanish by Lucía Ferrandis", "Lucía Ferrandis"),
        ("Translated by Oskar Wendt", "Oskar Wendt"),
        ("The show was shot in Hull, with photography by Mira Castell.", "Mira Castell"),
        ("Written up by Tobias Wren", "Tobias Wren"),
    ):
        found = facts("Low Water returns to screens in May, the broadcaster confirmed.", line)
        assert name in found.people, line


def test_a_credit_by_no_name_adds_no_one() -> None:
    found = facts(
        "Low Water returns to screens in May, the broadcaster confirmed.",
        "Translated from the Spanish by the author herself, with photography by her.",
    )
    assert found.people == ()
