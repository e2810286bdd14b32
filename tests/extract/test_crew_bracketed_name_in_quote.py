"""An editor's "First [Last, the role]" inside a quotation credits the whole name too."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Actor Remy Cole talks about the final film of Lantern Row."


def test_bracket_inside_a_quote_after_its_speaker() -> None:
    served = served_crew(
        _LEDE, "Cole said: “We didn’t rehearse it. Tam [Oakhurst, the director] wanted it real.”"
    )
    assert ("director", "Tam Oakhurst") in served


def test_bracket_inside_a_quote_before_its_speaker() -> None:
    served = served_crew(
        _LEDE, "“When Bryony [Kessel, the casting director] rang, I screamed,” he said."
    )
    assert ("casting_director", "Bryony Kessel") in served


def test_bracket_of_a_cinematographer_in_a_quote() -> None:
    served = served_crew(
        _LEDE, "“Noor [Halvik, the cinematographer] and I talked about light a lot,” Cole said."
    )
    assert ("cinematographer", "Noor Halvik") in served
