"""A show named for its title characters: the characters' surnames in the title are no crew."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_created_by_before_a_title_of_two_parts() -> None:
    found = facts(
        "Netflix's period mystery Heron & Pike has opened at No 1 on the streamer's chart.",
        "Created by Welsh writer Marged Tudur, Heron & Pike stars Lotte Brannigan as Rosalind "
        "Pike, a seamstress who solves crimes in 1890s Leeds, and Tomasz Wierzbicki as Sergeant "
        "Alfred Heron, the policeman who works alongside her.",
    )
    served = served_credits(found)
    assert ("creator", "Marged Tudur") in served
    assert not {name for _, name in served} & {"Rosalind Pike", "Sergeant Alfred Heron", "Pike"}


def test_written_by_before_a_title_of_two_parts() -> None:
    found = facts(
        "The comedy Moss and Quarrie returns to BBC One next month for a second run.",
        "Written by playwright Idris Cantello, Moss and Quarrie follows Dena Hallworth as Bea "
        "Quarrie, a retired boxer, and Priya Sandhu-Lowe as Nell Moss, her neighbour.",
    )
    served = served_credits(found)
    assert ("writer", "Idris Cantello") in served
    assert not {name for _, name in served} & {"Bea Quarrie", "Nell Moss", "Moss", "Quarrie"}


def test_directed_by_before_a_title_of_two_parts() -> None:
    found = facts(
        "Ferrow & Lake, the new crime drama from ITV, has been renewed.",
        "Directed by Saoirse Lennane, Ferrow & Lake stars Jonah Oduya as Inspector Tom "
        "Ferrow, with Mirela Vasquez as the surgeon Ada Lake.",
    )
    served = served_credits(found)
    assert ("director", "Saoirse Lennane") in served
    assert not {name for _, name in served} & {"Inspector Tom Ferrow", "Ada Lake"}
