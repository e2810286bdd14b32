"""Quotes on invented text: a sayer set off by commas right after a sentence's named subject
("Producer Hana Lisle, he added, had kept the set “...”") is someone other than that subject:
the words go to the one the pronoun follows from before, never to the subject."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_parenthetical_pronoun_is_not_the_subject_it_follows() -> None:
    for line in (
        "Producer Hana Lisle, he added, had kept the set “calm as a library” every night.",
        "Lisle, he went on, ran the night shoots “like a lighthouse crew”.",
        "His co-star Hana Lisle, he said, had been “the steadiest person there”.",
    ):
        found = facts(
            "Orrin Vale spoke to a podcast this week about his last film.",
            "“It was the hardest thing I have done,” he said.",
            line,
            date="2026-03-02",
            title="Orrin Vale on his last film",
        )
        served = served_quotes(found)
        assert all(who == "Orrin Vale" for _, who in served), served


def test_the_subjects_own_wish_or_an_aside_after_its_verb_stays_the_subjects() -> None:
    for line, who in (
        ("Director Hana Lisle, he says, wanted the film to feel “a little colder”.", "Hana Lisle"),
        ("Lisle can now, she says, light a set “with one lamp and a torch”.", "Hana Lisle"),
    ):
        found = facts(
            "Hana Lisle directs Quayside, with Orrin Vale as the harbourmaster.",
            "“It was the hardest thing I have done,” Vale said.",
            line,
            date="2026-03-02",
            title="Quayside: a first look",
        )
        assert (line.split("“")[1][:12], who) in served_quotes(found), served_quotes(found)
