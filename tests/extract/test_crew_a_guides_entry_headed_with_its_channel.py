"""A what-to-watch guide whose entries are headed by a work's name and its channel after a dash
("The Tin Quarry Job – BBC iPlayer"): the entry the headline names first is the page's own, a
credit in any other is that work's (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_later_entrys_director_is_that_works() -> None:
    found = facts(
        "From the end of Brackenfall to a coastal heist caper, here is what is new to stream.",
        "Brackenfall Forever – Netflix",
        "The big one. The finale of Brackenfall drops today. Orrin Skelbrook directs.",
        "The Tin Quarry Job – BBC iPlayer",
        "All six episodes of this crime caper land on Sunday. Directed by Wilma Thrushgate.",
        "Small Ledger – Channel 4",
        "A sitcom about debt collectors returns on Monday.",
        title="Where to watch this weekend: Brackenfall Forever, The Tin Quarry Job and more",
    )
    assert ("director", "Orrin Skelbrook") in credits(found)
    assert ("director", "Wilma Thrushgate") not in credits(found)
