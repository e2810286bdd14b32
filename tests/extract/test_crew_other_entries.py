"""A newsletter's numbered item or a guide's headed entry that is about another work (its
title plain, not in quotation marks) credits that work's writer, not the article's; a live
blog's masthead "Edited by X" names the page's editor, never the production's."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits


def test_a_numbered_item_about_another_show_credits_no_writer() -> None:
    found = facts(
        "Three things this week, from a Tallow Bay premiere to a comedy's return.",
        "1. Pennick Grange is back – and so is Maud",
        "ITV's rowdy sitcom returns on Sunday. Writer Ottilie Brask-Harrow promises more chaos.",
        "2. Tallow Bay will get a gala premiere at the Leeds Film Festival",
        "Lumen's Tallow Bay film premieres in Leeds, with director Henrik Osei on the carpet.",
        "3. The podcast pick: Deep Current",
        "Radio 4's new drama, written by Sunniva Achebe-Lund, is a delight.",
        title="The Weekly Reel: Tallow Bay premieres, Pennick Grange returns",
    )
    assert ("director", "Henrik Osei") in served_credits(found)
    assert ("writer", "Ottilie Brask-Harrow") not in served_credits(found)
    assert ("writer", "Sunniva Achebe-Lund") not in served_credits(found)


def test_a_guide_entry_about_another_show_credits_no_writer() -> None:
    found = facts(
        "From a Tallow Bay finale to a spooky two-parter, here is what to watch.",
        "By Ines Marlowe | Monday 3 May 2027 | TV Guide",
        "TALLOW BAY – Netflix, Friday 7 May",
        "The drama bows out. Henrik Osei directs the finale.",
        "THE HOUSE ON QUILL LANE – Channel 5, Saturday 8 May, 9pm",
        "A chilly two-parter from writer Perpetua Vasquez-Dunn, with a lodger nobody trusts.",
        "HARBOUR NIGHTS – ITVX, Sunday 9 May",
        "Created by Lorcan Mbeki-Hale, it returns for a third run.",
        title="What to watch this week: Tallow Bay, The House on Quill Lane and more",
    )
    assert ("director", "Henrik Osei") in served_credits(found)
    assert ("writer", "Perpetua Vasquez-Dunn") not in served_credits(found)
    assert ("creator", "Lorcan Mbeki-Hale") not in served_credits(found)


def test_an_edited_by_masthead_credits_no_editor() -> None:
    found = facts(
        "Tallow Bay is out today: follow the reaction here.",
        "Live | Updated 10:05 BST, Friday 7 May 2027 | Edited by Zofia Quarrie-Mendes",
        "Tallow Bay, directed by Henrik Osei, is streaming now.",
        title="Tallow Bay release day: live",
    )
    assert ("director", "Henrik Osei") in credits(found)
    assert not any(name == "Zofia Quarrie-Mendes" for _, name in credits(found))
    found = facts(
        "Tallow Bay is out today.",
        "Edited by Zofia Quarrie-Mendes",
        "Tallow Bay, directed by Henrik Osei, is streaming now.",
        title="Tallow Bay is out",
    )
    assert not any(name == "Zofia Quarrie-Mendes" for _, name in credits(found))


def test_an_edited_by_line_in_a_credits_block_keeps_its_credit() -> None:
    found = facts(
        "Lumen Yard announces Salt Orchard.",
        "Directed by Henrik Osei",
        "Edited by Zofia Quarrie-Mendes",
        title="Salt Orchard announced",
    )
    assert {("director", "Henrik Osei"), ("editor", "Zofia Quarrie-Mendes")} <= credits(found)


def test_a_listicle_about_one_show_keeps_its_numbered_items_credits() -> None:
    found = facts(
        "Six things we learned from the Tallow Bay trailer.",
        "1. Lumen's Tallow Bay film has a date",
        "Lumen's Tallow Bay film opens on 4 June.",
        "2. Meet the new doctor",
        "Ines Marlowe plays Dr Quill, a surgeon with a secret.",
        "3. Henrik Osei is behind the camera",
        "The Oslo-born filmmaker directs, from a script by Perpetua Vasquez-Dunn.",
        title="Tallow Bay trailer: six things we learned",
    )
    assert ("writer", "Perpetua Vasquez-Dunn") in served_credits(found)


def test_a_series_told_as_a_writers_credits_no_writer_for_the_film() -> None:
    for sentence in (
        "Ines Marlowe will shoot the film of Tallow Bay, the hit Lumen series of Welsh writer"
        " Perpetua Vasquez-Dunn.",
        "The film of Tallow Bay, the acclaimed drama of writer Perpetua Vasquez-Dunn, has its"
        " cinematographer in Ines Marlowe.",
    ):
        found = facts(
            "The Tallow Bay film has found its cinematographer.",
            sentence,
            title="Tallow Bay film names its cinematographer",
        )
        assert ("writer", "Perpetua Vasquez-Dunn") not in served_credits(found)
