"""A co-writer introduced by nationality and trade is the named person, not the nationality;
a bracketed part for a character's older or younger self keeps its age word."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_co_writer_described_before_the_name_is_the_name() -> None:
    found = facts(
        "Imre Halloway is directing from a screenplay he co-wrote with Welsh poet Bethan Ruys.",
    )
    assert credits(found) >= {("writer", "Bethan Ruys"), ("director", "Imre Halloway")}
    assert ("writer", "Welsh") not in credits(found)
    found = facts(
        "Sunniva Dahl is directing from a script she wrote with the Scottish novelist Ewan "
        "McTurk, who also produces.",
    )
    assert ("writer", "Ewan McTurk") in credits(found)
    assert ("writer", "Scottish") not in credits(found)


def test_a_part_for_an_older_self_in_brackets_is_kept_whole() -> None:
    found = facts(
        "The cast also includes, in a rare screen role, the stage actor Hallvard Brekke "
        "(Old Tomas).",
    )
    assert {(c.actor, c.character) for c in found.cast} == {("Hallvard Brekke", "Old Tomas")}
    found = facts(
        "Joining them is the theatre actress Bridie Moloney (Young Peggy), in her screen debut.",
    )
    assert {(c.actor, c.character) for c in found.cast} == {("Bridie Moloney", "Young Peggy")}
