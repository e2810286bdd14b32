"""Quotes on invented text: a part's description set after the actor's relative clause ("X,
who plays Y, the bakery owner at the heart of the film, stopped to chat") describes the part,
so a "he said" after it is the actor's; an age before a name in apposition ("The cast's
youngest newcomer, 19-year-old X, plays Y. He ...") makes that name the pronoun's antecedent,
not an actor named before; a live blog's "And here is X herself." is about X."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:16], q.speaker) for q in found.quotes if q.served]


def test_a_parts_description_after_the_relative_clause_is_not_the_speaker() -> None:
    found = facts(
        "Wickfen opens in cinemas on Friday.",
        "Pellam Ashdale-Pryce, who plays Barnaby Whitlow, the bakery owner at the heart of the "
        "film's second half, stopped to chat about learning to bake for the role.",
        "“I burned every loaf. You have no idea,” he said, laughing.",
        date="2026-03-04",
    )
    assert _served(found) == [("I burned every l", "Pellam Ashdale-Pryce")], _served(found)


def test_an_owner_after_a_finished_clause_still_speaks() -> None:
    found = facts(
        "Wickfen opens in cinemas on Friday.",
        "Pellam Ashdale-Pryce, who plays Barnaby Whitlow, left early, but the bakery owner next "
        "door, who fed the crew for a month, stayed to chat.",
        "“They ate everything I made,” she said.",
        date="2026-03-04",
    )
    assert ("They ate everyth", "Pellam Ashdale-Pryce") not in _served(found), _served(found)


def test_an_aged_name_in_apposition_is_the_pronouns_antecedent() -> None:
    found = facts(
        "Wickfen is shooting in Kent this summer.",
        "Gideon Farrow, who spent the spring on stage, is more measured. “I’ve stopped "
        "pretending,” he says.",
        "The production’s youngest newcomer, 19-year-old Tobin Achterlee, plays Arlo Venn, a new "
        "arrival at the school. He describes his first day as “terrifying, then normal by lunch”.",
        date="2025-07-24",
    )
    assert ("terrifying, then", "Tobin Achterlee") in _served(found), _served(found)
    assert ("terrifying, then", "Gideon Farrow") not in _served(found)


def test_an_aged_name_owning_something_is_no_apposition() -> None:
    found = facts(
        "Wickfen is shooting in Kent this summer.",
        "Gideon Farrow, who spent the spring on stage, is more measured. “I’ve stopped "
        "pretending,” he says.",
        "The set teacher, 19-year-old Tobin Achterlee’s aunt, keeps the schedule. She describes "
        "the first day as “terrifying, then normal by lunch”.",
        date="2025-07-24",
    )
    assert all(s != "Tobin Achterlee" for t, s in _served(found) if t.startswith("terrifying"))


def test_a_live_blogs_arrival_is_who_the_next_sentence_is_about() -> None:
    for arrival in ("And here is Hesper Quillon herself.", "Here comes Hesper Quillon."):
        found = facts(
            "Follow all the arrivals from the Wickfen gala.",
            "19:22",
            "Pellam Ashdale-Pryce, who plays Barnaby Whitlow, stopped to chat. “I burned every "
            "loaf,” he said, laughing.",
            "19:10",
            f"{arrival} The Leeds-born actor plays Mai, Barnaby's business partner, and told us "
            "this is her first film. “It still doesn’t feel real.”",
            date="2026-03-04",
        )
        assert ("It still doesn’t", "Hesper Quillon") in _served(found), _served(found)


def test_a_work_presented_on_a_live_blog_speaks_no_words() -> None:
    found = facts(
        "Follow all the arrivals from the Wickfen gala.",
        "Pellam Ashdale-Pryce stopped to chat. “I burned every loaf,” he said, laughing.",
        "Here is Wickfen’s first trailer. “It still doesn’t feel real,” she said.",
        date="2026-03-04",
    )
    assert all(s != "Wickfen" for t, s in _served(found) if t.startswith("It still")), found
