"""A review glosses a part with its actor described: "Ilse (a brittle Ada Vale)" and "Hester
Crane (an outstanding Ada Vale)" are castings; an age word ("an older Ada Vale") or a maker's
credit ("directed by ...") is no gloss."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Review: Harrow Fen is a slow, sad marvel"


def test_a_part_glossed_with_a_described_actor() -> None:
    found = facts(
        "Pieter, played with quiet menace by Ruud Mertens, waits for his ailing mother, Ilse "
        "(a brittle Hanne de Wolf), to sign the farm over.",
        title=_TITLE,
    )
    assert ("Hanne de Wolf", "Ilse") in served_pairs(found)


def test_a_full_named_part_glossed_with_praise() -> None:
    found = facts(
        "The innkeeper, Hester Crane (an outstanding Mabel Oyelaran), holds the film together.",
        title=_TITLE,
    )
    assert ("Mabel Oyelaran", "Hester Crane") in served_pairs(found)


def test_an_age_word_or_a_makers_credit_is_no_gloss() -> None:
    found = facts(
        "Young Mira (an older Hanne de Wolf) returns in the last reel.",
        "Harrow Fen was directed by Tobias Renn (a first-time Sunniva Holt) in 2024.",
        title=_TITLE,
    )
    assert ("Hanne de Wolf", "Young Mira") not in pairs(found)
    assert ("Sunniva Holt", "Tobias Renn") not in pairs(found)


def test_a_part_glossed_with_an_actor_noun() -> None:
    found = facts(
        "The film follows Ysella Quarrie (newcomer Gwendolen Drummore), a runaway who turns up "
        "in a boathouse one February morning.",
        title=_TITLE,
    )
    assert ("Gwendolen Drummore", "Ysella Quarrie") in served_pairs(found)


def test_a_credit_glossed_with_an_actor_noun_is_no_part() -> None:
    found = facts(
        "Harrow Fen was written by Evander Mallender (actor Ptolemy Saltgrave) in 2024.",
        title=_TITLE,
    )
    assert ("Ptolemy Saltgrave", "Evander Mallender") not in pairs(found)
