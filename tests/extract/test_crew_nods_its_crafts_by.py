"""A craft the production itself was nominated for, told as "its <craft>, by X and Y" in the
sentence that counts the production's own nods (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_its_screenplay_by_two_writers_credits_both() -> None:
    found = facts(
        "Dora Pennick's 'Tin Harbour' leads the Saltire Screen Awards with seven nominations.",
        "The Quayside Pictures production also picked up nominations for its screenplay, by "
        "Pennick and Lorcan Abernethy-Vale, and for best ensemble.",
        title="Tin Harbour leads the Saltire Screen Awards",
    )
    assert {("writer", "Dora Pennick"), ("writer", "Lorcan Abernethy-Vale")} <= served_credits(
        found
    )


def test_its_score_by_one_composer_credits_the_composer() -> None:
    found = facts(
        "'Tin Harbour' leads the Saltire Screen Awards with seven nominations.",
        "The film also earned nods for its score, by Wenna Trevaskis, and its cinematography, "
        "by Arvid Lundqvist-Hale.",
        title="Tin Harbour leads the Saltire Screen Awards",
    )
    assert {
        ("composer", "Wenna Trevaskis"),
        ("cinematographer", "Arvid Lundqvist-Hale"),
    } <= served_credits(found)


def test_a_rivals_screenplay_by_credits_nothing() -> None:
    found = facts(
        "'Tin Harbour' leads the Saltire Screen Awards with seven nominations.",
        "Its nearest rival, 'The Copper Kiln', picked up nominations for its screenplay, by "
        "Hettie Marlow-Ince, and for best actor.",
        title="Tin Harbour leads the Saltire Screen Awards",
    )
    assert ("writer", "Hettie Marlow-Ince") not in served_credits(found)
