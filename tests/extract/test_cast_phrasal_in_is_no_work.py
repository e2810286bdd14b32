"""A part's aside with a phrasal "in" ("the lodger who moves in down the hall from Tom") sets the
part in no other work: the name after "from" is a person or a part, not a title; "the eldest
daughter in the BBC saga Lumen" still does."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "First look: the Larkspur teaser is here"


def test_a_phrasal_in_before_from_keeps_the_casting() -> None:
    found = facts(
        "The teaser gives us our first proper look at Ottilie Brandvold as Sunniva, the lodger "
        "who moves in down the hall from Jory, and a glimpse of the Larkspur farmhouse.",
        title=_TITLE,
    )
    assert ("Ottilie Brandvold", "Sunniva") in served_pairs(found)


def test_a_phrasal_in_before_with_keeps_the_casting() -> None:
    found = facts(
        "Larkspur also stars Benedek Sarr as Aurel, the drifter who checks in at the inn with "
        "Sunniva.",
        title=_TITLE,
    )
    assert ("Benedek Sarr", "Aurel") in served_pairs(found)


def test_a_part_in_another_named_saga_is_still_elsewhere() -> None:
    found = facts(
        "Ottilie Brandvold is best known as Marit, the eldest daughter in the BBC saga Fjordhaven.",
        title=_TITLE,
    )
    assert ("Ottilie Brandvold", "Marit") not in served_pairs(found)
