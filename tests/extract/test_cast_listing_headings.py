"""Castings under a guide's headings that open in capitals and go on with the channel and day
("MARSH LIGHTS – Channel 5, Tuesday 9pm"), on invented text: held unless the item is the one
the page singles out ("Pick of the week.")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_guide_with_channel_headings_holds_other_items_castings() -> None:
    found = facts(
        "From a harbour thriller to a Fenland mystery, here is what to watch this week.",
        "Every Monday we pick the best of the week.",
        "MARSH LIGHTS – Channel 5, Tuesday 3 March, 9pm",
        "The Fenland mystery returns with Tova Rees back as Greta, the vicar who keeps finding "
        "bodies.",
        "COPPER BAY – Glimmer, Friday 6 March",
        "Pick of the week. The drama bows out with a finale.",
        "Mira Quell and Dan Orrin return as Juno Hart and Sam Vey for one last summer.",
        "TIN LID – ITV1 and ITVX, Sunday 8 March, 8pm",
        "The comedy returns. Noel Cray takes over as Hal Brisk after Ben Ash left the role.",
        title="What to watch this week: Copper Bay, Marsh Lights and more",
    )
    served = served_pairs(found)
    assert ("Tova Rees", "Greta") not in served
    assert ("Noel Cray", "Hal Brisk") not in served
    assert ("Mira Quell", "Juno Hart") in served


def test_a_guide_with_barred_headings_holds_other_items_castings() -> None:
    found = facts(
        "Our guide to the week's television.",
        "QUIZ KINGS | ITV1, Saturday 7pm",
        "More questions, fewer answers.",
        "THE LONG SHORE | BBC Two, Sunday 9pm",
        "Pick of the week. Ada Lune stars as Bea Crane, a ferry pilot with a secret.",
        "GREY WATER | Channel 4, Monday 10pm",
        "Tom Reed is superb as the harbourmaster Kit Dunn.",
        title="What’s on: The Long Shore, Grey Water and the rest",
    )
    served = served_pairs(found)
    assert ("Tom Reed", "Kit Dunn") not in served
    assert ("Ada Lune", "Bea Crane") in served


def test_a_newsletters_numbered_items_hold_other_works_castings() -> None:
    found = facts(
        "This week: a Copper Bay premiere, a comedy comes back, and a radio pick.",
        "Morning, all. Three things worth your attention this week.",
        "1. Tin Lid is back – and so is Hal",
        "The comedy returns on Sunday. Noel Cray is back as the hapless heir Hal Brisk.",
        "2. Copper Bay will open the Harbour Film Festival",
        "The Copper Bay movie will premiere there, and the Copper Bay movie arrives on Glimmer "
        "in May.",
        "Mira Quell stars as Juno Hart, a harbour pilot with a secret.",
        "3. The radio pick: “Fen Year”",
        "Tova Rees is superb as the widowed matriarch Greta.",
        "Forwarded this? Sign up for The Weekly Reel here.",
        title="The Weekly Reel: Copper Bay goes to the Harbour Film Festival, Tin Lid returns",
    )
    served = served_pairs(found)
    assert ("Noel Cray", "Hal Brisk") not in served
    assert ("Tova Rees", "Greta") not in served
    assert ("Mira Quell", "Juno Hart") in served
