"""A successor "replaces" a leaver whose casting was told before ("Y replaces X, whose casting
was announced in May"): the leaver had the successor's part and is its former player; a leaver
told only as someone's favourite stays unread."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_TITLE = "Brinmoor Lights film recasts the hero's brother"


def test_replaces_leaver_whose_casting_was_announced() -> None:
    found = facts(
        "EXCLUSIVE: Welsh actor Rhodri Calvane has boarded the Brinmoor Lights film as Owen Tresk, "
        "the hero's older brother, we have learned.",
        "Calvane replaces Callum Drevin, whose casting was announced in March. Drevin exited the "
        "project last month.",
        title=_TITLE,
    )
    assert ("Rhodri Calvane", "Owen Tresk") in served_pairs(found)
    assert ("Callum Drevin", "Owen Tresk") in former_pairs(found)


def test_has_replaced_leaver_whose_casting_was_confirmed() -> None:
    found = facts(
        "Newcomer Ffion Lake will play Gwen Morrow in the Brinmoor Lights film.",
        "Lake has replaced Jessa Crane, whose casting was confirmed in the spring.",
        title=_TITLE,
    )
    assert ("Ffion Lake", "Gwen Morrow") in served_pairs(found)
    assert ("Jessa Crane", "Gwen Morrow") in former_pairs(found)


def test_leaver_told_as_the_favourite_is_not_read() -> None:
    found = facts(
        "Newcomer Ffion Lake will play Gwen Morrow in the Brinmoor Lights film.",
        "Lake replaced Jessa Crane, who had been the favourite for the part.",
        title=_TITLE,
    )
    assert not any(actor == "Jessa Crane" for actor, _ in served_pairs(found))
