"""Quote lines on invented text: the words ending a verbless list of what a card or an ad shows
are no one's quote, nor is someone's line from a scene read out to the writer; a post that
lists what it holds with a verb, and a line of someone's own evening, stay quotes."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts, start: str) -> bool:
    quotes = found.quotes
    return any(q.served and q.text.startswith(start) for q in quotes)


def test_words_ending_a_verbless_list_on_a_card_are_not_served() -> None:
    for card in (
        "5. The end card\nThree gulls, one diving, and the words ‘Gullwake – 9 May’.",
        "The billboards went up along the ring road this week: a single drawn lighthouse and the"
        " words “Gullwake – 9 May”.",
    ):
        found = facts(
            "Skarrowfen has released the trailer for Gullwake, directed by Ilsa Brennock.",
            card,
            "Brennock said: “We kept it quiet on purpose.”",
            date="2027-04-02",
            title="Gullwake trailer: five things we spotted",
        )
        assert not _served(found, "Gullwake – 9 May"), card
        assert _served(found, "We kept it quiet")


def test_a_post_that_lists_with_a_verb_stays_the_posters_quote() -> None:
    found = facts(
        "Skarrowfen has released the trailer for Gullwake, directed by Ilsa Brennock.",
        "Brennock posted a gull emoji and the words “Nearly there, crew.”",
        date="2027-04-02",
        title="Gullwake trailer: five things we spotted",
    )
    assert _served(found, "Nearly there, crew.")


def test_someones_line_from_the_scene_is_not_served_as_their_quote() -> None:
    for told in (
        "Between takes, Merel Hanskamp reads me her best line from the scene, “No boat leaves"
        " this harbour without me,” then laughs.",
        "Merel Hanskamp, who plays the harbourmaster, gives us his line from the script: “No"
        " boat leaves this harbour without me.”",
    ):
        found = facts(
            "Filming on Gullwake, directed by Ilsa Brennock, moved to the quay this week.",
            told,
            date="2027-02-10",
            title="On set with Gullwake",
        )
        assert not _served(found, "No boat leaves"), told


def test_a_line_of_her_own_evening_stays_her_quote() -> None:
    found = facts(
        "Filming on Gullwake, directed by Ilsa Brennock, moved to the quay this week.",
        "Merel Hanskamp had the best line of the night: “I have never been so cold,” she said.",
        date="2027-02-10",
        title="On set with Gullwake",
    )
    assert _served(found, "I have never been so cold")
