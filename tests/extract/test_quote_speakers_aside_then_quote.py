"""Quotes on invented text: a quotation that opens the sentence after a parenthetical sayer
("Producer Marta Quell, he said, kept the scene. “Dana was wonderful in it.”") is still the
pronoun's person talking, never the subject the aside was about."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_bare_quotation_after_a_parenthetical_sayer_is_the_pronouns_person() -> None:
    for line in (
        "Producer Marta Quell, he said, agreed to keep the lighthouse scene after a long night."
        " “Dana was fantastic in it. I think it is the best work we did together.”",
        "Director Marta Quell, he added, fought to keep the ferry sequence."
        " “Dana was fantastic in it, honestly.”",
        "Quell, he went on, had the final say on the music. “Dana was fantastic in it.”",
    ):
        found = facts(
            "Actor Tomas Brill spoke to the Reel Talk podcast this week about Harbour Lights.",
            "“The ending surprised me,” Brill said. “I read it on a train and missed my stop.”",
            line,
            date="2026-03-02",
            title="Tomas Brill on Harbour Lights",
        )
        served = served_quotes(found)
        assert ("Dana was fan", "Marta Quell") not in served, served
        assert all(who == "Tomas Brill" for _, who in served), served


def test_a_quotation_after_the_subjects_own_sentence_stays_the_subjects() -> None:
    found = facts(
        "Marta Quell produces Harbour Lights, with Tomas Brill as the keeper.",
        "“It was a long shoot,” Brill said.",
        "Quell agreed to keep the lighthouse scene. “Dana was fantastic in it.”",
        date="2026-03-02",
        title="Harbour Lights: a first look",
    )
    assert ("Dana was fan", "Marta Quell") in served_quotes(found), served_quotes(found)
