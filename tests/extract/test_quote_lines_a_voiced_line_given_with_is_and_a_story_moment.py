"""Quote lines on invented text: a line of the footage given with "is" after how it is voiced
("The teaser's big line, hissed by a porter, is “...”") and a moment of the work where a part
speaks in the present, with an aside on who the part is now ("a moment near the end when Tamsin
Reyes, now a nurse, says to Ollie Tresk, “...”"), are the work's lines, not anyone's quote. A
stance given with "is", and a moment at a panel told in the present, stay quotes."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts, start: str) -> bool:
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_a_voiced_line_of_the_footage_given_with_is_is_not_served() -> None:
    for line in (
        "Perrin plays Cordelia Haske, a lighthouse keeper. The teaser's key line, hissed by a"
        " porter, is ‘Nobody leaves the island after the bell.’",
        "Perrin plays Cordelia Haske, a lighthouse keeper. The film's last line, whispered by a"
        " child, was “Nobody leaves the island after the bell.”",
    ):
        found = facts(
            "Brightwater has released the teaser for Saltbell, starring Odile Perrin.",
            line,
            "Perrin said: “I slept in the lighthouse for a week.”",
            date="2027-03-11",
            title="Saltbell teaser: what we learned",
        )
        assert not _served(found, "Nobody leaves"), line
        assert _served(found, "I slept in the lighthouse")


def test_a_stance_given_with_is_stays_a_quote() -> None:
    found = facts(
        "Brightwater has confirmed that Saltbell will open in June, starring Odile Perrin.",
        "Asked about the delay, producer Matthias Grell said the studio had been patient. "
        "His line, repeated to reporters, is “We only move when the film is ready.”",
        date="2027-03-11",
    )
    assert _served(found, "We only move")


def test_a_part_speaking_at_a_moment_of_the_work_is_not_served() -> None:
    for moment in (
        "There is a moment near the end of Saltbell when Tamsin Reyes, now a night nurse, says"
        " to Ollie Tresk, “You never had to wait for me.” It is the whole film in one line.",
        "The best beat in the second act is the scene where Tamsin Reyes whispers to Ollie"
        " Brand: “You never had to wait for me.”",
    ):
        found = facts(
            "Saltbell, starring Odile Perrin and Bram Oyelowo-Kent, opens in cinemas on Friday.",
            moment,
            "Perrin said: “I slept in the lighthouse for a week.”",
            date="2027-06-02",
        )
        assert not _served(found, "You never had to wait"), moment
        assert _served(found, "I slept in the lighthouse")


def test_a_moment_at_a_panel_told_in_the_present_stays_a_quote() -> None:
    found = facts(
        "Saltbell stars Odile Perrin and opens in June.",
        "There is a moment at the panel when Odile Perrin, now a producer too, says to Matthias"
        " Grell, “You never had to wait for me.” The room laughs.",
        date="2027-03-11",
    )
    assert _served(found, "You never had to wait")
