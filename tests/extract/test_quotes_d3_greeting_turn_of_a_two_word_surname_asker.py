"""A transcript's presenter labelled in full for the greeting ("ADA MAC RUA:"), then by a surname
of two words ("MAC RUA:"), asks every question: the guest's reply to the greeting answers. A
first turn by someone else, who never asks, is no greeting to answer."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The director of Puffin Rock Lights talks to Arts Tonight about her first feature."


def _quotes(opening: str) -> list[tuple[str, str, bool]]:
    found = facts(
        _LEDE,
        "Arts Tonight, Radio Lune, Tuesday 3 March 2026. Transcript edited for length.",
        f"{opening}: My guest is the director Sorcha Vell, whose first feature opens on Friday."
        " Sorcha, welcome.",
        "SORCHA VELL: Thanks, Ada. Glad to be here, and a little nervous.",
        "MAC RUA: Where did the film start?",
        "VELL: With my aunt, who kept the lighthouse log for thirty years.",
        "MAC RUA: And you shot it on the island?",
        "VELL: On the one next to it, for five weeks.",
        date="2026-03-04",
        title="Sorcha Vell on Puffin Rock Lights – transcript",
    )
    return [(q.text[:16], q.speaker, q.served) for q in found.quotes]


def test_the_reply_to_a_two_word_surname_askers_greeting_answers() -> None:
    found = _quotes("ADA MAC RUA")
    assert ("Thanks, Ada. Gla", "Sorcha Vell", True) in found, found


def test_a_first_turn_by_someone_who_never_asks_is_no_greeting() -> None:
    found = _quotes("ADA MAC DARA")
    assert not any(text.startswith("Thanks, Ada") and served for text, _, served in found), found
