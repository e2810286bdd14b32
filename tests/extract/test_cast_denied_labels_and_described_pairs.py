"""A casting under a label that denies it ("NOT confirmed: the listing of X as Y", "Fake — ...")
is held, never served; "A and B are back as <three words> X and Y" pairs the names in order."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, pairs, served_pairs


def test_a_not_confirmed_label_holds_the_casting() -> None:
    found = facts(
        "Round-up of everything posted this week about the Lampwick adaptation.",
        "**NOT confirmed:** the fan wiki entry naming Rosalind Okafor-Pike as Sister Benedicta. "
        "Somebody made it up, please stop sharing it.",
        title="Lampwick megathread",
    )
    assert ("Rosalind Okafor-Pike", "Sister Benedicta") not in served_pairs(found)


def test_a_fake_label_with_a_dash_holds_the_casting() -> None:
    found = facts(
        "Things going round on social media about Lampwick:",
        "Fake — the casting sheet showing Desmond Arkwright as Uncle Fennimore.",
        title="Lampwick: what's real and what isn't",
    )
    assert ("Desmond Arkwright", "Uncle Fennimore") not in served_pairs(found)


def test_a_label_that_confirms_keeps_the_casting() -> None:
    found = facts(
        "Confirmed: the studio lists Desmond Arkwright as Uncle Fennimore.",
        title="Lampwick casting news",
    )
    assert ("Desmond Arkwright", "Uncle Fennimore") not in held_pairs(found)


def test_two_actors_back_as_three_described_parts_pair_in_order() -> None:
    found = facts(
        "Halvard Strand and Juno Achterberg are back as time-travelling rival archivists "
        "Wystan Crane and Odile Marr, and the original director returns.",
        title="Stacks sequel confirmed",
    )
    assert ("Halvard Strand", "Wystan Crane") in pairs(found)
    assert ("Juno Achterberg", "Odile Marr") in pairs(found)
    assert ("Juno Achterberg", "Wystan Crane") not in pairs(found)


def test_two_actors_return_as_three_described_parts_pair_in_order() -> None:
    found = facts(
        "Marisol Quant and Bertil Ekdahl will return as small-town podcast hosts "
        "Tilly Banner and Rook Ashby in the follow-up.",
        title="Static Hour 2 gets a date",
    )
    assert ("Marisol Quant", "Tilly Banner") in pairs(found)
    assert ("Bertil Ekdahl", "Rook Ashby") in pairs(found)


def test_a_list_under_a_not_confirmed_heading_holds_its_castings() -> None:
    found = facts(
        "Mod post: Glass Tower has wrapped, so here is what we actually know.",
        "**What's confirmed:**",
        "- Dessa Sorrell returning as Nell Drury.",
        "**What's NOT confirmed:**",
        "- Corin Hale returning as Mr Fenner. He is filming in Oslo, so people are guessing.",
        title="[MEGATHREAD] Glass Tower wrap",
    )
    assert ("Dessa Sorrell", "Nell Drury") in served_pairs(found)
    assert ("Corin Hale", "Mr Fenner") not in served_pairs(found)
