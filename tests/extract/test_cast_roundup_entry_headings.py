"""A round-up whose entries are headed by a name: the entry's opening description of one person
("The Salt Kettle star, who returned as Mira", "The newcomer – she plays Dr Tull –") gives its
part to the heading's person; a single heading, or a description that names no part, does not."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Filming has wrapped on Bellweather Road, and the cast have been posting."


def test_an_entrys_description_gives_the_part_to_the_heading() -> None:
    found = facts(
        _LEDE,
        "Orla Penhallow",
        "The Salt Kettle star, who returned as Juno Marsh for the film, posted a selfie.",
        "Hedda Marlowe-Quist",
        "The newcomer to the show – she plays Juno’s tutor, Dr Ambrose Tull – shared a photo.",
        "Fenwick Oduya",
        "The Olivier winner, new to the gang as Juno’s uncle Wilfred Aske, posted a video.",
    )
    served = served_pairs(found)
    assert ("Orla Penhallow", "Juno Marsh") in served
    assert ("Hedda Marlowe-Quist", "Ambrose Tull") in served or (
        "Hedda Marlowe-Quist",
        "Dr Ambrose Tull",
    ) in served
    assert ("Fenwick Oduya", "Wilfred Aske") in served


def test_a_lone_heading_or_a_description_without_a_part_gives_none() -> None:
    found = facts(
        _LEDE,
        "Orla Penhallow",
        "The Salt Kettle star, who returned as Juno Marsh for the film, posted a selfie.",
    )
    assert ("Orla Penhallow", "Juno Marsh") not in pairs(found)
    found = facts(
        _LEDE,
        "Orla Penhallow",
        "The director, who worked as Ludo Fairbairn's assistant for years, posted a selfie.",
        "Hedda Marlowe-Quist",
        "Marnie Quaile, who plays Juno Marsh, shared a photo.",
    )
    assert not any(actor in {"Orla Penhallow", "Hedda Marlowe-Quist"}
                   for actor, _ in pairs(found))  # fmt: skip


def test_pair_headings_keep_one_order_that_one_entry_settles() -> None:
    found = facts(
        _LEDE,
        "Eulalia Hawtrey (Morwyn Vintry)",
        "Eulalia posted a photo of the last clapperboard.",
        "Caspian Fenwood (Tarquin Orrell)",
        "A selfie from the Orrell family kitchen, captioned: “last day, best day”.",
    )
    served = served_pairs(found)
    assert ("Eulalia Hawtrey", "Morwyn Vintry") in served
    assert ("Caspian Fenwood", "Tarquin Orrell") in served


def test_a_lone_pair_heading_is_not_settled_by_a_pair_in_prose() -> None:
    found = facts(
        _LEDE,
        "Newcomer Eulalia Hawtrey (Morwyn Vintry) arrived first, and Eulalia posted the clip.",
        "Caspian Fenwood (Tarquin Orrell)",
        "A selfie from the Orrell family kitchen, captioned: “last day, best day”.",
    )
    assert ("Caspian Fenwood", "Tarquin Orrell") not in served_pairs(found)
    assert ("Tarquin Orrell", "Caspian Fenwood") not in served_pairs(found)
