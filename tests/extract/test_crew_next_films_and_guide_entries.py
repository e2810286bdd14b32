"""A crew member's next job and a guide's other entries (invented articles).

"he begins shooting ‘T’ for the director X" / "she starts work on ‘T’ for director X" name the
director of someone's next film, not of the article's; and a what-to-watch guide that heads each
entry with the work's name over a line of where and when to see it ("Netflix, from Friday 3
May") credits each entry's work: "Created by X" or "Directed by Y" under another entry's
heading is that work's.
"""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Orchard Hours cinematographer on the shoot"
_LEDE = "The cinematographer of Orchard Hours, Teodor Halm, looks back on the shoot."


def test_a_next_films_director_is_not_ours() -> None:
    for sentence in (
        "Halm now heads home, where in May he begins shooting ‘Winter Bees’ for the director "
        "Lorcan Ibbott, with Mira Soltan in the lead.",
        "Next spring she starts work on “Copper Lane” for director Lorcan Ibbott.",
        "In March he will begin filming 'The Salt Road' for the director Lorcan Ibbott.",
        'In autumn he starts shooting "Noc nad wodą" for the Czech director Lorcan Ibbott.',
    ):
        served = served_crew(
            _LEDE, "Orchard Hours was directed by Ada Greaves.", sentence, title=_TITLE
        )
        assert ("director", "Lorcan Ibbott") not in served, sentence
        assert ("director", "Ada Greaves") in served


_GUIDE_TITLE = "What to stream this weekend: Orchard Hours, ‘Fenland’ and more"
_GUIDE_LEDE = "From the Orchard Hours finale to a fen-country mystery, the best new shows."


def _guide(*entries: str) -> set[tuple[str, str]]:
    return served_crew(
        _GUIDE_LEDE,
        "By Nell Ashdown | Thursday 2 May 2024",
        "Orchard Hours",
        "Netflix, from Friday 3 May",
        "The farewell special is a delight. Ada Greaves directs; Pell Ostrow wrote the script.",
        *entries,
        title=_GUIDE_TITLE,
    )


def test_a_guides_other_entries_credit_their_own_works() -> None:
    served = _guide(
        "The Marlow Bequest",
        "Prime Video, from Friday 3 May",
        "Ivo Brandt is gleefully awful as a dying lord. Created by Selma Quist, it is a romp.",
        "Tidewatch",
        "Apple TV+, from Saturday 4 May",
        "A two-hander on a lightship. Directed by Noor Vellacott. Tense, if long.",
    )
    assert ("creator", "Selma Quist") not in served
    assert ("director", "Noor Vellacott") not in served
    assert ("director", "Ada Greaves") in served


def test_a_guides_entries_by_channel_and_day() -> None:
    served = _guide(
        "Fenland",
        "BBC Four and iPlayer, Sunday 5 May, 9pm",
        "A slow, wet mystery. Written by Selma Quist.",
        "The Lamp Room",
        "Channel 4, from Monday 6 May",
        "Directed by Noor Vellacott, it never quite catches light.",
    )
    assert ("writer", "Selma Quist") not in served
    assert ("director", "Noor Vellacott") not in served
    assert ("director", "Ada Greaves") in served
