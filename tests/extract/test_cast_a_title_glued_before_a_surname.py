"""A fronted "In <title>" with no comma runs into the actor's surname ("In Harrowgate Deep
Paltrey plays ..."): the actor is the one full name written elsewhere that ends in that surname,
never the run of words; with no such name, no actor is served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

TITLE = "Everything we know about Harrowgate Deep"
LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def test_the_surname_after_a_fronted_title_is_the_named_actor() -> None:
    found = facts(
        LEDE,
        "Nerys Paltrey has been acting since she was nine.",
        "In Harrowgate Deep Paltrey plays Ilse, a lighthouse keeper's daughter.",
        title=TITLE,
    )
    served = served_pairs(found)
    assert ("Nerys Paltrey", "Ilse") in served
    assert ("Harrowgate Deep Paltrey", "Ilse") not in served


def test_a_fronted_title_and_an_unknown_surname_serve_no_actor() -> None:
    found = facts(LEDE, "In Harrowgate Deep Paltrey plays Ilse once more.", title=TITLE)
    assert not any(actor.endswith("Paltrey") for actor, _ in served_pairs(found))


def test_a_plain_full_name_still_plays_its_part() -> None:
    found = facts(LEDE, "In the new series, Nerys Paltrey plays Ilse.", title=TITLE)
    assert ("Nerys Paltrey", "Ilse") in served_pairs(found)
