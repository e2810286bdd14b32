"""An actor set off by a comma and then "back as" a part ("Ada Vale, back as Mira Holt for one
scene, ...") plays that part, as without the comma."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_comma_then_back_as_a_part_is_a_casting() -> None:
    found = facts(
        "Lowtide review: a gentle farewell.",
        "Among the familiar faces, Philippa Drummond-Ashe, back as Aunt Clemmie for one "
        "brief dinner scene, steals the film.",
    )
    assert ("Philippa Drummond-Ashe", "Aunt Clemmie") in served_pairs(found)


def test_comma_then_back_as_with_the_verb_after() -> None:
    found = facts(
        "Lowtide sequel cast revealed.",
        "Rufus Abernethy, back as Constable Harry Veitch, joins the new faces.",
    )
    assert ("Rufus Abernethy", "Constable Harry Veitch") in served_pairs(found)


def test_back_as_a_described_role_is_no_casting() -> None:
    found = facts(
        "Lowtide cast news.",
        "Rufus Abernethy, back as a guest narrator, opens the film.",
    )
    assert not served_pairs(found)


def test_two_actors_back_as_two_parts_pair_in_order() -> None:
    """ "A and B, back as X and Y, ...": A plays X and B plays Y, never B as X."""
    found = facts(
        "Greyhithe set report: day three.",
        "Vesna Quillon and Perrin Kessock, back as Wrenna and Maelor, arrived just after 7am.",
    )
    assert served_pairs(found) == {("Vesna Quillon", "Wrenna"), ("Perrin Kessock", "Maelor")}


def test_two_actors_back_as_two_parts_at_the_sentence_end() -> None:
    found = facts(
        "Greyhithe set report: day three.",
        "First through the gates were Vesna Quillon and Perrin Kessock, back as Wrenna and Maelor.",
    )
    assert served_pairs(found) == {("Vesna Quillon", "Wrenna"), ("Perrin Kessock", "Maelor")}


def test_as_well_as_at_the_sentence_end_pairs_nothing() -> None:
    """ "A and B, as well as newcomers X and Y.": four actors, no parts."""
    found = facts(
        "Greyhithe cast news.",
        "The cast includes Vesna Quillon and Perrin Kessock, as well as newcomers Lisette "
        "Fenwright and Sabeth Corriss.",
    )
    assert not served_pairs(found)
