"""Words a fan credits to an actor, then a reply or the next sentence saying "That line is from
the trailer": the work's line, not the actor's quote; "That line is from her speech" is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Ferrow Bay is out today on the BBC, starring Idris Calloway as Tam Ruddle."


def test_a_reply_placing_the_line_in_the_trailer_holds_it() -> None:
    found = facts(
        _LEDE,
        "u/kettlewaltz (310 points): Idris Calloway saying “Nobody leaves this bay twice” made"
        " me cry on the bus.",
        "> Reply from u/tideline: That line was in the teaser as well!",
    )
    assert not any(text.startswith("Nobody") for text, _ in served_quotes(found))


def test_a_reply_placing_the_line_in_a_speech_keeps_it() -> None:
    found = facts(
        _LEDE,
        "Idris Calloway said “Nobody leaves this bay twice, and I never will” at the launch.",
        "That line is from his speech to the crew, too.",
    )
    assert any(text.startswith("Nobody") for text, _ in served_quotes(found))
