""" "likened to Lumen, the Oren Pask drama that made Ada Vale's Mira a star": a possessive part
in the clause glossing another work told before it is that work's part, not a casting of the
article's own production; the article's own work so glossed keeps it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_part_in_the_gloss_of_another_work_is_not_served() -> None:
    found = facts(
        "The first teaser for Copperwick Lane landed today, and viewers have already likened it to"
        " Gallows Reach, the Petra Hulme thriller that made Osric Dunmore’s DCI Wen Harlow a"
        " fixture of Sunday nights in 2011.",
        "Tamsin Roke plays Ivy Marsh, the new head of the Copperwick surgery.",
        title="Copperwick Lane: five things we spotted in the teaser",
    )
    served = served_pairs(found)
    assert ("Osric Dunmore", "DCI Wen Harlow") not in served
    assert ("Tamsin Roke", "Ivy Marsh") in served


def test_part_in_the_gloss_of_the_articles_own_work_is_served() -> None:
    found = facts(
        "Viewers fell for Copperwick Lane, the Petra Hulme drama in which Osric Dunmore’s Wen"
        " Harlow gets the best lines.",
        "The second series arrives in May.",
        title="Copperwick Lane series two: what we know",
    )
    assert ("Osric Dunmore", "Wen Harlow") in served_pairs(found)
