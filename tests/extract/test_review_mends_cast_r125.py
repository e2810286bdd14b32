"""Castings on invented text (review 125): a bracketed name after an actor, then a relative
clause telling a crew job done ("Tove Lindqvist (Ashgrove), who has written five episodes")
is a film-maker's earlier work, not a part; a bracket followed by anything else is a part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Saltreed: the BBC Two thriller's cast revealed"


def test_a_bracket_before_a_crew_job_done_in_a_relative_clause_is_no_part() -> None:
    found = facts(
        "Saltreed, the BBC Two thriller, has its cast.",
        "Tove Lindqvist (Ashgrove), who has written five episodes, also directs the finale.",
        title=_TITLE,
    )
    assert ("Tove Lindqvist", "Ashgrove") not in served_pairs(found)


def test_a_bracket_before_another_relative_clause_is_still_a_part() -> None:
    found = facts(
        "Saltreed, the BBC Two thriller, has its cast.",
        "It stars Tove Lindqvist (Hester), who has the best lines, and Remi Adeyemi (Col).",
        title=_TITLE,
    )
    assert {("Tove Lindqvist", "Hester"), ("Remi Adeyemi", "Col")} <= served_pairs(found)
