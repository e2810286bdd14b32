"""A part's question in a trailer, its asking told after the marks and a dash ("“...?” Marlo
asks – a line fans ..."): a line of the work, held; a person asking after a dash stays theirs."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[str]:
    return [q.text for q in found.quotes if q.served]


def test_a_parts_question_before_a_dash_is_a_line_of_the_work() -> None:
    found = facts(
        "Channel 4 has released the first trailer for Gull Wire, out in May.",
        "The clip opens on Wren Talbot (Ada Vale) locking up the lighthouse while Orvo Pike"
        " (Tom Reed) waits on the pier. \u201cWere you ever going to tell me?\u201d Orvo asks"
        " \u2013 a line viewers have already clipped and shared widely online.",
    )
    assert not any(text.startswith("Were you ever") for text in _served(found))


def test_a_persons_question_before_a_dash_stays_theirs() -> None:
    found = facts(
        "Channel 4 has released the first trailer for Gull Wire, out in May.",
        "Wren Talbot is played by Ada Vale. At the launch, Vale laughed at the crowd."
        " \u201cWere you all expecting a comedy?\u201d Vale asks \u2013 the room roars back"
        " at her and the panel moves on to the next question.",
    )
    assert any(text.startswith("Were you all") for text in _served(found))
