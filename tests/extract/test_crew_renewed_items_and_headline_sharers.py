"""A newsletter's numbered item that opens on a channel renewing, cancelling or ordering its
own show, or whose show the headline names beside the article's (the lede naming only the
article's), credits that show's creator, not the article's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_an_item_opening_on_a_renewal_credits_no_creator() -> None:
    for opening in (
        "Channel 5 has renewed its moorland mystery Cragmoor for a fourth run.",
        "Sky has cancelled its legal comedy Benchwarmers after one series.",
        "BBC Three has ordered a second series of its campus drama Halls.",
    ):
        found = facts(
            "Today: the Tallow Bay film gets a director, plus a renewal.",
            "1. TALLOW BAY FINDS ITS DIRECTOR",
            "Lumen's Tallow Bay film will be directed by Henrik Osei.",
            "2. ANOTHER ONE RETURNS",
            f"{opening} Creator Ottilie Brask-Harrow called it wonderful news.",
            "3. QUICK HITS",
            "The festival line-up drops next week.",
            title="The Morning Reel: Tallow Bay gets a director",
        )
        assert ("director", "Henrik Osei") in served_credits(found)
        assert ("creator", "Ottilie Brask-Harrow") not in served_credits(found)


def test_an_item_on_a_show_the_headline_names_beside_ours_credits_no_creator() -> None:
    for heading, body in (
        (
            "2. ‘Cragmoor’ loses its star",
            "Channel 5’s ‘Cragmoor’ is recasting. The new run, from creator Ottilie "
            "Brask-Harrow, was due to shoot in May.",
        ),
        (
            "2. ‘Cragmoor’ finds a new home",
            "‘Cragmoor’ moves to Sky next year, and writer Ottilie Brask-Harrow stays on.",
        ),
    ):
        found = facts(
            "This week: a date for Tallow Bay and a shake-up at a Channel 5 drama.",
            "1. Tallow Bay gets its date",
            "Lumen's Tallow Bay film, directed by Henrik Osei, opens on 4 June.",
            heading,
            body,
            "3. Quick hits",
            "The festival line-up drops next week. Send us your Tallow Bay theories.",
            title="The Weekly Reel: Tallow Bay gets its date, ‘Cragmoor’ loses its star",
        )
        assert ("director", "Henrik Osei") in served_credits(found)
        credited = {name for _, name in served_credits(found)}
        assert "Ottilie Brask-Harrow" not in credited


def test_a_headline_naming_two_works_keeps_the_credits_of_the_ledes_work() -> None:
    found = facts(
        "This week: a date for Tallow Bay and a shake-up at a Channel 5 drama.",
        "1. Tallow Bay gets its date",
        "Lumen's Tallow Bay film opens on 4 June.",
        "2. ‘Cragmoor’ loses its star",
        "Channel 5’s ‘Cragmoor’ is recasting.",
        "3. Tallow Bay’s writer speaks",
        "Writer Perpetua Vasquez-Dunn says the film is a love letter to the coast.",
        title="The Weekly Reel: Tallow Bay gets its date, ‘Cragmoor’ loses its star",
    )
    assert ("writer", "Perpetua Vasquez-Dunn") in served_credits(found)
