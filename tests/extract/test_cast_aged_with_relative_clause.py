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


def test_an_aged_actor_after_a_quotations_sayer_is_not_the_sayer() -> None:
    said = facts(
        "It is raining on a quad in Leeds, and Rook Fenner is being tackled again.",
        "“Again, sorry, again,” calls Ivo Sorrell from under a gazebo, and the 21-year-old, who "
        "plays Juno Hart, picks himself up.",
        title="On set with the Glass Tower movie",
    )
    assert ("Ivo Sorrell", "Juno Hart") not in pairs(said)
    plain = facts(
        "It is raining on a quad in Leeds.",
        "Rook Fenner arrives on set early, and the 21-year-old, who plays Juno Hart, warms up.",
        title="On set with the Glass Tower movie",
    )
    assert ("Rook Fenner", "Juno Hart") in served_pairs(plain)
