""" "X, who last appeared as Y in Z": "last" or "most recently" before a verb of appearing tells
the actor's latest earlier turn, another work's part; the casting of this production stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_last_appeared_as_a_part_in_a_stage_hit() -> None:
    found = facts(
        "Cameras are rolling in Whitby on the Yorkshire drama Saltmarrow.",
        "Saltmarrow stars Petra Lisle as the ferrywoman Nan Orde.",
        "Lisle, who was raised in Scarborough, last appeared as Wenna in the touring hit Brine.",
        title="Saltmarrow starts filming",
    )
    assert ("Petra Lisle", "Nan Orde") in served_pairs(found)
    assert ("Petra Lisle", "Wenna") not in served_pairs(found)


def test_most_recently_starred_in_a_channels_work_as_a_part() -> None:
    found = facts(
        "The first teaser for Saltmarrow is out.",
        "Tamsin Roke plays the harbour master, Ede Pollard.",
        "Roke, who most recently starred in Channel 5’s Brine as the smuggler Kit Avery, shared"
        " the teaser online.",
        title="Saltmarrow teaser lands",
    )
    assert ("Tamsin Roke", "Ede Pollard") in served_pairs(found)
    assert ("Tamsin Roke", "Kit Avery") not in served_pairs(found)


def test_a_first_appearance_is_still_a_casting() -> None:
    found = facts(
        "The first teaser for Saltmarrow is out.",
        "Tamsin Roke appears as the harbour master, Ede Pollard, in the closing shot.",
        title="Saltmarrow teaser lands",
    )
    assert ("Tamsin Roke", "Ede Pollard") in served_pairs(found)


def test_last_turn_in_the_headlines_own_work_stays() -> None:
    found = facts(
        "Saltmarrow returns to Whitby for its second series this week.",
        "Tamsin Roke, who last appeared in Saltmarrow as Ede Pollard, is back for more.",
        title="Saltmarrow: second series starts filming",
    )
    assert ("Tamsin Roke", "Ede Pollard") in served_pairs(found)


def test_a_last_turn_back_for_this_production_stays() -> None:
    found = facts(
        "The film starts shooting in May.",
        "Ada Vale, who last appeared as Mira, is back for the film.",
        "Tom Reed, who last appeared as Ned Gray in series two, returns for the film.",
        title="The film: first look",
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)
    assert ("Tom Reed", "Ned Gray") in served_pairs(found)


def test_a_last_turn_in_another_work_is_not_back_for_this_one() -> None:
    found = facts(
        "The film starts shooting in May.",
        "Ada Vale, who last starred in Quillmere as Mira, now leads the film.",
        "Tom Reed, who last starred in Quillmere as Ned Gray, returns for the film.",
        "Bea Lorne, who last appeared as Wenna, returns to the stage.",
        "Kit Avery, who last appeared in the first series of Quillmere as Nan, is back for more.",
        title="The film: first look",
    )
    assert ("Ada Vale", "Mira") not in served_pairs(found)
    assert ("Tom Reed", "Ned Gray") not in served_pairs(found)
    assert ("Bea Lorne", "Wenna") not in served_pairs(found)
    assert ("Kit Avery", "Nan") not in served_pairs(found)
