"""A successor "replaces" a leaver whose casting was told before ("Y replaces X, whose casting
was announced in May"): the leaver had the successor's part and is its former player; a leaver
told only as someone's favourite stays unread."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_TITLE = "Harbour Lights film recasts the hero's brother"


def test_replaces_leaver_whose_casting_was_announced() -> None:
    found = facts(
        "EXCLUSIVE: Welsh actor Rhodri Bevan has boarded the Harbour Lights film as Owen Tate, "
        "the hero's older brother, we have learned.",
        "Bevan replaces Callum Dray, whose casting was announced in March. Dray exited the "
        "project last month.",
        title=_TITLE,
    )
    assert ("Rhodri Bevan", "Owen Tate") in served_pairs(found)
    assert ("Callum Dray", "Owen Tate") in former_pairs(found)


def test_has_replaced_leaver_whose_casting_was_confirmed() -> None:
    found = facts(
        "Newcomer Ffion Lake will play Gwen Morrow in the Harbour Lights film.",
        "Lake has replaced Jessa Crane, whose casting was confirmed in the spring.",
        title=_TITLE,
    )
    assert ("Ffion Lake", "Gwen Morrow") in served_pairs(found)
    assert ("Jessa Crane", "Gwen Morrow") in former_pairs(found)


def test_leaver_told_as_the_favourite_is_not_read() -> None:
    found = facts(
        "Newcomer Ffion Lake will play Gwen Morrow in the Harbour Lights film.",
        "Lake replaced Jessa Crane, who had been the favourite for the part.",
        title=_TITLE,
    )
    assert not any(actor == "Jessa Crane" for actor, _ in served_pairs(found))
