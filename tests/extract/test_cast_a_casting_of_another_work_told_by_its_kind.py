"""A sentence whose subject is another work told by its channel and kind ("Sky heist caper The
Larchmere Heist has closed the harbour, with X playing Y"), or a work a company made for a
channel before whom it starred ("produced Pellow Vane for Sky, starring X as Y"), casts that
work, not the article's own; the article's own work told so still casts."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_another_work_told_by_its_kind_as_the_sentences_subject() -> None:
    found = facts(
        "Filming on Quayle Harbour continued in Kent this week.",
        "Sorrel Quayle plays Nell Brandt in Quayle Harbour.",
        "Just down the coast, Sky heist caper The Larchmere Heist has closed off part of the "
        "harbour, with quiz favourite Tamsin Oduro playing a crooked bank manager named "
        "Gideon Marsh.",
        title="Quayle Harbour films in Kent",
    )
    assert ("Tamsin Oduro", "Gideon Marsh") not in served_pairs(found)
    assert ("Sorrel Quayle", "Nell Brandt") in served_pairs(found)


def test_a_work_made_for_a_channel_then_whom_it_starred() -> None:
    found = facts(
        "Sky today confirmed that Quayle Harbour will premiere in September.",
        "The cast includes Sorrel Quayle as Nell Brandt.",
        "Brackwick Films previously produced Pellow Vane for Sky, starring Tamsin Oduro as "
        "Gideon Marsh, which aired in 2024.",
        title="Sky Original Quayle Harbour to premiere this September",
    )
    assert ("Tamsin Oduro", "Gideon Marsh") not in served_pairs(found)
    assert ("Sorrel Quayle", "Nell Brandt") in served_pairs(found)


def test_our_own_work_told_by_its_kind_still_casts() -> None:
    found = facts(
        "Quayle Harbour began filming in Kent this week.",
        "Sky drama Quayle Harbour has added a face, with Tamsin Oduro playing Gideon Marsh.",
        title="Quayle Harbour films in Kent",
    )
    assert ("Tamsin Oduro", "Gideon Marsh") in served_pairs(found)


def test_another_work_returning_with_whom_it_brings_back() -> None:
    found = facts(
        "Quayle Harbour arrives on Netflix in November.",
        "Sorrel Quayle plays Nell Brandt in Quayle Harbour.",
        "The BBC’s Corvell Reach returns for a second series in November, with Odalys Penhale "
        "back as Queen Imber.",
        title="Quayle Harbour: everything in the new trailer",
    )
    assert ("Odalys Penhale", "Queen Imber") not in served_pairs(found)
    assert ("Sorrel Quayle", "Nell Brandt") in served_pairs(found)


def test_our_work_returning_with_whom_it_brings_back_still_casts() -> None:
    found = facts(
        "Quayle Harbour arrives on Netflix in November.",
        "Quayle Harbour returns for a second series in November, with Odalys Penhale back as "
        "Queen Imber.",
        title="Quayle Harbour: everything in the new trailer",
    )
    assert ("Odalys Penhale", "Queen Imber") in served_pairs(found)
