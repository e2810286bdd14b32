"""An aged actor whose "who" clause tells of their life before the main verb: "The 21-year-old,
who grew up in Hull and played Sam in a sitcom, plays Y" is the person the article is about,
as "The 21-year-old, who plays Y" is; the part in the clause is not this film's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_an_aged_actor_with_a_life_clause_plays_the_part() -> None:
    found = facts(
        "Marlow newcomer Tobi Adeyemi is the summer's breakout.",
        "The 22-year-old, who grew up in Swindon and played Kwesi in the BBC comedy Flatshare, "
        "plays Ellis Varden in the Marlow film: a shy cellist.",
        title="Marlow newcomer Tobi Adeyemi on his big break",
    )
    assert ("Tobi Adeyemi", "Ellis Varden") in served_pairs(found)
    assert ("Tobi Adeyemi", "Kwesi") not in pairs(found)


def test_an_aged_actress_with_a_training_clause_will_play_the_part() -> None:
    found = facts(
        "Casting news for Marlow: Petra Lindqvist-Shaw has joined the ensemble.",
        "The 19-year-old, who trained at a drama school in Leeds, will play Hester Crane, the "
        "vicar's niece.",
        title="Marlow adds Petra Lindqvist-Shaw",
    )
    assert ("Petra Lindqvist-Shaw", "Hester Crane") in served_pairs(found)
