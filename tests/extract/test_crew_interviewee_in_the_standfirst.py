"""An interview whose headline is "Name: ‘...’" and whose standfirst calls its subject by a post
of the article's work ("The director of T talks about ...", "its director talks about ...")
credits the headline's name with that post."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_the_standfirst_post_of_our_work_is_the_headlined_interviewee() -> None:
    found = served_crew(
        "The director of Netflix’s Copper Bay finale talks about storms and night shoots.",
        "Ewan Threlkeld has made three films about the sea. Ahead of the release of Copper Bay "
        "on 17 April, we spoke to him in his office.",
        "**How did it start?**",
        "With a phone call, as these things do.",
        title="Ewan Threlkeld: ‘The sea was the hardest actor’",
    )
    assert ("director", "Ewan Threlkeld") in found


def test_its_composer_in_the_standfirst() -> None:
    found = served_crew(
        "Days before Copper Bay reaches cinemas, its composer talks about brass bands and silence.",
        "Maud Invergarry wrote her first score at nineteen. We met her in Glasgow.",
        "**Where did the theme come from?**",
        "From a hymn my grandmother hummed.",
        title="Maud Invergarry: “I wanted it to sound like weather”",
    )
    assert ("composer", "Maud Invergarry") in found


def test_the_post_of_another_work_credits_nothing() -> None:
    found = served_crew(
        "The director of Brine Street on why she turned down Copper Bay.",
        "Hester Quayle has made two films in Cornwall. We met her in Penzance.",
        "**Why say no?**",
        "The timing was wrong.",
        title="Hester Quayle: ‘I needed a rest’",
    )
    assert ("director", "Hester Quayle") not in found
