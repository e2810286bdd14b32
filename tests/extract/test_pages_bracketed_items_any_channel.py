"""A numbered newsletter's item headed by a work's name and, in brackets, a channel and a day or
time ("2. Quarry Lights, series three (Kanalo, from Sunday)"): what it casts is that work's,
whichever channel or streamer the brackets name, known to the extractor or not."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_pairs


def _letter(heading: str, body: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A sea-fog thriller ends and a quiz returns: your weekend briefing.",
            "The Briefing: Salt Lantern sails off, plus three more things to watch",
            "Good morning. A busy week.",
            "1. Salt Lantern: The Last Crossing (Netflix, from 8am)",
            "The finale of the ferry saga is out today, and Maren Otterby is superb as Ilse "
            "Brandt.",
            heading,
            body,
            "3. Bell Ringers (BBC Two, Saturday 8pm)",
            "The quiz is back with a new host.",
            title="The Briefing: Salt Lantern sails off, plus three more things to watch",
        )
    )


def test_an_item_on_an_unlisted_streamer_from_a_day_is_held() -> None:
    found = _letter(
        "2. Quarry Lights, season two (Kanalo, from Sunday)",
        "The Finnish crime drama returns with Piers Halloran as Inspector Joss Maddick, now "
        "chasing a forger.",
    )
    assert ("Piers Halloran", "Joss Maddick") not in found
    assert ("Piers Halloran", "Inspector Joss Maddick") not in found
    assert ("Maren Otterby", "Ilse Brandt") in found


def test_an_item_on_an_unlisted_channel_at_a_time_is_held() -> None:
    found = _letter(
        "2. The Tin Lid (Skyrill Nine, Tuesday 9pm)",
        "The cafe comedy is back, and Wren Castell again plays Edie Vane.",
    )
    assert ("Wren Castell", "Edie Vane") not in found


def test_an_item_on_an_unlisted_streamer_holds_its_crew() -> None:
    found = credits(
        facts(
            "A sea-fog thriller ends and a noir returns: your weekend briefing.",
            "The Briefing: Salt Lantern sails off, plus more",
            "1. Salt Lantern: The Last Crossing (Netflix, from 8am)",
            "The finale of the ferry saga is out today, and Maren Otterby is superb as Ilse "
            "Brandt.",
            "2. Quarry Lights, season two (Kanalo, from Sunday)",
            "The Finnish crime drama returns, directed by Osric Vantongeren.",
            title="The Briefing: Salt Lantern sails off, plus more",
        )
    )
    assert ("director", "Osric Vantongeren") not in found
