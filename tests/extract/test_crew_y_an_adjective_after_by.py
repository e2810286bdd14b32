"""A one-word description straight after a credit's "by" ("the score is by Cornish harpist
and composer B") names no one; the person is the name after the role noun. A word after "by"
followed by a joiner ("by A and composer B") is still a name of its own."""

from __future__ import annotations

from bot.extract.crewlistadjectives import describes_the_next
from tests.extract.helpers import credits, facts

TITLE = "Pellingham Road: first look at the ITV drama"


def test_a_regional_adjective_after_by_is_no_composer() -> None:
    found = facts(
        "ITV has shared a first look at Pellingham Road, its new coastal drama.",
        "The music is by Cornish harpist and composer Tamsin Penrose, who recorded it in Truro.",
        title=TITLE,
    )
    assert ("composer", "Tamsin Penrose") in credits(found)
    assert ("composer", "Cornish") not in credits(found)


def test_the_word_is_checked_where_it_stands() -> None:
    evidence = "The score is by Cornish harpist and composer Tamsin Penrose."
    assert describes_the_next("Cornish", evidence)


def test_a_single_name_before_a_joiner_after_by_is_kept() -> None:
    evidence = "The songs are by Zephyra and composer Tamsin Penrose."
    assert not describes_the_next("Zephyra", evidence)


def test_a_lists_describer_still_reads_as_before() -> None:
    evidence = "The editor is Rob Lane and Danish composer Tamsin Penrose."
    assert describes_the_next("Danish", evidence)
