"""A fan's sentence whose subject is an actor "saying" words in the work ("Ada Vale saying
“...” made me cry") quotes the part's line, held; words an actor is credited with by a saying
verb stay the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Release day megathread: Quillmoor is finally out."


def test_an_actor_saying_words_that_made_me_cry_is_held() -> None:
    found = facts(
        _LEDE,
        'Imelda Strandberg saying "you are still my girl, whatever you decide" made me pause '
        "the film and walk round the kitchen.",
    )
    assert served_quotes(found) == []


def test_an_actor_saying_words_that_broke_me_is_held() -> None:
    found = facts(
        _LEDE,
        'Corin Mabey-Tate saying "the tide always comes back" just broke me, honestly.',
    )
    assert served_quotes(found) == []


def test_an_actor_who_says_words_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        'Corin Mabey-Tate, who plays the keeper, said: "The tide scenes were freezing."',
    )
    assert served_quotes(found) == [("The tide sce", "Corin Mabey-Tate")]
