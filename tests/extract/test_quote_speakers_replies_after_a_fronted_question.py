"""Quotes on invented text: a reply after a fronted time clause holding the question ("When one
fan asked about the ending, Ada Vale just smiled: “...”") is the main clause's person, never
the asker's; an answer whose own verb names its speaker stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_reply_after_a_fronted_question_is_the_main_clauses_person() -> None:
    for line in (
        "When one fan, in full costume, asked whether Marla finally leaves the island, Ada"
        " Vallory pointed at the crowd: “Look at them. She already has.”",
        "When a fan asked about the last episode, Ada Vallory just grinned: “Look at them. She"
        " already has.”",
        "After a young fan, dressed as Marla, asked about the last episode, Ada Vallory just"
        " grinned: “Look at them. She already has.”",
    ):
        found = facts(
            "The cast of Neap Tide Hotel met fans at Kelby Comic Fair on Saturday.",
            "Ada Vallory, who plays Marla, said the shoot was “cold and wonderful”.",
            line,
            date="2026-05-10",
            title="Neap Tide Hotel panel: what we learned",
        )
        served = served_quotes(found)
        assert ("Look at them", "Ada Vallory") in served, served


def test_an_answer_whose_own_verb_names_the_speaker_stays_theirs() -> None:
    found = facts(
        "The cast of Neap Tide Hotel met fans at Kelby Comic Fair on Saturday.",
        "When asked about the last episode, Tom Brevik said: “You will cry. Bring tissues.”",
        date="2026-05-10",
        title="Neap Tide Hotel panel: what we learned",
    )
    assert ("You will cry", "Tom Brevik") in served_quotes(found), served_quotes(found)
