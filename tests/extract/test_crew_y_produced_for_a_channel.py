""" "produced by X for <a channel or streamer>" names the production company the channel
commissioned, never a person; a producer working for a company ("for Y Films") or a studio
("for Film4") is still credited (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowby drama sets its spring date"
_LEDE = "The Harrowby drama arrives in spring."


def _producers(sentence: str) -> set[str]:
    found = facts(_LEDE, "Petra Lune directs. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "producer"}


def test_a_maker_for_a_channel_is_a_company() -> None:
    for sentence in (
        "The drama is produced by Gull Reach for BBC Two.",
        "It was produced by Mossbank North for Channel 4, with Lune directing.",
        "Harrowby is produced by Tallow Yard for Netflix.",
    ):
        found = _producers(sentence)
        assert not found & {"Gull Reach", "Mossbank North", "Tallow Yard"}, sentence


def test_a_producer_for_a_company_or_a_studio_stays() -> None:
    assert "Odo Brannock" in _producers("It is produced by Odo Brannock for Gullwing Films.")
    assert "Odo Brannock" in _producers("It is produced by Odo Brannock for Film4.")
    assert "Odo Brannock" in _producers("It is produced by Odo Brannock.")
