"""Quotes on invented text: a name the article tells as a role an actor holds ("has been Wren
Tally for six years", "Wren, the ..., remains the role strangers name") never says anything, so
a later "she" or a bare quote is the actor's, or no one's; a real person with the same
construction's neighbours still speaks."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_HELD_FOR_YEARS = (
    "For six years Marisol Quenby has been Wren Tally, the lighthouse keeper's daughter in the "
    "Brackwater novels.",
    "She also voiced a fox in an animated short. But Wren, the stubborn, salt-stained girl from "
    "the books, remains the role people stop her for.",
    "‘Did you cry on the last day?’ I ask. She grins. ‘Twice before lunch. The crew kept count.’",
)


def test_a_role_held_never_takes_the_answer() -> None:
    found = facts(*_HELD_FOR_YEARS, date="2026-02-01", title="Marisol Quenby says goodbye")
    assert not any(q.speaker == "Wren Tally" for q in found.quotes), found.quotes
    assert not any(speaker == "Wren Tally" for _, speaker in served_quotes(found))


_STILL_THE_PART = (
    "Dorian Pelt has been Captain Ashby Rourke since the first series of Saltmarsh.",
    "Still, Ashby is the part that follows him to the shops.",
    "“People shout the catchphrase at me in the queue,” Pelt says. “I shout it back.”",
)


def test_the_actor_still_speaks_after_the_role_is_named() -> None:
    found = facts(*_STILL_THE_PART, date="2026-02-01", title="Dorian Pelt on Saltmarsh")
    served = served_quotes(found)
    assert ("People shout", "Dorian Pelt") in served, served
    assert ("I shout it b", "Dorian Pelt") in served, served
    assert not any("Rourke" in q.speaker for q in found.quotes), found.quotes


def test_a_role_model_is_still_a_person() -> None:
    found = facts(
        "Jessamy Orr is the role model the young cast looked up to on set.",
        "“I just tried to turn up on time,” Orr says.",
        date="2026-02-01",
        title="Jessamy Orr on the Saltmarsh set",
    )
    assert ("I just tried", "Jessamy Orr") in served_quotes(found), found.quotes
